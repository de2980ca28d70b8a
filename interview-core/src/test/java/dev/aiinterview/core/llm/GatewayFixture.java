package dev.aiinterview.core.llm;

import dev.aiinterview.core.event.EventBus;
import dev.aiinterview.spi.LlmProvider;
import dev.aiinterview.spi.LlmRequest;
import dev.aiinterview.testkit.InstantScheduler;
import dev.aiinterview.testkit.MutableClock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;

/** A gateway as the tests build it: waits recorded but not waited, a clock the test moves, 3 attempts. */
abstract class GatewayFixture {

    final InstantScheduler scheduler = new InstantScheduler();
    final MutableClock clock = MutableClock.at("2026-12-04T12:00:00Z");
    final RetryPolicy policy = new RetryPolicy(3, Duration.ofMillis(100), Duration.ofSeconds(1),
            Duration.ofSeconds(30));
    final LlmRequest request = LlmRequest.builder().task("answer-evaluation").systemInstruction("s")
            .userPrompt("u").maxOutputTokens(1000).build();

    LlmGateway gateway(LlmProvider primary, LlmProvider fallback) {
        return new LlmGateway(primary, fallback, new Retries(policy, scheduler, Runnable::run, clock),
                new EventBus(List.of()));
    }

    @AfterEach
    void stopScheduler() {
        scheduler.shutdownNow();
    }
}
