package dev.aiinterview.web.webhook;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aiinterview.api.SessionState;
import dev.aiinterview.api.SessionStatus;
import dev.aiinterview.web.invitation.InvitationRepository;
import dev.aiinterview.web.storage.Database;
import dev.aiinterview.web.storage.SessionTransitions;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns what happens to an interview into outbox events, in the transaction of the change: consent
 * ({@code interview.started}), decline, expiry, the session reaching COMPLETED and its report being written.
 * {@link #data} builds every event's {@code data}: add a field there and every event carries it. A cancelled or
 * erased interview emits nothing more.
 */
public final class InterviewEvents implements SessionTransitions, InvitationRepository.Changes {

    private final Outbox outbox;

    InterviewEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void changed(Database.Tx tx, Kind kind, String invitationId) throws SQLException {
        Optional<Row> row = tx.queryOne(Row.SELECT + "WHERE i.id = ?" + Row.LOCK, Row::map, invitationId);
        if (row.isEmpty() || row.get().closed()) {
            return;
        }
        switch (kind) {
            case CONSENTED -> write(tx, row.get(), WebhookEvent.INTERVIEW_STARTED, "started");
            case DECLINED -> write(tx, row.get(), WebhookEvent.INTERVIEW_DECLINED, "declined");
            case EXPIRED -> write(tx, row.get(), WebhookEvent.INTERVIEW_EXPIRED, "expired");
        }
    }

    @Override
    public void saving(Database.Tx tx, SessionStatus before, boolean reportBefore, SessionState after)
            throws SQLException {
        boolean completed = after.status() == SessionStatus.COMPLETED && before != SessionStatus.COMPLETED;
        boolean reported = after.report() != null && !reportBefore;
        if (!completed && !reported) {
            return;
        }
        // A session without an invitation (none is made outside one today) has nobody to tell.
        Optional<Row> row = tx.queryOne(Row.SELECT + "WHERE i.session_id = ?" + Row.LOCK, Row::map, after.id());
        if (row.isEmpty() || row.get().closed()) {
            return;
        }
        String status = after.status().name().toLowerCase(Locale.ROOT);
        if (completed) {
            write(tx, row.get(), WebhookEvent.INTERVIEW_COMPLETED, status);
        }
        if (reported) {
            write(tx, row.get(), WebhookEvent.REPORT_READY, status);
        }
    }

    private void write(Database.Tx tx, Row row, WebhookEvent type, String status) throws SQLException {
        outbox.write(tx, row.orgId(), row.id(), type, data(row, status));
    }

    /** The {@code data} of an interview's event. */
    private static ObjectNode data(Row row, String status) {
        ObjectNode data = Outbox.data();
        data.put("interviewId", row.id());
        data.put("jobId", row.planId());
        if (row.externalId() == null) {
            data.putNull("externalId");
        } else {
            data.put("externalId", row.externalId());
        }
        data.put("status", status);
        return data;
    }

    /**
     * What an event says of its invitation, and whether the interview was cancelled or erased (it then says nothing
     * more: late work on its session, a late consent, emit no event).
     */
    private record Row(String id, String orgId, String planId, String externalId, boolean closed) {
        static final String SELECT = "SELECT i.id, i.org_id, i.plan_id, i.external_id, "
                + "CASE WHEN i.cancelled_at IS NULL AND i.erased_at IS NULL THEN 0 ELSE 1 END FROM invitation i ";
        /**
         * The invitation's row is locked until the event commits: the events of one interview are written one
         * transaction after the other, so their order (seq) is the order they commit in, and a cancellation or
         * erasure is either seen here or waits for this transaction.
         */
        static final String LOCK = " FOR UPDATE";

        static Row map(java.sql.ResultSet rs) throws SQLException {
            return new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5) == 1);
        }
    }
}
