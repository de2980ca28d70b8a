package dev.aiinterview.web.invitation;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the links that expired unused or unfinished and records each once (with its {@code interview.expired}
 * event, in the same transaction): an expiry is a moment nobody acts at, so something has to notice it.
 */
public final class ExpirySweep implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ExpirySweep.class);
    /** Invitations marked per transaction batch, so one run's work is bounded. */
    private static final int BATCH = 200;

    private final InvitationRepository invitations;
    private final Clock clock;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "interview-expiry");
        t.setDaemon(true);
        return t;
    });

    public ExpirySweep(InvitationRepository invitations, Clock clock) {
        this.invitations = invitations;
        this.clock = clock;
    }

    /** Runs the sweep now and then every {@code every}. */
    public void schedule(Duration every) {
        timer.scheduleWithFixedDelay(this::runSafely, 0, every.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Marks what expired since the last run; returns how many invitations were marked. */
    public int run() {
        int total = 0;
        int marked;
        do {
            marked = invitations.markExpired(clock.instant(), BATCH);
            total += marked;
        } while (marked == BATCH);
        if (total > 0) {
            LOG.info("{} interview link(s) expired unused or unfinished", total);
        }
        return total;
    }

    private void runSafely() {
        try {
            run();
        } catch (RuntimeException e) {
            LOG.warn("Expiry sweep failed; will try again later", e);
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
