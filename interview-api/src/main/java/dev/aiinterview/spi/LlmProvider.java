package dev.aiinterview.spi;

import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * A large language model, or an engine that serves the same prompt contracts. Implementations make one call and
 * map their vendor's failures to {@link dev.aiinterview.api.error.InterviewException} subtypes; the SDK handles
 * retries, validation and repair. Implementations must be thread-safe.
 *
 * <p>A provider overrides at least one of {@link #generate} and {@link #generateAsync}; each default adapts to the
 * other. A provider with a non-blocking client overrides {@code generateAsync}, so that calls in flight hold no
 * thread; overriding neither fails with an {@link UnsupportedOperationException} on the first call.
 */
public interface LlmProvider extends AutoCloseable {

    /** The id of the factory that made it. */
    String id();

    /** The model used, where the provider has one, for reports; else {@code null}. */
    default String model() {
        return null;
    }

    /** What this provider can do. */
    Set<Capability> capabilities();

    /**
     * Makes one call and waits for it. Throws an {@link dev.aiinterview.api.error.InterviewException} subtype on
     * failure. The default waits for {@link #generateAsync}.
     */
    default LlmResponse generate(LlmRequest request) {
        return AsyncAdapter.fromAsync(this, "generate", () -> generateAsync(request));
    }

    /**
     * Makes one call without waiting for it: the future completes with the reply, or exceptionally with an
     * {@link dev.aiinterview.api.error.InterviewException} subtype. The default runs {@link #generate} on the calling
     * thread, so a blocking provider keeps one thread busy per call.
     */
    default CompletableFuture<LlmResponse> generateAsync(LlmRequest request) {
        return AsyncAdapter.fromBlocking(this, "generate", () -> generate(request));
    }

    /** Releases clients and threads. */
    @Override
    default void close() {
    }
}
