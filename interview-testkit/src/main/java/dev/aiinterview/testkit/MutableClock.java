package dev.aiinterview.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock a test moves by hand, in UTC: give it to the code under test instead of the system clock, then
 * {@link #advance} it past a deadline, a window or a retry delay without waiting. Safe to read from other threads.
 */
public final class MutableClock extends Clock {

    private volatile Instant now;

    private MutableClock(Instant start) {
        this.now = start;
    }

    /** A clock standing at {@code start}. */
    public static MutableClock at(Instant start) {
        return new MutableClock(start);
    }

    /** A clock standing at {@code start}, written as ISO-8601 such as {@code 2026-01-01T10:00:00Z}. */
    public static MutableClock at(String start) {
        return at(Instant.parse(start));
    }

    /** Moves the clock forward. */
    public void advance(Duration by) {
        now = now.plus(by);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }
}
