package dev.aiinterview.web.invitation;

import dev.aiinterview.web.storage.Database;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Invitations: one candidate, one link (stored as a hash), one interview session. */
public final class InvitationRepository {

    /**
     * An invitation; {@code status} is the session's status from the store. {@code declinedAt} is set when the
     * candidate declined the interview, with their optional {@code declineMessage} ("" when they left none).
     * {@code email} and {@code externalId} are what an API client told about the candidate (null when not);
     * {@code cancelledAt} is set when the client cancelled the interview, {@code erasedAt} when it was erased.
     */
    public record Invitation(String id, String planId, String sessionId, String candidate, String roleTitle,
                      Instant createdAt, Instant expiresAt, Instant consentedAt, String status, Instant declinedAt,
                      String declineMessage, String email, String externalId, Instant cancelledAt, Instant erasedAt,
                      String erasureReceipt) {

        /** Whether the link was closed by a cancellation or an erasure: it then answers 410 to the candidate. */
        public boolean closed() {
            return cancelledAt != null || erasedAt != null;
        }

        /** Whether the candidate declined the interview: the link then cannot be used to answer. */
        public boolean declined() {
            return declinedAt != null;
        }

        public boolean expired(Instant now) {
            return now.isAfter(expiresAt);
        }
    }

    private static final String SELECT = "SELECT i.id, i.plan_id, i.session_id, i.candidate, i.role_title, "
            + "i.created_at, i.expires_at, i.consented_at, s.status, i.declined_at, i.decline_message, i.email, "
            + "i.external_id, i.cancelled_at, i.erased_at, i.erasure_receipt FROM invitation i "
            + "LEFT JOIN interview_session s ON s.id = i.session_id ";

    /**
     * The interview's status as the API names it, in SQL (the one definition, for lists, filters and single
     * interviews alike); its one parameter is the current time.
     */
    static final String API_STATUS = "CASE WHEN i.erased_at IS NOT NULL THEN 'erased' "
            + "WHEN i.cancelled_at IS NOT NULL THEN 'cancelled' "
            + "WHEN i.declined_at IS NOT NULL THEN 'declined' "
            + "WHEN s.status = 'COMPLETED' THEN 'completed' "
            + "WHEN s.status = 'ABANDONED' THEN 'cancelled' "
            + "WHEN i.expires_at < ? THEN 'expired' "
            + "WHEN s.status IN ('CONSENTED', 'IN_PROGRESS') THEN 'in_progress' "
            + "ELSE 'invited' END";

    /** What the API's list of interviews may be filtered by; null fields do not filter. */
    public record Filter(String planId, String status, String externalId) {}

    /** An invitation and its status as the API names it. */
    public record Listed(Invitation invitation, String apiStatus) {}

    /**
     * Told of a candidate's consent or decline and of a link found expired, in the transaction that records it:
     * what it writes (an outbox row) commits with the change or not at all. Called once per change.
     */
    public interface Changes {

        /** Listens to nothing. */
        Changes NONE = (tx, kind, invitationId) -> { };

        /** What happened to an invitation. */
        enum Kind { CONSENTED, DECLINED, EXPIRED }

        void changed(Database.Tx tx, Kind kind, String invitationId) throws SQLException;
    }

    private final Database db;
    private final Changes changes;

    public InvitationRepository(Database db) {
        this(db, Changes.NONE);
    }

    /** Invitations in this database that tell {@code changes} of consents, declines and expiries. */
    public InvitationRepository(Database db, Changes changes) {
        this.db = db;
        this.changes = changes;
    }

    void create(String id, String tokenHash, String planId, String sessionId, String candidate, String roleTitle,
                Instant createdAt, Instant expiresAt) {
        // The invitation belongs to its plan's organization: taken from the plan row, it cannot differ.
        int rows = db.update("INSERT INTO invitation (id, org_id, token_hash, plan_id, session_id, candidate, role_title, "
                + "created_at, expires_at) SELECT ?, p.org_id, ?, p.id, ?, ?, ?, ?, ? FROM interview_plan p WHERE p.id = ?",
                id, tokenHash, sessionId, candidate, roleTitle, createdAt, expiresAt, planId);
        if (rows != 1) {
            throw new IllegalStateException("No plan " + planId + " to invite to");
        }
    }

    public Optional<Invitation> byTokenHash(String tokenHash) {
        return db.queryOne(SELECT + "WHERE i.token_hash = ?", InvitationRepository::map, tokenHash);
    }

    Optional<Invitation> byId(String id) {
        return db.queryOne(SELECT + "WHERE i.id = ?", InvitationRepository::map, id);
    }

    /** An invitation of an organization: another organization's invitation is not found. */
    public Optional<Invitation> find(String orgId, String id) {
        return db.queryOne(SELECT + "WHERE i.org_id = ? AND i.id = ?", InvitationRepository::map, orgId, id);
    }

    /** An invitation of an organization with its API status (see {@link #API_STATUS}) at {@code now}. */
    public Optional<Listed> findListed(String orgId, String id, Instant now) {
        return db.queryOne("SELECT * FROM (" + SELECT.replace("SELECT ", "SELECT " + API_STATUS + " AS api_status, ")
                + "WHERE i.org_id = ? AND i.id = ?) x", InvitationRepository::listed, now, orgId, id);
    }

    /**
     * A page of an organization's invitations, the newest first, ordered by (created_at, id); {@code afterAt} /
     * {@code afterId} is the last of the previous page (null: the first page).
     */
    public List<Listed> page(String orgId, Filter filter, Instant afterAt, String afterId, int limit, Instant now) {
        var where = new StringBuilder("WHERE org_id = ?");
        var args = new java.util.ArrayList<Object>(List.of(now, orgId));
        if (filter.planId() != null) {
            where.append(" AND plan_id = ?");
            args.add(filter.planId());
        }
        if (filter.status() != null) {
            where.append(" AND api_status = ?");
            args.add(filter.status());
        }
        if (filter.externalId() != null) {
            where.append(" AND external_id = ?");
            args.add(filter.externalId());
        }
        if (afterAt != null) {
            where.append(" AND (created_at < ? OR (created_at = ? AND id < ?))");
            args.add(afterAt);
            args.add(afterAt);
            args.add(afterId);
        }
        return db.query("SELECT * FROM (" + SELECT.replace("SELECT ", "SELECT " + API_STATUS + " AS api_status, "
                + "i.org_id, ") + ") x " + where + " ORDER BY created_at DESC, id DESC FETCH FIRST " + limit
                + " ROWS ONLY", InvitationRepository::listed, args.toArray());
    }

    /** Stores what an API client told about the candidate. */
    void contact(String id, String email, String externalId) {
        db.update("UPDATE invitation SET email = ?, external_id = ? WHERE id = ?", email, externalId, id);
    }

    /** Closes the link of an interview cancelled by the client; a second cancellation keeps the first time. */
    void cancelled(String id, Instant at) {
        db.update("UPDATE invitation SET cancelled_at = ? WHERE id = ? AND cancelled_at IS NULL", at, id);
    }

    /**
     * Leaves the tombstone of an erased interview, once: no personal data, the receipt kept for a repeated erasure.
     * In the same transaction it blanks what else holds the candidate's data: the Greenhouse mapping (email,
     * profile URL, Greenhouse's ids, the callback and its credential; it is marked given up, so nothing is sent
     * back), the interview's webhook events with their deliveries (their payload carries the client's id of the
     * candidate), and the API's stored idempotent answers about the interview (they hold the name, email and the
     * link shown once). Returns false, changing nothing, when another erasure came first.
     */
    boolean erased(String id, Instant at, String receipt) {
        return db.inTransaction(tx -> {
            if (tx.update("UPDATE invitation SET erased_at = ?, erasure_receipt = ?, candidate = '', email = NULL, "
                    + "external_id = NULL, decline_message = NULL WHERE id = ? AND erased_at IS NULL", at, receipt,
                    id) != 1) {
                return false;
            }
            // Greenhouse's claim of the send holds its application id (or a hash of the profile URL): it goes too.
            tx.update("DELETE FROM greenhouse_send WHERE EXISTS (SELECT 1 FROM greenhouse_interview g "
                    + "WHERE g.invitation_id = ? AND g.org_id = greenhouse_send.org_id "
                    + "AND g.partner_test_id = greenhouse_send.partner_test_id "
                    + "AND g.application_key = greenhouse_send.application_key)", id);
            // application_key is unique per organization and test: the invitation's id keeps it so.
            tx.update("UPDATE greenhouse_interview SET email = '', profile_url = '', application_key = ?, "
                    + "gh_candidate_id = NULL, gh_application_id = NULL, callback_url = '', callback_auth = NULL, "
                    + "callback_last_error = NULL, gave_up_at = COALESCE(gave_up_at, ?) WHERE invitation_id = ?",
                    "erased:" + id, at, id);
            tx.update("DELETE FROM webhook_delivery WHERE event_seq IN "
                    + "(SELECT seq FROM webhook_event WHERE interview_id = ?)", id);
            tx.update("DELETE FROM webhook_event WHERE interview_id = ?", id);
            // The API stores the resource an answer is about (Location, else Content-Location) with the answer.
            tx.update("DELETE FROM api_idempotency WHERE location = ?", "/api/v1/interviews/" + id);
            return true;
        });
    }

    /**
     * The sessions of erased interviews (tombstones until their retention period ends) that may hold something
     * written after the erasure: those with a session or recording row again, found in one query however many
     * tombstones there are, and every one erased since {@code recentSince}, whose media folder a late upload may
     * have written before its row.
     */
    List<String> erasedSessionsToPurge(Instant recentSince) {
        return db.query("SELECT i.session_id FROM invitation i WHERE i.erased_at IS NOT NULL AND (i.erased_at >= ? "
                + "OR EXISTS (SELECT 1 FROM interview_session s WHERE s.id = i.session_id) "
                + "OR EXISTS (SELECT 1 FROM media m WHERE m.session_id = i.session_id))", rs -> rs.getString(1),
                recentSince);
    }

    /** The invitation of an interview session, if it belongs to the organization. */
    public Optional<Invitation> findBySession(String orgId, String sessionId) {
        return db.queryOne(SELECT + "WHERE i.org_id = ? AND i.session_id = ?", InvitationRepository::map, orgId,
                sessionId);
    }

    /** The invitations of an organization, the newest first. */
    public List<Invitation> list(String orgId) {
        return db.query(SELECT + "WHERE i.org_id = ? ORDER BY i.created_at DESC", InvitationRepository::map, orgId);
    }

    /** Invitations created before a time: candidates for deletion under the retention period. */
    List<Invitation> createdBefore(Instant cutoff) {
        return db.query(SELECT + "WHERE i.created_at < ?", InvitationRepository::map, cutoff);
    }

    public long countForPlan(String planId) {
        return db.queryOne("SELECT COUNT(*) FROM invitation WHERE plan_id = ?", rs -> rs.getLong(1), planId)
                .orElse(0L);
    }

    /** Replaces the link: the old one stops working. */
    /** Replaces the link: the old one stops working; a link that had expired may expire (and be told) again. */
    void rotate(String id, String tokenHash, Instant expiresAt) {
        db.update("UPDATE invitation SET token_hash = ?, expires_at = ?, expired_at = NULL WHERE id = ?", tokenHash,
                expiresAt, id);
    }

    /** Records the candidate's consent once; a second one (a retried request) changes nothing. */
    public void consented(String id, Instant at, String noticeVersion) {
        db.inTransaction(tx -> {
            if (tx.update("UPDATE invitation SET consented_at = ?, consent_notice = ? WHERE id = ? "
                    + "AND consented_at IS NULL", at, noticeVersion, id) == 1) {
                changes.changed(tx, Changes.Kind.CONSENTED, id);
            }
            return null;
        });
    }

    /** The version of the notice the candidate of a session consented to; empty before the consent. */
    public Optional<String> consentNoticeOfSession(String sessionId) {
        return db.queryOne("SELECT COALESCE(consent_notice, '') FROM invitation WHERE session_id = ?",
                rs -> rs.getString(1), sessionId).filter(notice -> !notice.isEmpty());
    }

    /** Records the candidate's decline once; a second one (a retried request) changes nothing. */
    public void declined(String id, Instant at, String message) {
        db.inTransaction(tx -> {
            if (tx.update("UPDATE invitation SET declined_at = ?, decline_message = ? WHERE id = ? "
                    + "AND declined_at IS NULL", at, message, id) == 1) {
                changes.changed(tx, Changes.Kind.DECLINED, id);
            }
            return null;
        });
    }

    /**
     * Marks the invitations whose link expired before {@code now} unused or unfinished (not declined, the session
     * neither completed nor abandoned), each once, in its own transaction with what {@link Changes} writes; at most
     * {@code limit} per call. Returns how many were marked.
     */
    public int markExpired(Instant now, int limit) {
        List<String> due = db.query("SELECT i.id FROM invitation i LEFT JOIN interview_session s ON s.id = i.session_id "
                + "WHERE i.expires_at < ? AND i.expired_at IS NULL AND i.declined_at IS NULL AND i.cancelled_at IS NULL "
                + "AND i.erased_at IS NULL AND (s.status IS NULL "
                + "OR s.status NOT IN ('COMPLETED', 'ABANDONED')) ORDER BY i.expires_at FETCH FIRST " + limit
                + " ROWS ONLY", rs -> rs.getString(1), now);
        int marked = 0;
        for (String id : due) {
            marked += db.inTransaction(tx -> {
                // The row lock first: a completion, decline, cancellation or erasure that began meanwhile has
                // committed when it is granted (or waits for this one), and the update below, a new statement,
                // sees it. Only one sweep (of one node) marks it: the update, with every condition, is the claim.
                tx.queryOne("SELECT id FROM invitation WHERE id = ? FOR UPDATE", rs -> rs.getString(1), id);
                if (tx.update("UPDATE invitation SET expired_at = ? WHERE id = ? AND expired_at IS NULL "
                        + "AND expires_at < ? AND declined_at IS NULL AND cancelled_at IS NULL AND erased_at IS NULL "
                        + "AND NOT EXISTS (SELECT 1 FROM interview_session s WHERE s.id = invitation.session_id "
                        + "AND s.status IN ('COMPLETED', 'ABANDONED'))", now, id, now) != 1) {
                    return 0;
                }
                changes.changed(tx, Changes.Kind.EXPIRED, id);
                return 1;
            });
        }
        return marked;
    }

    void delete(String id) {
        db.update("DELETE FROM invitation WHERE id = ?", id);
    }

    private static Invitation map(ResultSet rs) throws SQLException {
        return new Invitation(rs.getString("id"), rs.getString("plan_id"), rs.getString("session_id"),
                rs.getString("candidate"), rs.getString("role_title"),
                Database.instant(rs, "created_at"), Database.instant(rs, "expires_at"),
                Database.instant(rs, "consented_at"), rs.getString("status"), Database.instant(rs, "declined_at"),
                rs.getString("decline_message") == null ? "" : rs.getString("decline_message"),
                rs.getString("email"), rs.getString("external_id"), Database.instant(rs, "cancelled_at"),
                Database.instant(rs, "erased_at"), rs.getString("erasure_receipt"));
    }

    private static Listed listed(ResultSet rs) throws SQLException {
        return new Listed(map(rs), rs.getString("api_status"));
    }
}
