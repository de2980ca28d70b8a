package dev.aiinterview.spi;

import java.util.Set;

/**
 * A large language model, or an engine that serves the same prompt contracts. Implementations make one call and
 * map their vendor's failures to {@link dev.aiinterview.api.error.InterviewException} subtypes; the SDK handles
 * retries, validation and repair. Implementations must be thread-safe.
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

    /** Makes one call. Throws an {@link dev.aiinterview.api.error.InterviewException} subtype on failure. */
    LlmResponse generate(LlmRequest request);

    /** Releases clients and threads. */
    @Override
    default void close() {
    }
}
