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
    void givenTwoHundredSessionsAtOnceWithASlowProviderThenAllCompleteWithoutAThreadPerSession() {
        // when: 200 whole interviews of 3 questions, every LLM call answered after 50 ms
        int sessions = 200;
        var result = SessionBenchmark.run(sessions, Duration.ofMillis(50), 3);

        // then
        assertThat(result.errors()).as(result.describe()).isZero();
        assertThat(result.completed()).isEqualTo(sessions);
        assertThat(result.providerCalls()).as("two to plan, then three evaluations and a summary per session")
                .isEqualTo(2 + sessions * 4);
        assertThat(result.peakThreads()).as("live threads in the JVM at the peak").isLessThan(50);
        assertThat(result.peakThreads() - result.threadsBefore())
                .as("threads added: the executor (16 at most, but for a thread that waits) and two timers, never "
                        + "one per session (%s)", result.describe())
                .isLessThan(20);
    }
}
