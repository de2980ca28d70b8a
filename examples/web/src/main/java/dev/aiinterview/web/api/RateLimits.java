package dev.aiinterview.web.api;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Requests per minute per API key, as token buckets (Bucket4j): a key may burst up to its minute's allowance, then
 * gets one request back every {@code 60 / perMinute} seconds.
 *
 * <p>The buckets live in this server's memory: behind several servers each allows the full rate, and a restart
 * refills them. Sharing them through the database is issue 13's work. The Greenhouse routes take from the same
 * buckets, so a key has one allowance whichever door it uses.
 */
public final class RateLimits {

    private final long perMinute;
    /** One small bucket per key that made a request; keys are few (created by hand), so this stays small. */
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    /** Buckets of {@code perMinute} requests a minute per key. */
    public RateLimits(long perMinute) {
        if (perMinute < 1) {
            throw new IllegalArgumentException("Requests per minute must be at least 1");
        }
        this.perMinute = perMinute;
    }

    /** Takes one request from the key's allowance: empty when allowed, else the seconds to wait. */
    public OptionalLong take(String keyId) {
        Bucket bucket = buckets.computeIfAbsent(keyId, k -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1))
                        .build())
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return OptionalLong.empty();
        }
        long seconds = Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
        return OptionalLong.of(seconds);
    }

    /** The requests a key may make in a minute. */
    public long perMinute() {
        return perMinute;
    }
}
