package dev.aiinterview.core.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aiinterview.api.TokenUsage;
import dev.aiinterview.api.error.AuthenticationException;
import dev.aiinterview.api.error.ProviderUnavailableException;
import dev.aiinterview.api.error.RateLimitedException;
import dev.aiinterview.api.error.RefusalException;
import dev.aiinterview.core.event.EventBus;
import dev.aiinterview.spi.FinishReason;
import dev.aiinterview.spi.LlmProvider;
import dev.aiinterview.spi.LlmRequest;
import dev.aiinterview.spi.LlmResponse;
import dev.aiinterview.testkit.InstantScheduler;
import dev.aiinterview.testkit.ScriptedLlm;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LlmGatewayTest {

    private final InstantScheduler scheduler = new InstantScheduler();
    private final RetryPolicy policy = new RetryPolicy(3, Duration.ofMillis(100), Duration.ofSeconds(1),
            Duration.ofSeconds(30));
    private final LlmRequest request = LlmRequest.builder().task("answer-evaluation").systemInstruction("s")
            .userPrompt("u").maxOutputTokens(1000).build();

    private LlmGateway gateway(LlmProvider primary, LlmProvider fallback) {
        return new LlmGateway(primary, fallback, new Retries(policy, scheduler, Runnable::run, java.time.Clock.systemUTC()),
                new EventBus(List.of()));
    }

    @AfterEach
    void stopScheduler() {
        scheduler.shutdownNow();
    }

    @Test
    void aRetriableFailureIsRetriedWithGrowingJitteredDelays() {
        var llm = new ScriptedLlm()
                .fail("answer-evaluation", new ProviderUnavailableException("scripted", "503"))
                .fail("answer-evaluation", new ProviderUnavailableException("scripted", "503"))
                .reply("answer-evaluation", "{}");

        var call = gateway(llm, null).call(request, CallScope.none());

        assertThat(call.response().text()).isEqualTo("{}");
        assertThat(llm.callCount()).isEqualTo(3);
        assertThat(scheduler.delays()).hasSize(2);
        assertThat(scheduler.delays().get(0)).isBetween(Duration.ofMillis(50), Duration.ofMillis(100));
        assertThat(scheduler.delays().get(1)).isBetween(Duration.ofMillis(100), Duration.ofMillis(200));
    }

    @Test
    void retriesStopAtTheAttemptLimitAndRethrow() {
        var llm = new ScriptedLlm().otherwise(r -> {
            throw new ProviderUnavailableException("scripted", "503");
        });

        assertThatThrownBy(() -> gateway(llm, null).call(request, CallScope.none()))
                .isInstanceOf(ProviderUnavailableException.class);
        assertThat(llm.callCount()).isEqualTo(3);
    }

    @Test
    void theRateLimitsOwnRetryDelayIsHonoured() {
        var llm = new ScriptedLlm()
                .fail("answer-evaluation", new RateLimitedException("scripted", "429", Duration.ofSeconds(7), null))
                .reply("answer-evaluation", "{}");

        gateway(llm, null).call(request, CallScope.none());

        assertThat(scheduler.delays()).containsExactly(Duration.ofSeconds(7));
    }

    @Test
    void aRetryThatWouldExceedTheTimeBudgetIsNotAttempted() {
        var llm = new ScriptedLlm()
                .fail("answer-evaluation", new RateLimitedException("scripted", "429", Duration.ofMinutes(5), null))
                .reply("answer-evaluation", "{}");

        assertThatThrownBy(() -> gateway(llm, null).call(request, CallScope.none()))
                .isInstanceOf(RateLimitedException.class);
        assertThat(scheduler.delays()).isEmpty();
    }

    @Test
    void anAuthenticationFailureIsNotRetried() {
        var llm = new ScriptedLlm().fail("answer-evaluation",
                new AuthenticationException("scripted", "bad key: set GEMINI_API_KEY", null));

        assertThatThrownBy(() -> gateway(llm, null).call(request, CallScope.none()))
                .isInstanceOf(AuthenticationException.class).hasMessageContaining("GEMINI_API_KEY");
        assertThat(llm.callCount()).isEqualTo(1);
    }

    @Test
    void aTruncatedReplyIsRetriedOnceWithADoubledBudget() {
        var budgets = new ArrayList<Integer>();
        var provider = provider(r -> {
            budgets.add(r.maxOutputTokens().orElseThrow());
            return budgets.size() == 1 ? FinishReason.MAX_TOKENS : FinishReason.STOP;
        });

        var call = gateway(provider, null).call(request, CallScope.none());

        assertThat(budgets).containsExactly(1000, 2000);
        assertThat(call.response().finishReason()).isEqualTo(FinishReason.STOP);
    }

    @Test
    void aSafetyBlockBecomesATypedRefusal() {
        var provider = provider(r -> FinishReason.SAFETY);

        assertThatThrownBy(() -> gateway(provider, null).call(request, CallScope.none()))
                .isInstanceOfSatisfying(RefusalException.class, e -> assertThat(e.reason()).isEqualTo("SAFETY"));
    }

    @Test
    void everyCallIsBookedToTheScopeIncludingFailures() {
        var llm = new ScriptedLlm().usage(new TokenUsage(10, 5, 2, 17))
                .fail("answer-evaluation", new ProviderUnavailableException("scripted", "503"))
                .reply("answer-evaluation", "{}");
        var scope = new AccountingScope("s1", dev.aiinterview.api.Accounting.EMPTY);

        gateway(llm, null).call(request, scope);

        assertThat(scope.snapshot().llmCalls()).isEqualTo(2);
        assertThat(scope.snapshot().tokens()).isEqualTo(new TokenUsage(10, 5, 2, 17));
    }

    @Test
    void theFallbackAnswersWhenThePrimaryKeepsFailingAndTheProvenanceSaysWhy() {
        var primary = new ScriptedLlm("gemini").otherwise(r -> {
            throw new ProviderUnavailableException("gemini", "HTTP 503");
        });
        var fallback = new ScriptedLlm("offline").reply("answer-evaluation", "{}");

        var call = gateway(primary, fallback).call(request, CallScope.none());

        assertThat(call.provenance().provider()).isEqualTo("offline");
        assertThat(call.provenance().fallback()).isTrue();
        assertThat(call.provenance().fallbackReason()).isEqualTo("gemini failed: HTTP 503");
    }

    @Test
    void afterTwoFailedCallsInARowThePrimaryIsSkippedSoAnswersDoNotWaitOutItsRetries() {
        // given: a primary that always answers 503, and a fallback
        var primary = new ScriptedLlm("gemini").otherwise(r -> {
            throw new ProviderUnavailableException("gemini", "HTTP 503");
        });
        var fallback = new ScriptedLlm("offline").otherwise(r -> "{}");
        var gateway = gateway(primary, fallback);

        // when: four calls
        var calls = new ArrayList<LlmCall>();
        for (int i = 0; i < 4; i++) {
            calls.add(gateway.call(request, CallScope.none()));
        }

        // then: the primary saw only the first two calls (3 attempts each), the fallback answered all four
        assertThat(primary.callCount()).isEqualTo(2 * policy.maxAttempts());
        assertThat(fallback.callCount()).isEqualTo(4);
        assertThat(calls).allSatisfy(c -> assertThat(c.provenance().fallback()).isTrue());
        assertThat(calls.get(3).provenance().fallbackReason()).startsWith("gemini failed: HTTP 503").contains("skipping");
    }

    @Test
    void aPrimaryThatRecoversResetsTheCountOfFailures() {
        // given: the primary fails one call, answers the next, then fails one more
        var primary = new ScriptedLlm("gemini")
                .fail("answer-evaluation", new AuthenticationException("gemini", "401", null))
                .reply("answer-evaluation", "{}")
                .fail("answer-evaluation", new AuthenticationException("gemini", "401", null))
                .reply("answer-evaluation", "{}");
        var fallback = new ScriptedLlm("offline").otherwise(r -> "{}");
        var gateway = gateway(primary, fallback);

        // when
        var first = gateway.call(request, CallScope.none());
        var second = gateway.call(request, CallScope.none());
        var third = gateway.call(request, CallScope.none());
        var fourth = gateway.call(request, CallScope.none());

        // then: never two failures in a row, so the primary is asked every time
        assertThat(first.provenance().fallback()).isTrue();
        assertThat(second.provenance().provider()).isEqualTo("gemini");
        assertThat(third.provenance().fallback()).isTrue();
        assertThat(fourth.provenance().provider()).isEqualTo("gemini");
    }

    @Test
    void refusalsOfOneInputNeverSwitchThePrimaryOffForOtherCalls() {
        // given: the primary refuses every request (as a safety filter might, on content a candidate wrote)
        var primary = new ScriptedLlm("gemini").otherwise(r -> {
            throw new RefusalException("gemini", "SAFETY", "blocked");
        });
        var fallback = new ScriptedLlm("offline").otherwise(r -> "{}");
        var gateway = gateway(primary, fallback);

        // when
        for (int i = 0; i < 4; i++) {
            gateway.call(request, CallScope.none());
        }

        // then: each call still went to the primary first
        assertThat(primary.callCount()).isEqualTo(4);
        assertThat(fallback.callCount()).isEqualTo(4);
    }

    private static LlmProvider provider(Function<LlmRequest, FinishReason> finish) {
        return StubLlms.blocking("fake", r -> new LlmResponse("{}", finish.apply(r), TokenUsage.NONE, null));
    }
}
