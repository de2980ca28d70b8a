package dev.aiinterview.core.llm;

import dev.aiinterview.api.config.ConfigKeys;
import dev.aiinterview.api.config.ConfigSource;
import java.time.Duration;

/**
 * Retries for retriable provider failures: exponential backoff with full jitter, bounded in attempts and in total
 * time. A rate limit's own retry delay is honoured when it fits in the remaining time.
 *
 * @param maxAttempts  attempts in all, at least 1
 * @param initialDelay delay before the first retry; doubles each time
 * @param maxDelay     cap on one delay
 * @param maxTime      cap on the whole call, retries included
 */
public record RetryPolicy(int maxAttempts, Duration initialDelay, Duration maxDelay, Duration maxTime) {

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
    }

    /** 3 attempts, 1 s first delay, 20 s cap, 2 minutes in all. */
    public static RetryPolicy defaults() {
        return new RetryPolicy(3, Duration.ofSeconds(1), Duration.ofSeconds(20), Duration.ofMinutes(2));
    }

    /** From {@link ConfigKeys#LLM_MAX_ATTEMPTS}, {@link ConfigKeys#LLM_RETRY_DELAY}, {@link ConfigKeys#LLM_MAX_TIME}. */
    public static RetryPolicy from(ConfigSource config) {
        var d = defaults();
        return new RetryPolicy(
                config.getInt(ConfigKeys.LLM_MAX_ATTEMPTS, d.maxAttempts()),
                config.getDuration(ConfigKeys.LLM_RETRY_DELAY, d.initialDelay()),
                d.maxDelay(),
                config.getDuration(ConfigKeys.LLM_MAX_TIME, d.maxTime()));
    }

    /** The delay before retry number {@code retry} (1 for the first retry), before jitter. */
    Duration backoff(int retry) {
        long millis = initialDelay.toMillis() << Math.min(retry - 1, 20);
        return Duration.ofMillis(Math.min(millis, maxDelay.toMillis()));
    }
}
