package dev.aiinterview.web.webhook;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aiinterview.web.storage.Database;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Writes events to the outbox, in the caller's transaction, and fans each out at once to the organization's
 * endpoints subscribed to it (one delivery row each): an endpoint added later does not get earlier events, and
 * the dispatcher only ever reads deliveries. An event no endpoint subscribes to is not written at all. The event's id is the {@code webhook-id} of all its deliveries.
 */
final class Outbox {

    static final String PENDING = "pending";
    static final String DELIVERED = "delivered";
    static final String FAILED = "failed";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Clock clock;

    Outbox(Clock clock) {
        this.clock = clock;
    }

    /** A new, empty {@code data} object for an event's payload. */
    static ObjectNode data() {
        return JSON.createObjectNode();
    }

    /**
     * Writes an event for every endpoint of the organization subscribed to its type.
     *
     * @param interviewId the ordering key: events of one interview are delivered to an endpoint in order; null for
     *                    events of no interview
     * @return the event's id (its {@code webhook-id}); empty when no endpoint subscribes to it, as then nothing is
     *         written
     */
    Optional<String> write(Database.Tx tx, String orgId, String interviewId, WebhookEvent type, ObjectNode data)
            throws SQLException {
        List<String> endpoints = tx.query("SELECT id FROM webhook_endpoint WHERE org_id = ? "
                + "AND (',' || events || ',') LIKE ?", rs -> rs.getString(1), orgId, "%," + type.type() + ",%");
        if (endpoints.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(writeFor(tx, orgId, interviewId, type, data, endpoints));
    }

    /** Writes an event for these endpoints only (a test event for one), whatever they subscribe to. */
    String writeFor(Database.Tx tx, String orgId, String interviewId, WebhookEvent type, ObjectNode data,
                    List<String> endpoints) throws SQLException {
        Instant now = clock.instant();
        String id = "msg_" + UUID.randomUUID().toString().replace("-", "");
        ObjectNode payload = JSON.createObjectNode();
        payload.put("type", type.type());
        payload.put("timestamp", DateTimeFormatter.ISO_INSTANT.format(now.truncatedTo(ChronoUnit.MILLIS)));
        payload.set("data", data);
        tx.update("INSERT INTO webhook_event (id, org_id, interview_id, type, payload, created_at) "
                + "VALUES (?, ?, ?, ?, ?, ?)", id, orgId, interviewId, type.type(), payload.toString(), now);
        long seq = tx.queryOne("SELECT seq FROM webhook_event WHERE id = ?", rs -> rs.getLong(1), id).orElseThrow();
        for (String endpoint : endpoints) {
            tx.update("INSERT INTO webhook_delivery (id, event_seq, endpoint_id, org_id, status, attempts, "
                    + "next_attempt_at, first_queued_at) VALUES (?, ?, ?, ?, ?, 0, ?, ?)",
                    UUID.randomUUID().toString(), seq, endpoint, orgId, PENDING, now, now);
        }
        return id;
    }
}
