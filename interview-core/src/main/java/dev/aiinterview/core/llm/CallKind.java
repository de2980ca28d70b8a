package dev.aiinterview.core.llm;

import dev.aiinterview.api.Provenance;
import java.util.concurrent.CompletableFuture;

/**
 * What differs between kinds of provider call (LLM, speech-to-text) inside the one {@link ProviderGateway}: how
 * one attempt is made and how it is booked. Everything else (retries, fallback, the circuit) is shared.
 *
 * @param <P> the provider type
 * @param <Q> the request
 * @param <R> the result handed to the caller
 */
interface CallKind<P, Q, R> {

    /** The kind as events and logs name it: {@code llm} or {@code stt}. */
    String name();

    /** How logs name the kind: "LLM", "Speech-to-text". */
    String label();

    String id(P provider);

    String model(P provider);

    /** Names the request in logs, such as the LLM task. */
    String describe(Q request);

    /**
     * One attempt: calls the provider once (or, for a truncated LLM reply, once more with a larger budget), books
     * every call to the scope and publishes its event. Fails with an
     * {@link dev.aiinterview.api.error.InterviewException}; any other failure is mapped to one.
     */
    CompletableFuture<R> attempt(P provider, Lane<Q> lane, CallScope scope, Provenance provenance);

    /** The request of one provider's attempts; an attempt may adjust it for the attempts after it. */
    final class Lane<Q> {
        private final Q original;
        private volatile Q current;

        Lane(Q original) {
            this.original = original;
            this.current = original;
        }

        Q current() {
            return current;
        }

        boolean adjusted() {
            return current != original;
        }

        void adjust(Q request) {
            current = request;
        }
    }
}
