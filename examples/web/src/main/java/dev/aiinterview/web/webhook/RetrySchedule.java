package dev.aiinterview.web.webhook;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * When a failed delivery is tried again: after 1, 6, 24, 120, 360 and 720 times the first delay (5 s, 30 s, 2 min,
 * 10 min, 30 min, 1 h by default), then every 1800 times it (2.5 h), each moved up to 10% either way so receivers coming
 * back are not hit by every sender at once; never past the window since the delivery was queued.
 */
final class RetrySchedule {

    private static final long[] STEPS = {1, 6, 24, 120, 360, 720};
    private static final long LATER = 1800;

    private final Duration first;
    private final Duration window;

    RetrySchedule(Duration first, Duration window) {
        this.first = first;
        this.window = window;
    }

    /**
     * The next attempt after {@code attempts} failed ones, or empty when the window since {@code queuedAt} is over
     * (the delivery then fails for good).
     */
    Optional<Instant> next(int attempts, Instant queuedAt, Instant now) {
        Instant end = queuedAt.plus(window);
        if (!now.isBefore(end)) {
            return Optional.empty();
        }
        long factor = attempts <= STEPS.length ? STEPS[Math.max(attempts, 1) - 1] : LATER;
        long millis = first.toMillis() * factor;
        long jitter = ThreadLocalRandom.current().nextLong(millis / 5 + 1);
        Instant next = now.plusMillis(millis - millis / 10 + jitter);
        return Optional.of(next.isAfter(end) ? end : next);
    }
}
