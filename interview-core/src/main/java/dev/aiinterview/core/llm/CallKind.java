package dev.aiinterview.core.llm;

import dev.aiinterview.api.Provenance;
import dev.aiinterview.api.error.InterviewException;
import dev.aiinterview.api.error.ProviderException;
import dev.aiinterview.core.event.EventBus;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What differs between kinds of provider call (LLM, speech-to-text) inside the one {@link ProviderGateway}: how
 * one attempt is made and how it is booked. Everything else (retries, fallback, the circuit) is shared.
 *
 * @param <P> the provider type
 * @param <Q> the request
 * @param <R> the result handed to the caller
 */
abstract class CallKind<P, Q, R> {

    private final String name;
    private final String label;
    private final Function<P, String> id;
    private final Function<P, String> model;
    /** Timestamps the call events. */
    final Clock clock;
    /** Where each attempt's event goes. */
    final EventBus events;

    /**
     * @param name  the kind as events and logs name it: {@code llm} or {@code stt}
     * @param label how logs name the kind: "LLM", "Speech-to-text"
     * @param id    a provider's id
     * @param model a provider's model, or {@code null}
     */
    CallKind(String name, String label, Function<P, String> id, Function<P, String> model, Clock clock,
             EventBus events) {
        this.name = name;
        this.label = label;
        this.id = id;
        this.model = model;
        this.clock = clock;
        this.events = events;
    }

    final String name() {
        return name;
    }

    final String label() {
        return label;
    }

    final String id(P provider) {
        return id.apply(provider);
    }

    final String model(P provider) {
        return model.apply(provider);
    }

    /** Names the request in logs, such as the LLM task. */
    abstract String describe(Q request);

    /**
     * One attempt: calls the provider once (or, for a truncated LLM reply, once more with a larger budget), books
     * every call to the scope and publishes its event. Fails with an
     * {@link dev.aiinterview.api.error.InterviewException}; any other failure is mapped to one.
     */
    abstract CompletableFuture<R> attempt(P provider, Lane<Q> lane, CallScope scope, Provenance provenance);

    /** Starts a provider call; a provider that throws instead of returning a failed future fails the same way. */
    static <T> CompletableFuture<T> start(Supplier<CompletableFuture<T>> call) {
        try {
            return call.get();
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /** A failure as the caller sees it: the SDK's own exceptions as they are, anything else as the provider's. */
    final <T> CompletableFuture<T> failure(P provider, Throwable error) {
        if (error instanceof InterviewException) {
            return CompletableFuture.failedFuture(error);
        }
        String id = id(provider);
        return CompletableFuture.failedFuture(new ProviderException(id,
                label + " provider '" + id + "' failed unexpectedly: " + error, error));
    }

    static long millisSince(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }

    /** The request of one provider's attempts; an attempt may adjust it for the attempts after it. */
    static final class Lane<Q> {
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
