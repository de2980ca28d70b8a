package dev.aiinterview.core.llm;

import dev.aiinterview.api.error.InterviewException;
import dev.aiinterview.api.error.RateLimitedException;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SDK's one retry loop, for every kind of provider call. It is asynchronous: a wait between attempts is a task
 * on a shared {@link ScheduledExecutorService}, so no thread sleeps, and an attempt that waits on the network holds
 * no thread when the provider is asynchronous. Bounded by the {@link RetryPolicy}'s attempts and total time.
 */
public final class Retries implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Retries.class);

    private final RetryPolicy policy;
    private final ScheduledExecutorService scheduler;
    private final Executor executor;
    private final Clock clock;
    private volatile boolean closed;
    /** Calls waiting for their next attempt, with the failure they would end with. */
    private final Map<CompletableFuture<?>, InterviewException> waiting = new ConcurrentHashMap<>();

    /**
     * @param policy    how often and how long to retry
     * @param scheduler times the waits between attempts; shared, and never given provider work
     * @param executor  runs the attempts after a wait, as a blocking provider would otherwise hold up the scheduler
     * @param clock     measures the time budget
     */
    public Retries(RetryPolicy policy, ScheduledExecutorService scheduler, Executor executor, Clock clock) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The policy in force. */
    public RetryPolicy policy() {
        return policy;
    }

    /** The time source of the time budget, shared with whoever books the calls. */
    public Clock clock() {
        return clock;
    }

    /**
     * Makes attempts until one succeeds, one fails with a failure that is not retriable, or the attempts or the time
     * run out; the future then fails with that attempt's {@link InterviewException}, unwrapped.
     *
     * @param what     names the call in logs, such as "LLM call answer-evaluation to 'gemini'"
     * @param attempts makes attempt number n (from 1)
     */
    public <T> CompletableFuture<T> run(String what, IntFunction<CompletableFuture<T>> attempts) {
        var result = new CompletableFuture<T>();
        attempt(what, attempts, 1, clock.millis() + policy.maxTime().toMillis(), result);
        return result;
    }

    private <T> void attempt(String what, IntFunction<CompletableFuture<T>> attempts, int n, long deadline,
                             CompletableFuture<T> result) {
        if (result.isDone()) {
            return; // cancelled by the caller while waiting
        }
        CompletableFuture<T> attempt;
        try {
            attempt = attempts.apply(n);
        } catch (RuntimeException e) {
            attempt = CompletableFuture.failedFuture(e);
        }
        attempt.whenComplete((value, error) -> {
            try {
                settle(what, attempts, n, deadline, result, value, error);
            } catch (Throwable t) {
                result.completeExceptionally(t); // never leave the caller waiting on a failure of our own
            }
        });
    }

    private <T> void settle(String what, IntFunction<CompletableFuture<T>> attempts, int n, long deadline,
                            CompletableFuture<T> result, T value, Throwable error) {
        if (error == null) {
            result.complete(value);
            return;
        }
        Throwable cause = unwrap(error);
        if (!(cause instanceof InterviewException e) || !e.isRetriable() || n >= policy.maxAttempts()) {
            result.completeExceptionally(cause);
            return;
        }
        Duration delay = delay(e, n);
        if (clock.millis() + delay.toMillis() > deadline) {
            result.completeExceptionally(e);
            return;
        }
        LOG.info("{} failed (attempt {} of {}): {}; retrying in {} ms", what, n, policy.maxAttempts(),
                e.getMessage(), delay.toMillis());
        waiting.put(result, e);
        if (closed) {
            stop(result); // closed while this attempt ran
            return;
        }
        try {
            scheduler.schedule(() -> resume(what, attempts, n + 1, deadline, result, e),
                    delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException shutDown) {
            stop(result); // shutting down: the last failure is the answer
        }
    }

    private <T> void resume(String what, IntFunction<CompletableFuture<T>> attempts, int n, long deadline,
                            CompletableFuture<T> result, InterviewException last) {
        waiting.remove(result);
        if (closed) {
            result.completeExceptionally(last); // the interviewer closed while this call waited to retry
            return;
        }
        try {
            executor.execute(() -> attempt(what, attempts, n, deadline, result));
        } catch (RejectedExecutionException shutDown) {
            result.completeExceptionally(last);
        }
    }

    /**
     * Stops retrying: every call waiting for its next attempt fails at once with its last failure, and none tries
     * again, so a timer shut down after this leaves no caller waiting.
     */
    @Override
    public void close() {
        closed = true;
        waiting.keySet().forEach(this::stop);
    }

    private void stop(CompletableFuture<?> result) {
        InterviewException last = waiting.remove(result);
        if (last != null) {
            result.completeExceptionally(last);
        }
    }

    /** Where attempts after a wait run; a call that must not run on a provider's thread starts there too. */
    Executor executor() {
        return executor;
    }

    private Duration delay(InterviewException e, int attempt) {
        if (e instanceof RateLimitedException rl && rl.retryAfter().isPresent()) {
            return rl.retryAfter().get();
        }
        return policy.jittered(attempt, bound -> ThreadLocalRandom.current().nextLong(bound + 1));
    }

    static Throwable unwrap(Throwable error) {
        Throwable cause = error;
        while (cause instanceof CompletionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
