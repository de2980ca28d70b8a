package dev.aiinterview.web.webhook;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aiinterview.web.storage.Database;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * An organization's webhook endpoints and their deliveries: what the recruiter page and the REST API call. Every
 * method takes the organization's id; another organization's endpoint or delivery is not found.
 */
public final class Webhooks {

    /** An endpoint, without its secret. */
    public record Endpoint(String id, String url, Set<WebhookEvent> events, Instant createdAt) {}

    /** An endpoint just created, with its secret ({@code whsec_...}) to show once; {@link #toString()} leaves it out. */
    public record NewEndpoint(Endpoint endpoint, String secret) {
        @Override
        public String toString() {
            return "NewEndpoint[" + endpoint + "]";
        }
    }

    /**
     * A delivery of an event to an endpoint. {@code status} is pending, delivered or failed; {@code lastStatusCode}
     * null when no answer came; {@code nextAttemptAt} meaningful while pending.
     */
    public record Delivery(String id, String endpointId, String url, String messageId, String type,
                           String interviewId, String status, int attempts, Integer lastStatusCode, String lastError,
                           Instant queuedAt, Instant lastAttemptAt, Instant nextAttemptAt, Instant deliveredAt) {}

    /** Endpoints an organization may have. */
    public static final int MAX_ENDPOINTS = 20;

    /** An organization that has {@value #MAX_ENDPOINTS} endpoints already: a bad request, but not about the URL. */
    public static final class LimitReachedException extends IllegalArgumentException {
        LimitReachedException() {
            super("An organization has at most " + MAX_ENDPOINTS + " webhook endpoints: delete one first");
        }
    }

    private final SecureRandom random = new SecureRandom();
    private final Database db;
    private final Clock clock;
    private final Outbox outbox;
    private final boolean allowPrivate;

    Webhooks(Database db, Clock clock, Outbox outbox, boolean allowPrivate) {
        this.allowPrivate = allowPrivate;
        this.db = db;
        this.clock = clock;
        this.outbox = outbox;
    }

    /**
     * Adds an endpoint that receives these events from now on.
     *
     * @throws IllegalArgumentException for a URL that is not http(s), holds credentials, is too long or is a local
     *                                  or private address (unless the settings allow those); for no or
     *                                  unknown event names (the message lists the valid ones); and, as
     *                                  {@link LimitReachedException}, past {@value #MAX_ENDPOINTS} endpoints
     */
    public NewEndpoint create(String orgId, String url, Set<String> events) {
        String checked = EndpointUrl.check(url, allowPrivate);
        Set<WebhookEvent> subscribed = WebhookEvent.parse(events);
        byte[] key = new byte[24];
        random.nextBytes(key);
        String secret = Signature.SECRET_PREFIX + Base64.getEncoder().encodeToString(key);
        var endpoint = new Endpoint(UUID.randomUUID().toString(), checked, subscribed, clock.instant());
        db.inTransaction(tx -> {
            // The organization's row is locked first, so concurrent adds count one after another: the limit holds.
            if (tx.queryOne("SELECT id FROM organization WHERE id = ? FOR UPDATE", rs -> rs.getString(1), orgId)
                    .isEmpty()) {
                throw new IllegalStateException("No organization " + orgId);
            }
            long count = tx.queryOne("SELECT COUNT(*) FROM webhook_endpoint WHERE org_id = ?", rs -> rs.getLong(1),
                    orgId).orElse(0L);
            if (count >= MAX_ENDPOINTS) {
                throw new LimitReachedException();
            }
            return tx.update("INSERT INTO webhook_endpoint (id, org_id, url, events, secret, created_at) "
                    + "VALUES (?, ?, ?, ?, ?, ?)", endpoint.id(), orgId, checked, WebhookEvent.format(subscribed),
                    secret, endpoint.createdAt());
        });
        return new NewEndpoint(endpoint, secret);
    }

    /** The organization's endpoints, the newest first, without secrets. */
    public List<Endpoint> list(String orgId) {
        return db.query("SELECT id, url, events, created_at FROM webhook_endpoint WHERE org_id = ? "
                + "ORDER BY created_at DESC, id", Webhooks::endpoint, orgId);
    }

    /** An endpoint of the organization, without its secret. */
    public Optional<Endpoint> find(String orgId, String id) {
        return db.queryOne("SELECT id, url, events, created_at FROM webhook_endpoint WHERE org_id = ? AND id = ?",
                Webhooks::endpoint, orgId, id);
    }

    /** Deletes an endpoint and its deliveries; false if the organization has no such endpoint. */
    public boolean delete(String orgId, String id) {
        return db.inTransaction(tx -> {
            tx.update("DELETE FROM webhook_delivery WHERE endpoint_id IN "
                    + "(SELECT id FROM webhook_endpoint WHERE org_id = ? AND id = ?)", orgId, id);
            return tx.update("DELETE FROM webhook_endpoint WHERE org_id = ? AND id = ?", orgId, id) == 1;
        });
    }

    /**
     * Queues a {@code webhook.test} event for this one endpoint, whatever it subscribes to; returns the delivery's
     * id, or empty if the organization has no such endpoint.
     */
    public Optional<String> sendTest(String orgId, String id) {
        if (find(orgId, id).isEmpty()) {
            return Optional.empty();
        }
        ObjectNode data = Outbox.data();
        data.put("endpointId", id);
        return Optional.of(db.inTransaction(tx -> {
            String messageId = outbox.writeFor(tx, orgId, null, WebhookEvent.TEST, data, List.of(id));
            return tx.queryOne("SELECT d.id FROM webhook_delivery d JOIN webhook_event e ON e.seq = d.event_seq "
                    + "WHERE e.id = ?", rs -> rs.getString(1), messageId).orElseThrow();
        }));
    }

    /** The organization's most recent deliveries, the newest first, at most {@code limit}. */
    public List<Delivery> deliveries(String orgId, int limit) {
        return db.query(DELIVERIES + "WHERE d.org_id = ? ORDER BY e.seq DESC, d.id FETCH FIRST "
                + Math.max(1, Math.min(limit, 500)) + " ROWS ONLY", Webhooks::delivery, orgId);
    }

    /** A delivery of the organization. */
    public Optional<Delivery> delivery(String orgId, String id) {
        return db.queryOne(DELIVERIES + "WHERE d.org_id = ? AND d.id = ?", Webhooks::delivery, orgId, id);
    }

    /**
     * Sends a delivered or failed delivery again, now, with the same {@code webhook-id} (receivers that already
     * have it may drop it) and a new retry window. False if the organization has no such delivery or it is still
     * pending (it will be sent anyway).
     */
    public boolean resend(String orgId, String id) {
        Instant now = clock.instant();
        return db.update("UPDATE webhook_delivery SET status = 'pending', attempts = 0, next_attempt_at = ?, "
                + "first_queued_at = ?, delivered_at = NULL, claimed_until = NULL, claim_token = NULL "
                + "WHERE org_id = ? AND id = ? AND status <> 'pending'", now, now, orgId, id) == 1;
    }

    private static final String DELIVERIES = "SELECT d.id, d.endpoint_id, p.url, e.id AS message_id, e.type, "
            + "e.interview_id, d.status, d.attempts, d.last_status_code, d.last_error, d.first_queued_at, "
            + "d.last_attempt_at, d.next_attempt_at, d.delivered_at FROM webhook_delivery d "
            + "JOIN webhook_event e ON e.seq = d.event_seq JOIN webhook_endpoint p ON p.id = d.endpoint_id ";

    private static Endpoint endpoint(ResultSet rs) throws SQLException {
        return new Endpoint(rs.getString("id"), rs.getString("url"), WebhookEvent.read(rs.getString("events")),
                Database.instant(rs, "created_at"));
    }

    private static Delivery delivery(ResultSet rs) throws SQLException {
        Object code = rs.getObject("last_status_code");
        return new Delivery(rs.getString("id"), rs.getString("endpoint_id"), rs.getString("url"),
                rs.getString("message_id"), rs.getString("type"), rs.getString("interview_id"), rs.getString("status"),
                rs.getInt("attempts"), code == null ? null : ((Number) code).intValue(), rs.getString("last_error"),
                Database.instant(rs, "first_queued_at"), Database.instant(rs, "last_attempt_at"),
                Database.instant(rs, "next_attempt_at"), Database.instant(rs, "delivered_at"));
    }
}
