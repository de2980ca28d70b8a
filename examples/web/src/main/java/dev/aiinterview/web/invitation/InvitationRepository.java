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

    private final Database db;

    public InvitationRepository(Database db) {
        this.db = db;
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
    void rotate(String id, String tokenHash, Instant expiresAt) {
        db.update("UPDATE invitation SET token_hash = ?, expires_at = ? WHERE id = ?", tokenHash, expiresAt, id);
    }

    public void consented(String id, Instant at, String noticeVersion) {
        db.update("UPDATE invitation SET consented_at = ?, consent_notice = ? WHERE id = ? AND consented_at IS NULL",
                at, noticeVersion, id);
    }

    /** The version of the notice the candidate of a session consented to; empty before the consent. */
    public Optional<String> consentNoticeOfSession(String sessionId) {
        return db.queryOne("SELECT COALESCE(consent_notice, '') FROM invitation WHERE session_id = ?",
                rs -> rs.getString(1), sessionId).filter(notice -> !notice.isEmpty());
    }

    /** Records the candidate's decline once; a second one (a retried request) changes nothing. */
    public void declined(String id, Instant at, String message) {
        db.update("UPDATE invitation SET declined_at = ?, decline_message = ? WHERE id = ? AND declined_at IS NULL",
                at, message, id);
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
