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
     */
    public record Invitation(String id, String planId, String sessionId, String candidate, String roleTitle,
                      Instant createdAt, Instant expiresAt, Instant consentedAt, String status, Instant declinedAt,
                      String declineMessage) {

        /** Whether the candidate declined the interview: the link then cannot be used to answer. */
        public boolean declined() {
            return declinedAt != null;
        }

        public boolean expired(Instant now) {
            return now.isAfter(expiresAt);
        }
    }

    private static final String SELECT = "SELECT i.id, i.plan_id, i.session_id, i.candidate, i.role_title, "
            + "i.created_at, i.expires_at, i.consented_at, s.status, i.declined_at, i.decline_message FROM invitation i "
            + "LEFT JOIN interview_session s ON s.id = i.session_id ";

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
                + "WHERE i.expires_at < ? AND i.expired_at IS NULL AND i.declined_at IS NULL AND (s.status IS NULL "
                + "OR s.status NOT IN ('COMPLETED', 'ABANDONED')) ORDER BY i.expires_at FETCH FIRST " + limit
                + " ROWS ONLY", rs -> rs.getString(1), now);
        int marked = 0;
        for (String id : due) {
            marked += db.inTransaction(tx -> {
                // Only one sweep (of one node) marks it: the update is the claim.
                if (tx.update("UPDATE invitation SET expired_at = ? WHERE id = ? AND expired_at IS NULL "
                        + "AND expires_at < ?", now, id, now) != 1) {
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
        return new Invitation(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                Database.instant(rs, "created_at"), Database.instant(rs, "expires_at"),
                Database.instant(rs, "consented_at"), rs.getString(9), Database.instant(rs, "declined_at"),
                rs.getString(11) == null ? "" : rs.getString(11));
    }
}
