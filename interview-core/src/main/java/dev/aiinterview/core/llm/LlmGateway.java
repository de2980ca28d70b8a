package dev.aiinterview.core.llm;

import dev.aiinterview.api.InterviewEvent;
import dev.aiinterview.api.Provenance;
import dev.aiinterview.api.TokenUsage;
import dev.aiinterview.api.error.RefusalException;
import dev.aiinterview.core.event.EventBus;
import dev.aiinterview.spi.FinishReason;
import dev.aiinterview.spi.LlmProvider;
import dev.aiinterview.spi.LlmRequest;
import dev.aiinterview.spi.LlmResponse;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wraps every LLM provider call in the SDK's one provider wrapper (retries, fallback, the circuit that skips a
 * failing primary for a minute) and adds what is particular to LLMs: one retry with a doubled output budget for a
 * truncated reply, refusals mapped to {@link RefusalException}, token accounting and {@code LlmCallFinished} events.
 */
public final class LlmGateway implements LlmCaller {

    private static final Logger LOG = LoggerFactory.getLogger(LlmGateway.class);

    private final ProviderGateway<LlmProvider, LlmRequest, LlmCall> gateway;

    /**
     * @param primary  the configured provider
     * @param fallback the provider to switch to when the primary keeps failing, or {@code null}
     * @param retries  the retry loop, with the LLM policy
     * @param events   where call events go
     */
    public LlmGateway(LlmProvider primary, LlmProvider fallback, Retries retries, EventBus events) {
        this.gateway = new ProviderGateway<>(new Kind(retries.clock(), events), primary, fallback, retries, events);
    }

    /** The configured provider. */
    public LlmProvider primary() {
        return gateway.primary();
    }

    @Override
    public LlmCall call(LlmRequest request, CallScope scope) {
        return gateway.call(request, scope);
    }

    @Override
    public CompletableFuture<LlmCall> callAsync(LlmRequest request, CallScope scope) {
        return gateway.callAsync(request, scope);
    }

    private static final class Kind extends CallKind<LlmProvider, LlmRequest, LlmCall> {

        Kind(Clock clock, EventBus events) {
            super("llm", "LLM", LlmProvider::id, LlmProvider::model, clock, events);
        }

        @Override
        String describe(LlmRequest request) {
            return request.task();
        }

        @Override
        CompletableFuture<LlmCall> attempt(LlmProvider provider, Lane<LlmRequest> lane, CallScope scope,
                                   Provenance provenance) {
            LlmRequest current = lane.current();
            long started = System.nanoTime();
            return start(() -> provider.generateAsync(current)).handle((response, error) -> {
                if (error != null) {
                    return failed(provider, current, scope, started, provenance, Retries.unwrap(error));
                }
                record(scope, provider, current, response.usage(), started, provenance, true);
                if (response.finishReason() == FinishReason.MAX_TOKENS && !lane.adjusted()) {
                    int budget = current.maxOutputTokens().orElse(2048) * 2;
                    LOG.info("Reply to {} from '{}' was truncated; retrying with {} output tokens",
                            current.task(), provider.id(), budget);
                    lane.adjust(current.toBuilder().maxOutputTokens(budget).build());
                    return attempt(provider, lane, scope, provenance);
                }
                RefusalException refusal = refusal(provider, response);
                return refusal != null ? CompletableFuture.<LlmCall>failedFuture(refusal)
                        : CompletableFuture.completedFuture(new LlmCall(response, provenance));
            }).thenCompose(Function.identity());
        }

        private CompletableFuture<LlmCall> failed(LlmProvider provider, LlmRequest request, CallScope scope,
                                                  long started, Provenance provenance, Throwable error) {
            if (!(error instanceof RefusalException)) {
                // A provider that refuses by exception is booked as it always was: not at all.
                record(scope, provider, request, TokenUsage.NONE, started, provenance, false);
            }
            return failure(provider, error);
        }

        private static RefusalException refusal(LlmProvider provider, LlmResponse response) {
            return switch (response.finishReason()) {
                case SAFETY, RECITATION, OTHER -> new RefusalException(provider.id(), response.finishReason().name(),
                        "LLM provider '" + provider.id() + "' refused to answer (" + response.finishReason() + ")");
                default -> null;
            };
        }

        private void record(CallScope scope, LlmProvider provider, LlmRequest request, TokenUsage usage,
                            long startedNanos, Provenance provenance, boolean success) {
            long millis = millisSince(startedNanos);
            scope.onLlmCall(request.task(), usage, millis, provenance);
            events.publish(new InterviewEvent.LlmCallFinished(scope.sessionId(), clock.instant(), request.task(),
                    provider.id(), millis, usage, success));
        }
    }
}
