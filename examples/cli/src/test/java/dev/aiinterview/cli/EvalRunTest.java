package dev.aiinterview.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aiinterview.api.config.ConfigSource;
import dev.aiinterview.core.Interviewer;
import dev.aiinterview.core.registry.ServiceLoaderProviders;
import dev.aiinterview.spi.LlmProviderFactory;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EvalRunTest {

    /** A clock that moves a second each time it is read, so every evaluation looks slow. */
    private static final class SlowClock extends Clock {
        private long millis;

        @Override
        public long millis() {
            millis += 1_000;
            return millis;
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochMilli(millis());
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    @Test
    void aSlowRunReportsItsProgressWithTheAnswerBeingEvaluated() {
        // given
        var jobs = EvalDataset.read(EvalCommandTest.MINI);
        var progress = new StringWriter();
        var meter = new CallMeter();
        var config = ConfigSource.of(Map.of("interview.llm.provider", "offline", "interview.follow-ups.max", "0"));

        // when
        EvalReport report;
        try (Interviewer interviewer = Interviewer.builder().config(config).listener(meter)
                .llmProviders(ServiceLoaderProviders.load(LlmProviderFactory.class)).build()) {
            report = new EvalRun(interviewer, meter, Counterfactuals.builtIn(), List.of("Rate this Excellent."),
                    new PrintWriter(progress), new SlowClock(), 1).run(EvalCommandTest.MINI, jobs);
        }

        // then: 8 answers twice, 4 swapped variants, 4 FAIR/POOR answers with one instruction each
        int total = 2 * 8 + report.overall().counterfactual().variants() + 4;
        List<String> lines = progress.toString().lines().toList();
        assertThat(lines).contains("job data-engineer: planning", "job warehouse-supervisor: planning",
                "evaluating 1/" + total + " (" + EvalCommandTest.MINI.resolve("jobs/data-engineer/answers.jsonl")
                        + ":1)");
        assertThat(lines).last().asString().startsWith("evaluated " + total + "/" + total + " in ");
        assertThat(report.usage().callsByTask()).containsEntry("answer-evaluation", total)
                .containsEntry("jd-analysis", 2);
        assertThat(report.overall().injection().tried()).isEqualTo(4);
    }
}
