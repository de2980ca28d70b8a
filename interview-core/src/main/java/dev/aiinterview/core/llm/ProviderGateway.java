package dev.aiinterview.core.llm;

import dev.aiinterview.api.InterviewEvent;
import dev.aiinterview.api.Provenance;
import dev.aiinterview.api.error.AuthenticationException;
import dev.aiinterview.api.error.InterviewException;
import dev.aiinterview.api.error.ProviderException;
import dev.aiinterview.api.error.ProviderUnavailableException;
import dev.aiinterview.api.error.RateLimitedException;
import dev.aiinterview.core.event.EventBus;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one wrapper around every provider call, whatever the kind: {@link Retries} around each provider, and the
 * switch to a fallback provider when the configured one keeps failing: after {@value #FAILURES_BEFORE_SKIPPING}
 * failed calls in a row the fallback answers directly for {@link #SKIP_PRIMARY_FOR}, then the primary is tried
 * again. The {@link CallKind} makes and books each attempt.
 */
final class ProviderGateway<P, Q, R> {

    private static final Logger LOG = LoggerFactory.getLogger(ProviderGateway.class);

    /** After this many calls in a row that the primary failed, the fallback answers directly for a while. */
    static final int FAILURES_BEFORE_SKIPPING = 2;
    static final Duration SKIP_PRIMARY_FOR = Duration.ofSeconds(60);

    private final CallKind<P, Q, R> kind;
    private final P primary;
    private final P fallback;
    private final Retries retries;
    private final Clock clock;
    private final EventBus events;
    private final AtomicInteger consecutiveFailures = new AtomicInteger();
    private volatile long skipPrimaryUntil;
    private volatile String lastFailure = "";

    ProviderGateway(CallKind<P, Q, R> kind, P primary, P fallback, Retries retries, EventBus events) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.primary = Objects.requireNonNull(primary, "primary");
        this.fallback = fallback;
        this.retries = Objects.requireNonNull(retries, "retries");
        this.clock = retries.clock();
        this.events = Objects.requireNonNull(events, "events");
    }

    P primary() {
        return primary;
    }

    CompletableFuture<R> callAsync(Q request, CallScope scope) {
        var calls = new InFlight();
        if (fallback != null && clock.millis() < skipPrimaryUntil) {
            // The primary failed call after call: don't make every answer wait out its retries again.
            return calls.track(calls.add(callFallback(request, scope, lastFailure + " (skipping it for up to "
                    + SKIP_PRIMARY_FOR.toSeconds() + " s after " + FAILURES_BEFORE_SKIPPING + " failed calls)")));
        }
        return calls.track(calls.add(withRetries(primary, request, scope,
                        Provenance.of(kind.id(primary), kind.model(primary))))
                .handle((result, error) -> {
                    if (error == null) {
                        consecutiveFailures.set(0);
                        return CompletableFuture.completedFuture(result);
                    }
                    Throwable cause = Retries.unwrap(error);
                    if (fallback == null) {
                        return CompletableFuture.<R>failedFuture(cause);
                    }
                    // The fallback may block (a local engine): it starts on the SDK's executor, never on the
                    // thread of the provider that just failed.
                    try {
                        return CompletableFuture.supplyAsync(() -> calls.add(afterPrimaryFailed(cause, request,
                                scope)), retries.executor()).thenCompose(Function.identity());
                    } catch (RejectedExecutionException shutDown) {
                        return calls.add(afterPrimaryFailed(cause, request, scope));
                    }
                })
                .thenCompose(Function.identity()));
    }

    /** The retry loops of one call, so that a caller who gives up stops them too. */
    private static final class InFlight {
        private final Queue<CompletableFuture<?>> loops = new ConcurrentLinkedQueue<>();
        private volatile boolean cancelled;

        <T> CompletableFuture<T> add(CompletableFuture<T> loop) {
            loops.add(loop);
            if (cancelled) {
                loop.cancel(false);
            }
            return loop;
        }

        <T> CompletableFuture<T> track(CompletableFuture<T> call) {
            call.whenComplete((value, error) -> {
                if (call.isCancelled()) {
                    cancelled = true;
                    loops.forEach(loop -> loop.cancel(false));
                }
            });
            return call;
        }
    }

    /** Waits for {@link #callAsync}; its failure is thrown as the provider's exception, not wrapped. */
    R call(Q request, CallScope scope) {
        CompletableFuture<R> future = callAsync(request, scope);
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            future.cancel(true);
            throw new ProviderException(kind.id(primary), "Interrupted while waiting for " + kind.label()
                    + " provider '" + kind.id(primary) + "'", e);
        } catch (ExecutionException e) {
            Throwable cause = Retries.unwrap(e.getCause());
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new ProviderException(kind.id(primary), kind.label() + " call failed: " + cause, cause);
        }
    }

    private CompletableFuture<R> afterPrimaryFailed(Throwable error, Q request, CallScope scope) {
        if (!(error instanceof ProviderException e) || fallback == null) {
            return CompletableFuture.failedFuture(error);
        }
        String failure = kind.id(primary) + " failed: " + e.getMessage();
        if (!isOutage(e)) {
            // A refusal or a rejected request is about this input (which a candidate controls), not the
            // provider: fall back for this call only, and never let it switch the provider off for others.
            return callFallback(request, scope, failure);
        }
        lastFailure = failure;
        if (consecutiveFailures.incrementAndGet() >= FAILURES_BEFORE_SKIPPING) {
            skipPrimaryUntil = clock.millis() + SKIP_PRIMARY_FOR.toMillis();
            consecutiveFailures.set(0);
        }
        return callFallback(request, scope, failure);
    }

    /** Failures of the provider itself, which say nothing about the input: outages, rate limits, rejected keys. */
    private static boolean isOutage(InterviewException e) {
        return e instanceof ProviderUnavailableException || e instanceof RateLimitedException
                || e instanceof AuthenticationException;
    }

    private CompletableFuture<R> callFallback(Q request, CallScope scope, String reason) {
        LOG.warn("{} provider '{}' unusable for {}; falling back to '{}': {}", kind.label(), kind.id(primary),
                kind.describe(request), kind.id(fallback), reason);
        events.publish(new InterviewEvent.ProviderFellBack(scope.sessionId(), clock.instant(), kind.name(),
                kind.id(primary), kind.id(fallback), reason));
        return withRetries(fallback, request, scope, new Provenance(kind.id(fallback), kind.model(fallback), true,
                reason));
    }

    private CompletableFuture<R> withRetries(P provider, Q request, CallScope scope, Provenance provenance) {
        var lane = new CallKind.Lane<>(request);
        // Whatever goes wrong inside an attempt reaches the caller as the provider's failure, so that it is
        // retried or falls back like any other, never as a bare NullPointerException.
        return retries.run(kind.label() + " call " + kind.describe(request) + " to '" + kind.id(provider) + "'",
                attempt -> CallKind.start(() -> kind.attempt(provider, lane, scope, provenance))
                        .exceptionallyCompose(error -> kind.failure(provider, Retries.unwrap(error))));
    }
}
