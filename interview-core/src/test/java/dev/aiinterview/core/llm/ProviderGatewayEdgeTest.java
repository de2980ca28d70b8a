package dev.aiinterview.core.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aiinterview.api.TokenUsage;
import dev.aiinterview.api.error.ProviderException;
import dev.aiinterview.api.error.ProviderUnavailableException;
import dev.aiinterview.core.event.EventBus;
import dev.aiinterview.spi.FinishReason;
import dev.aiinterview.spi.LlmProvider;
import dev.aiinterview.spi.LlmRequest;
import dev.aiinterview.spi.LlmResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What must hold when a call goes wrong in unusual ways: closed while waiting, broken replies, cancelled callers. */
class ProviderGatewayEdgeTest {

    private static final LlmResponse OK = new LlmResponse("{}", FinishReason.STOP, TokenUsage.NONE, null);

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> new Thread(r, "sdk-executor"));
    private final ExecutorService providerThread = Executors.newSingleThreadExecutor(
            r -> new Thread(r, "provider-thread"));
    private final LlmRequest request = LlmRequest.builder().task("answer-evaluation").systemInstruction("s")
            .userPrompt("u").build();

    @AfterEach
    void stop() {
        timer.shutdownNow();
        executor.shutdownNow();
        providerThread.shutdownNow();
    }

    private Retries retries(int attempts, Duration delay) {
        return new Retries(new RetryPolicy(attempts, delay, delay, Duration.ofMinutes(1)), timer, executor,
                Clock.systemUTC());
    }

    @Test
    void givenACallWaitingToRetryWhenTheRetriesAreClosedThenTheCallFailsAtOnceWithItsLastFailure() throws Exception {
        // given: an outage, and a retry wait of a minute
        var attempts = new AtomicInteger();
        var retries = retries(3, Duration.ofMinutes(1));
        var gateway = new LlmGateway(async(r -> {
            attempts.incrementAndGet();
            return CompletableFuture.failedFuture(new ProviderUnavailableException("p", "503"));
        }), null, retries, new EventBus(List.of()));
        CompletableFuture<LlmCall> call = gateway.callAsync(request, CallScope.none());
        assertThat(call).isNotDone();

        // when: closed as the interviewer closes them, before its timer
        retries.close();
        timer.shutdownNow();

        // then
        assertThatThrownBy(() -> call.get(5, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(ProviderUnavailableException.class);
        assertThat(attempts).as("no attempt after the close").hasValue(1);
    }

    @Test
    void givenAProviderWhoseReplyBreaksTheAttemptThenTheCallerGetsAProviderExceptionAndTheFallbackAnswers() {
        // given: a reply of null makes the attempt itself throw, where no provider error is mapped
        LlmProvider broken = async(r -> CompletableFuture.completedFuture(null));
        var gateway = new LlmGateway(broken, blocking(r -> OK), retries(1, Duration.ZERO), new EventBus(List.of()));

        // when
        LlmCall call = gateway.call(request, CallScope.none());

        // then
        assertThat(call.provenance().fallback()).isTrue();
        assertThat(call.provenance().fallbackReason()).contains("failed unexpectedly");
        assertThatThrownBy(() -> new LlmGateway(broken, null, retries(1, Duration.ZERO), new EventBus(List.of()))
                .call(request, CallScope.none())).isInstanceOf(ProviderException.class);
    }

    @Test
    void givenAnAsynchronousPrimaryThatFailsThenABlockingFallbackRunsOnTheSdkExecutorNotOnTheProvidersThread() {
        // given
        var fallbackThread = new AtomicReference<String>();
        LlmProvider primary = async(r -> CompletableFuture.supplyAsync(() -> {
            throw new ProviderUnavailableException("p", "503");
        }, providerThread));
        LlmProvider fallback = blocking(r -> {
            fallbackThread.set(Thread.currentThread().getName());
            return OK;
        });
        var gateway = new LlmGateway(primary, fallback, retries(1, Duration.ZERO), new EventBus(List.of()));

        // when
        gateway.call(request, CallScope.none());

        // then
        assertThat(fallbackThread).hasValue("sdk-executor");
    }

    @Test
    void givenACallerWhoGivesUpWhileTheCallWaitsToRetryThenNoFurtherAttemptIsMade() throws Exception {
        // given: a short wait between attempts
        var attempts = new AtomicInteger();
        var gateway = new LlmGateway(async(r -> {
            attempts.incrementAndGet();
            return CompletableFuture.failedFuture(new ProviderUnavailableException("p", "503"));
        }), null, retries(3, Duration.ofMillis(200)), new EventBus(List.of()));
        CompletableFuture<LlmCall> call = gateway.callAsync(request, CallScope.none());

        // when
        call.cancel(true);
        Thread.sleep(600); // past every wait the policy allows: an attempt still planned would have run by now

        // then
        assertThat(attempts).hasValue(1);
    }

    private static LlmProvider async(Function<LlmRequest, CompletableFuture<LlmResponse>> reply) {
        return StubLlms.async("async", reply);
    }

    private static LlmProvider blocking(Function<LlmRequest, LlmResponse> reply) {
        return StubLlms.blocking("blocking", reply);
    }
}
