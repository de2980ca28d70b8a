package dev.aiinterview.testkit;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * A scheduler for tests of retries: it records every delay it is asked for and runs the task at once, so a test
 * can assert the backoff without waiting for it. Pass it to {@code InterviewerBuilder.retryScheduler(...)}; shut
 * it down after the test.
 */
public final class InstantScheduler extends ScheduledThreadPoolExecutor {

    private final List<Duration> delays = new CopyOnWriteArrayList<>();

    /** One daemon thread runs the tasks. */
    public InstantScheduler() {
        super(1, r -> {
            Thread t = new Thread(r, "instant-scheduler");
            t.setDaemon(true);
            return t;
        });
    }

    /** The delays asked for so far, in order. */
    public List<Duration> delays() {
        return List.copyOf(delays);
    }

    @Override
    public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
        delays.add(Duration.ofNanos(unit.toNanos(delay)));
        return super.schedule(command, 0, TimeUnit.NANOSECONDS);
    }

    @Override
    public <V> ScheduledFuture<V> schedule(Callable<V> callable, long delay, TimeUnit unit) {
        delays.add(Duration.ofNanos(unit.toNanos(delay)));
        return super.schedule(callable, 0, TimeUnit.NANOSECONDS);
    }
}
