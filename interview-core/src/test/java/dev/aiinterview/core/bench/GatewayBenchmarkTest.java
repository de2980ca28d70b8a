package dev.aiinterview.core.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A small run of the benchmark, so the property it measures cannot quietly break: calls in flight hold no thread. */
class GatewayBenchmarkTest {

    @Test
    void givenTwoHundredCallsInFlightWithRetriesThenAllFinishWithoutAThreadPerCall() {
        // when: 200 concurrent evaluations, 200 ms each, every 10th provider call failing once
        var result = GatewayBenchmark.run(200, Duration.ofMillis(200), 10);

        // then
        assertThat(result.errors()).isZero();
        assertThat(result.completed()).isEqualTo(200);
        assertThat(result.providerCalls()).as("the failed calls were retried").isGreaterThan(200);
        assertThat(result.peakThreads() - result.threadsBefore()).as("threads added while 200 calls were in flight")
                .isLessThan(10);
    }
}
