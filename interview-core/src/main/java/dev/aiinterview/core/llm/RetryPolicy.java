package dev.aiinterview.core.llm;

import dev.aiinterview.api.config.ConfigKeys;
import dev.aiinterview.api.config.ConfigSource;
import dev.aiinterview.api.error.ConfigurationException;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongUnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Retries for retriable provider failures: exponential backoff with equal jitter (each delay is between half and
 * all of the doubled delay, so concurrent callers spread out yet never retry at once), bounded in attempts and in
 * total time. A rate limit's own retry delay is honoured when it fits in the remaining time.
 *
 * @param maxAttempts  attempts in all, at least 1
 * @param initialDelay delay before the first retry; doubles each time
 * @param maxDelay     cap on one delay
 * @param maxTime      cap on the whole call, retries included
 */
public record RetryPolicy(int maxAttempts, Duration initialDelay, Duration maxDelay, Duration maxTime) {

    private static final Logger LOG = LoggerFactory.getLogger(RetryPolicy.class);

    /** Keys of earlier releases, read when the new key is not set: old key -> new key. */
    static final Map<String, String> DEPRECATED_STT_KEYS = deprecatedSttKeys();
    private static final Set<String> WARNED = ConcurrentHashMap.newKeySet();

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
    }

    /** 3 attempts, 1 s first delay, 20 s cap, 2 minutes in all. */
    public static RetryPolicy defaults() {
        return new RetryPolicy(3, Duration.ofSeconds(1), Duration.ofSeconds(20), Duration.ofMinutes(2));
    }

    /** LLM calls: {@link ConfigKeys#LLM_MAX_ATTEMPTS}, {@link ConfigKeys#LLM_RETRY_DELAY}, {@link ConfigKeys#LLM_MAX_TIME}. */
    public static RetryPolicy llm(ConfigSource config) {
        var d = defaults();
        return new RetryPolicy(
                attempts(ConfigKeys.LLM_MAX_ATTEMPTS, config.getInt(ConfigKeys.LLM_MAX_ATTEMPTS, d.maxAttempts())),
                delay(ConfigKeys.LLM_RETRY_DELAY, config.getDuration(ConfigKeys.LLM_RETRY_DELAY, d.initialDelay())),
                d.maxDelay(),
                config.getDuration(ConfigKeys.LLM_MAX_TIME, d.maxTime()));
    }

    /**
     * Speech-to-text calls: {@link ConfigKeys#STT_MAX_ATTEMPTS}, {@link ConfigKeys#STT_RETRY_DELAY},
     * {@link ConfigKeys#STT_MAX_TIME} (default 5 minutes, as one transcription may take two). The provider keys of
     * earlier releases ({@link #DEPRECATED_STT_KEYS}) still work, with one warning each.
     */
    public static RetryPolicy speechToText(ConfigSource config) {
        var d = defaults();
        String attemptsKey = sttSetting(config, ConfigKeys.STT_MAX_ATTEMPTS);
        String delayKey = sttSetting(config, ConfigKeys.STT_RETRY_DELAY);
        return new RetryPolicy(
                attempts(attemptsKey, config.getInt(attemptsKey, d.maxAttempts())),
                delay(delayKey, config.getDuration(delayKey, d.initialDelay())),
                d.maxDelay(),
                config.getDuration(ConfigKeys.STT_MAX_TIME, Duration.ofMinutes(5)));
    }

    /** The key that holds a speech-to-text retry setting: the new one, else a deprecated one that is set. */
    private static String sttSetting(ConfigSource config, String key) {
        if (config.get(key).isPresent()) {
            return key;
        }
        for (var old : DEPRECATED_STT_KEYS.entrySet()) {
            if (old.getValue().equals(key) && config.get(old.getKey()).isPresent()) {
                if (WARNED.add(old.getKey())) {
                    LOG.warn("Setting '{}' is deprecated and will be removed; use '{}' (it applies to every "
                            + "speech-to-text provider)", old.getKey(), key);
                }
                return old.getKey();
            }
        }
        return key;
    }

    private static int attempts(String key, int value) {
        if (value < 1) {
            throw new ConfigurationException("Setting '" + key + "' is " + value + " but must be at least 1");
        }
        return value;
    }

    private static Duration delay(String key, Duration value) {
        if (value.isNegative()) {
            throw new ConfigurationException("Setting '" + key + "' is " + value + " but must not be negative");
        }
        return value;
    }

    /** The delay before retry number {@code retry} (1 for the first retry), before jitter. */
    Duration backoff(int retry) {
        long millis = initialDelay.toMillis() << Math.min(retry - 1, 20);
        return Duration.ofMillis(Math.min(millis, maxDelay.toMillis()));
    }

    /**
     * The delay before retry number {@code retry} with equal jitter: half the backoff plus a random share of the
     * other half. {@code random} returns a value from 0 to its bound inclusive.
     */
    Duration jittered(int retry, LongUnaryOperator random) {
        long max = backoff(retry).toMillis();
        return Duration.ofMillis(max / 2 + random.applyAsLong(max / 2));
    }

    /** In the order they are tried, so that when two old keys are set the same one wins every time. */
    private static Map<String, String> deprecatedSttKeys() {
        var keys = new LinkedHashMap<String, String>();
        keys.put("interview.gemini.max-attempts", ConfigKeys.STT_MAX_ATTEMPTS);
        keys.put("interview.gemini.retry-delay", ConfigKeys.STT_RETRY_DELAY);
        keys.put("interview.google-speech.max-attempts", ConfigKeys.STT_MAX_ATTEMPTS);
        return Collections.unmodifiableMap(keys);
    }
}
