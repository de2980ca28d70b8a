package dev.aiinterview.core.llm;

import dev.aiinterview.spi.LlmRequest;
import java.util.concurrent.CompletableFuture;

/** Makes an LLM call with the SDK's retries, fallback, accounting and events around it. */
@FunctionalInterface
public interface LlmCaller {

    /** Makes the call and waits for it; a failure is thrown as the provider's exception. */
    LlmCall call(LlmRequest request, CallScope scope);

    /**
     * Makes the call without holding a thread while the provider works; the future fails with the provider's
     * exception. The default makes the blocking call on the calling thread, for callers that have only that.
     */
    default CompletableFuture<LlmCall> callAsync(LlmRequest request, CallScope scope) {
        try {
            return CompletableFuture.completedFuture(call(request, scope));
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }
}
