package dev.aiinterview.web.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Slows password guessing: after too many failed sign-ins from one address, further attempts wait. */
public final class LoginThrottle {

    private static final int MAX_FAILURES = 10;
    private static final Duration WINDOW = Duration.ofMinutes(15);

    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    public LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /**
     * Counts a sign-in attempt from this address before its password is checked, so parallel guesses cannot all
     * slip through while the slow hash runs; returns the seconds to wait, 0 when the attempt may go ahead. A
     * successful sign-in clears the count ({@link #succeeded}).
     */
    long attempt(String address) {
        Deque<Instant> recent = failures.computeIfAbsent(address, a -> new ArrayDeque<>());
        synchronized (recent) {
            prune(recent);
            if (recent.size() >= MAX_FAILURES) {
                return Math.max(1, Duration.between(clock.instant(), recent.peekFirst().plus(WINDOW)).toSeconds());
            }
            recent.addLast(clock.instant());
            return 0;
        }
    }

    void succeeded(String address) {
        failures.remove(address);
    }

    private void prune(Deque<Instant> recent) {
        Instant cutoff = clock.instant().minus(WINDOW);
        while (!recent.isEmpty() && recent.peekFirst().isBefore(cutoff)) {
            recent.removeFirst();
        }
    }
}
