package dev.aiinterview.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aiinterview.api.InterviewPlan;
import dev.aiinterview.api.InterviewReport;
import dev.aiinterview.api.JobDescription;
import dev.aiinterview.api.SessionStatus;
import dev.aiinterview.api.Turn;
import dev.aiinterview.api.config.ConfigSource;
import dev.aiinterview.core.Interviewer;
import dev.aiinterview.core.report.MarkdownReport;
import dev.aiinterview.core.session.CandidateAnswer;
import dev.aiinterview.core.session.InterviewSession;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The README's "Embedding in 20 lines" runs as written, with the offline engine chosen by configuration. */
class QuickstartTest {

    @Test
    void theReadmeEmbeddingExampleRunsAWholeInterview() {
        List<String> asked = new ArrayList<>();
        InterviewReport report;
        // The test classpath also holds the testkit's scripted LLM, so the provider is chosen by configuration.
        try (Interviewer interviewer = Interviewer.builder()
                .config(ConfigSource.of(Map.of("interview.llm.provider", "offline"))).build()) {
            InterviewPlan plan = interviewer.plan(JobDescription.of(Samples.BACKEND_JD));
            InterviewSession session = interviewer.start(plan, Map.of("candidate", "ats-4711"));
            session.consent();
            session.start();
            while (session.currentTurn().isPresent()) {
                Turn turn = session.currentTurn().get();
                asked.add(turn.prompt());
                session.submit(CandidateAnswer.text(Samples.STRONG));
            }
            report = session.complete();
            assertThat(session.status()).isEqualTo(SessionStatus.COMPLETED);
        }
        String markdown = new MarkdownReport(0.6).render(report);

        assertThat(asked).hasSizeGreaterThanOrEqualTo(report.questions().size());
        assertThat(report.questions()).allSatisfy(q -> assertThat(q.turns().get(0).evaluation()).isNotNull());
        assertThat(markdown).startsWith("# Interview report: Senior Backend Engineer");
    }
}
