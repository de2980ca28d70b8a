package dev.aiinterview.core.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aiinterview.api.TokenUsage;
import dev.aiinterview.api.error.AuthenticationException;
import dev.aiinterview.api.error.ProviderException;
import dev.aiinterview.api.error.ProviderUnavailableException;
import dev.aiinterview.spi.FinishReason;
import dev.aiinterview.spi.LlmProvider;
import dev.aiinterview.spi.LlmResponse;
import dev.aiinterview.testkit.ScriptedLlm;
import org.junit.jupiter.api.Test;

/** The asynchronous path of the wrapper, and how the blocking call waits for it. */
class LlmGatewayAsyncTest extends GatewayFixture {

    @Test
    void givenAnAsynchronousProviderWhenCalledAsynchronouslyThenTheRetryWaitsOnTheSchedulerAndTheReplyArrives() {
        // given: a provider that only implements generateAsync and fails its first attempt
        var attempts = new java.util.concurrent.atomic.AtomicInteger();
        LlmProvider async = StubLlms.async("async", r -> attempts.incrementAndGet() == 1
                ? java.util.concurrent.CompletableFuture.failedFuture(new ProviderUnavailableException("async", "503"))
                : java.util.concurrent.CompletableFuture.completedFuture(
                        new LlmResponse("{}", FinishReason.STOP, TokenUsage.NONE, null)));

        // when
        var call = gateway(async, null).callAsync(request, CallScope.none()).join();

        // then
        assertThat(call.response().text()).isEqualTo("{}");
        assertThat(attempts).hasValue(2);
        assertThat(scheduler.delays()).hasSize(1);
    }

    @Test
    void givenAFailingCallWhenItIsAwaitedThenTheProvidersOwnExceptionIsThrownNotAWrapper() {
        var llm = new ScriptedLlm().otherwise(r -> {
            throw new AuthenticationException("scripted", "bad key", null);
        });

        assertThatThrownBy(() -> gateway(llm, null).callAsync(request, CallScope.none()).join())
                .hasCauseExactlyInstanceOf(AuthenticationException.class);
        assertThatThrownBy(() -> gateway(llm, null).call(request, CallScope.none()))
                .isExactlyInstanceOf(AuthenticationException.class);
    }

    @Test
    void givenAWaitingCallerWhenItIsInterruptedThenItStopsWaitingAndKeepsTheFlag() throws Exception {
        // given: a provider that never answers
        var never = new java.util.concurrent.CompletableFuture<LlmResponse>();
        LlmProvider silent = StubLlms.async("silent", r -> never);
        var thrown = new java.util.concurrent.atomic.AtomicReference<Throwable>();
        var flagKept = new java.util.concurrent.atomic.AtomicBoolean();
        Thread caller = new Thread(() -> {
            try {
                gateway(silent, null).call(request, CallScope.none());
            } catch (RuntimeException e) {
                thrown.set(e);
                flagKept.set(Thread.currentThread().isInterrupted());
            }
        });

        // when
        caller.start();
        caller.interrupt();
        caller.join(5_000);

        // then
        assertThat(caller.isAlive()).isFalse();
        assertThat(thrown.get()).isInstanceOf(ProviderException.class)
                .hasMessageContaining("Interrupted");
        assertThat(flagKept).isTrue();
    }
}
