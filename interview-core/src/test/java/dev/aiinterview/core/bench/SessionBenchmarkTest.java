package dev.aiinterview.core.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A small run of the session benchmark, so the property it measures cannot quietly break: sessions waiting for the
 * LLM, from the first answer to the report, hold no thread.
 */
class SessionBenchmarkTest {

    @Test
    void givenFiftySessionsAtOnceWithASlowProviderThenAllCompleteWithoutAThreadPerSession() {
        // when: 50 whole interviews of 3 questions, every LLM call answered after 50 ms
        var result = SessionBenchmark.run(50, Duration.ofMillis(50), 3);

        // then
        assertThat(result.errors()).as(result.describe()).isZero();
        assertThat(result.completed()).isEqualTo(50);
        assertThat(result.providerCalls()).as("two to plan, then three evaluations and a summary per session")
                .isEqualTo(2 + 50 * 4);
        assertThat(result.peakThreads()).as("live threads in the JVM at the peak").isLessThan(50);
        assertThat(result.peakThreads() - result.threadsBefore())
                .as("threads added: at most the default pool (16 on a large machine) and two timers, never one "
                        + "per session")
                .isLessThan(20);
    }
}
