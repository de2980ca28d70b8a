package dev.aiinterview.web.webhook;

import dev.aiinterview.web.storage.Database;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Claims due deliveries and records their outcome: the whole of the dispatcher's bookkeeping, so a work queue can
 * take over the loop around it. A claim is a lease ({@code claimed_until}) taken by an update that matches only an
 * unclaimed or lapsed row, so two nodes never send one delivery at once, and a node killed mid-send leaves a lease
 * that lapses and the delivery is sent again, with the same {@code webhook-id} (at least once). A delivery waits
 * while an earlier event of its interview is still pending for its endpoint (in order per interview per endpoint).
 */
final class DeliveryQueue {

    /** A claimed delivery, with what sending it needs; {@code claim} proves the lease when completing. */
    record Claimed(String id, String claim, String messageId, String payload, String url, String secret,
                   int attempts, Instant queuedAt) {
        @Override
        public String toString() {
            return "Claimed[" + id + ", " + messageId + " to " + url + "]";
        }
    }

    private static final String DUE = "SELECT d.id FROM webhook_delivery d JOIN webhook_event e ON e.seq = d.event_seq "
            + "WHERE d.status = 'pending' AND d.next_attempt_at <= ? AND (d.claimed_until IS NULL OR d.claimed_until < ?) "
            + "AND NOT EXISTS (SELECT 1 FROM webhook_delivery d2 JOIN webhook_event e2 ON e2.seq = d2.event_seq "
            + "WHERE d2.endpoint_id = d.endpoint_id AND d2.status = 'pending' AND e2.interview_id = e.interview_id "
            + "AND e2.seq < e.seq) ORDER BY e.seq FETCH FIRST ";

    private final Database db;
    private final Clock clock;
    private final RetrySchedule schedule;
    private final Duration lease;

    DeliveryQueue(Database db, Clock clock, RetrySchedule schedule, Duration lease) {
        this.db = db;
        this.clock = clock;
        this.schedule = schedule;
        this.lease = lease;
    }

    /** Claims up to {@code max} due deliveries, the oldest events first. */
    List<Claimed> claim(int max) {
        Instant now = clock.instant();
        List<String> due = db.query(DUE + max + " ROWS ONLY", rs -> rs.getString(1), now, now);
        var claimed = new ArrayList<Claimed>();
        for (String id : due) {
            String token = UUID.randomUUID().toString();
            int rows = db.update("UPDATE webhook_delivery SET claimed_until = ?, claim_token = ? WHERE id = ? "
                    + "AND status = 'pending' AND (claimed_until IS NULL OR claimed_until < ?)",
                    now.plus(lease), token, id, now);
            if (rows == 1) {
                db.queryOne("SELECT d.id, e.id, e.payload, p.url, p.secret, d.attempts, d.first_queued_at "
                        + "FROM webhook_delivery d JOIN webhook_event e ON e.seq = d.event_seq "
                        + "JOIN webhook_endpoint p ON p.id = d.endpoint_id WHERE d.id = ?",
                        rs -> new Claimed(rs.getString(1), token, rs.getString(2), rs.getString(3), rs.getString(4),
                                rs.getString(5), rs.getInt(6), Database.instant(rs, "first_queued_at")), id)
                        .ifPresent(claimed::add);
            }
        }
        return claimed;
    }

    /** The receiver acknowledged the delivery (a 2xx answer). False if the lease was lost meanwhile. */
    boolean delivered(Claimed d, int statusCode) {
        Instant now = clock.instant();
        return db.update("UPDATE webhook_delivery SET status = 'delivered', attempts = attempts + 1, delivered_at = ?, "
                + "last_attempt_at = ?, last_status_code = ?, last_error = NULL, claimed_until = NULL, claim_token = NULL "
                + "WHERE id = ? AND claim_token = ?", now, now, statusCode, d.id(), d.claim()) == 1;
    }

    /**
     * The attempt failed ({@code statusCode} null when no answer came): the delivery is due again later, or failed
     * for good once its retry window is over. False if the lease was lost meanwhile.
     */
    boolean attemptFailed(Claimed d, Integer statusCode, String error) {
        Instant now = clock.instant();
        Optional<Instant> next = schedule.next(d.attempts() + 1, d.queuedAt(), now);
        String reason = error.length() > 500 ? error.substring(0, 500) : error;
        return db.update("UPDATE webhook_delivery SET status = ?, attempts = attempts + 1, next_attempt_at = ?, "
                + "last_attempt_at = ?, last_status_code = ?, last_error = ?, claimed_until = NULL, claim_token = NULL "
                + "WHERE id = ? AND claim_token = ?", next.isPresent() ? Outbox.PENDING : Outbox.FAILED,
                next.orElse(now), now, statusCode, reason, d.id(), d.claim()) == 1;
    }
}
