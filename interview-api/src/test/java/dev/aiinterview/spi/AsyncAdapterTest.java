package dev.aiinterview.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aiinterview.api.TokenUsage;
import dev.aiinterview.api.error.ProviderException;
import dev.aiinterview.api.error.ProviderUnavailableException;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

class AsyncAdapterTest {

    private static final LlmRequest REQUEST = LlmRequest.builder().task("t").systemInstruction("s").userPrompt("u")
            .build();
    private static final LlmResponse REPLY = new LlmResponse("{}", FinishReason.STOP, TokenUsage.NONE, null);

    @Test
    void givenABlockingProviderWhenCalledAsynchronouslyThenTheFutureCarriesTheReplyOrTheFailure() {
        LlmProvider ok = new Base() {
            @Override
            public LlmResponse generate(LlmRequest request) {
                return REPLY;
            }
        };
        LlmProvider down = new Base() {
            @Override
            public LlmResponse generate(LlmRequest request) {
                throw new ProviderUnavailableException("down", "503");
            }
        };

        assertThat(ok.generateAsync(REQUEST).join()).isSameAs(REPLY);
        assertThatThrownBy(() -> down.generateAsync(REQUEST).join()).isInstanceOf(CompletionException.class)
                .hasCauseInstanceOf(ProviderUnavailableException.class);
    }

    @Test
    void givenAnAsynchronousProviderWhenCalledBlockingThenItWaitsAndThrowsTheFailureUnwrapped() {
        LlmProvider ok = new Base() {
            @Override
            public CompletableFuture<LlmResponse> generateAsync(LlmRequest request) {
                return CompletableFuture.supplyAsync(() -> REPLY);
            }
        };
        LlmProvider down = new Base() {
            @Override
            public CompletableFuture<LlmResponse> generateAsync(LlmRequest request) {
                return CompletableFuture.supplyAsync(() -> {
                    throw new ProviderUnavailableException("down", "503");
                });
            }
        };

        assertThat(ok.generate(REQUEST)).isSameAs(REPLY);
        assertThatThrownBy(() -> down.generate(REQUEST)).isExactlyInstanceOf(ProviderUnavailableException.class);
    }

    @Test
    void givenAnAsynchronousProviderWhenTheWaitingThreadIsInterruptedOrTheFutureHidesACheckedFailureThenTheSdkExceptionIsThrown() {
        LlmProvider never = new Base() {
            @Override
            public CompletableFuture<LlmResponse> generateAsync(LlmRequest request) {
                return new CompletableFuture<>();
            }
        };
        LlmProvider checked = new Base() {
            @Override
            public CompletableFuture<LlmResponse> generateAsync(LlmRequest request) {
                return CompletableFuture.failedFuture(new java.io.IOException("socket closed"));
            }
        };

        Thread.currentThread().interrupt();
        assertThatThrownBy(() -> never.generate(REQUEST)).isInstanceOf(ProviderException.class)
                .hasMessageContaining("Interrupted");
        assertThat(Thread.interrupted()).as("the interrupt is kept for the caller").isTrue();
        assertThatThrownBy(() -> checked.generate(REQUEST)).isInstanceOf(ProviderException.class)
                .hasMessageContaining("socket closed");
    }

    @Test
    void givenAProviderThatOverridesNeitherWhenCalledEitherWayThenAClearErrorSaysWhatToOverride() {
        LlmProvider neither = new Base();

        assertThatThrownBy(() -> neither.generate(REQUEST)).isInstanceOf(UnsupportedOperationException.class)
                .hasMessageContaining("implements neither generate nor generateAsync");
        assertThatThrownBy(() -> neither.generateAsync(REQUEST).join())
                .hasCauseInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> neither.generate(REQUEST)).as("the guard resets after a failure")
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void givenAProviderThatWrapsAnotherWhenBothAdaptThenTheGuardDoesNotMistakeItForRecursion() {
        LlmProvider inner = new Base() {
            @Override
            public CompletableFuture<LlmResponse> generateAsync(LlmRequest request) {
                return CompletableFuture.completedFuture(REPLY);
            }
        };
        LlmProvider outer = new Base() {
            @Override
            public LlmResponse generate(LlmRequest request) {
                return inner.generate(request);
            }
        };

        assertThat(outer.generateAsync(REQUEST).join()).isSameAs(REPLY);
    }

    private static class Base implements LlmProvider {
        @Override
        public String id() {
            return "base";
        }

        @Override
        public Set<Capability> capabilities() {
            return Set.of();
        }
    }
}
