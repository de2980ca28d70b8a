package dev.aiinterview.web.invitation;

import dev.aiinterview.web.security.LoginSessions;
import dev.aiinterview.web.storage.Database;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the promise made to candidates: an interview, its answers, report and recordings are deleted once the
 * retention period has passed since it was created. Runs at start and then every six hours.
 */
public final class Retention implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Retention.class);
    /** How long after an erasure a late write (an answer or upload then in flight) is looked for on disk. */
    static final Duration LATE_WRITES = Duration.ofHours(1);

    private final InvitationRepository invitations;
    private final Invitations interviews;
    private final LoginSessions sessions;
    private final Database db;
    private final int days;
    private final Clock clock;
    /** The start of the last run; null before the first, which looks at every tombstone. */
    private volatile Instant lastRun;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "interview-retention");
        t.setDaemon(true);
        return t;
    });

    public Retention(InvitationRepository invitations, Invitations interviews, LoginSessions sessions, Database db, int days,
              Clock clock) {
        this.invitations = invitations;
        this.interviews = interviews;
        this.sessions = sessions;
        this.db = db;
        this.days = days;
        this.clock = clock;
    }

    public void schedule() {
        timer.scheduleWithFixedDelay(this::runSafely, 0, 6, TimeUnit.HOURS);
    }

    /** Deletes what is past the retention period; returns the number of interviews deleted. */
    public int run() {
        Instant started = clock.instant();
        Instant cutoff = started.minus(Duration.ofDays(days));
        int deleted = 0;
        for (var inv : invitations.createdBefore(cutoff)) {
            try {
                interviews.delete(inv.id());
                deleted++;
            } catch (RuntimeException e) {
                // One unreadable interview must not keep every later one past its retention period.
                LOG.error("Retention: could not delete interview {}; will retry on the next run", inv.id(), e);
            }
        }
        // A late write comes from work that was running at the erasure, which is bounded well under an hour.
        Instant previous = lastRun;
        int late = interviews.purgeErased(previous == null ? Instant.EPOCH : previous.minus(LATE_WRITES));
        if (late > 0) {
            LOG.info("Retention: deleted data written after the erasure of {} interview(s)", late);
        }
        // Sessions whose invitation is gone (deleted while an answer was still being processed).
        db.update("DELETE FROM interview_session WHERE updated_at < ? AND id NOT IN (SELECT session_id FROM invitation)",
                clock.instant().minus(Duration.ofDays(1)));
        // Webhook events (and their deliveries) of the same age: long past their retry window.
        db.update("DELETE FROM webhook_event WHERE created_at < ?", cutoff);
        sessions.purgeExpired();
        lastRun = started;
        if (deleted > 0) {
            LOG.info("Retention: deleted {} interview(s) older than {} days", deleted, days);
        }
        return deleted;
    }

    private void runSafely() {
        try {
            run();
        } catch (RuntimeException e) {
            LOG.warn("Retention run failed; will try again later", e);
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
