package dev.aiinterview.gemini;

import dev.aiinterview.api.error.InterviewException;
import dev.aiinterview.api.error.RateLimitedException;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Retries retriable failures with exponential backoff and jitter, honouring a rate limit's requested delay. Used for
 * transcription, which has no gateway around it the way LLM calls do.
 */
final class Retrier {

    private static final Logger LOG = LoggerFactory.getLogger(Retrier.class);

    /** Waits between attempts; tests pass one that records instead of sleeping. */
    @FunctionalInterface
    interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;

        Sleeper REAL = d -> Thread.sleep(d.toMillis());
    }

    private final int maxAttempts;
    private final Duration initialDelay;
    private final Sleeper sleeper;

    Retrier(int maxAttempts, Duration initialDelay, Sleeper sleeper) {
        this.maxAttempts = maxAttempts;
        this.initialDelay = initialDelay;
        this.sleeper = sleeper;
    }

    <T> T call(String what, Supplier<T> action) {
        for (int attempt = 1; ; attempt++) {
            try {
                return action.get();
            } catch (InterviewException e) {
                if (!e.isRetriable() || attempt >= maxAttempts) {
                    throw e;
                }
                Duration delay = delay(e, attempt);
                LOG.info("Gemini {} failed (attempt {} of {}): {}; retrying in {} ms", what, attempt, maxAttempts,
                        e.getMessage(), delay.toMillis());
                try {
                    sleeper.sleep(delay);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    private Duration delay(InterviewException e, int attempt) {
        if (e instanceof RateLimitedException limited && limited.retryAfter().isPresent()) {
            return limited.retryAfter().get();
        }
        // "Equal jitter": between half and all of the exponential delay, so concurrent callers spread out.
        long max = initialDelay.toMillis() << Math.min(attempt - 1, 16);
        return Duration.ofMillis(max / 2 + ThreadLocalRandom.current().nextLong(max / 2 + 1));
    }
}
