package dev.aiinterview.web.partner.greenhouse;

import dev.aiinterview.web.storage.Database;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The {@code greenhouse_interview} table: which invitation answers which Greenhouse application and test, and the
 * due PATCH back to Greenhouse. Every lookup for Greenhouse's calls takes the organization.
 */
final class GreenhouseInterviews {

    /** A mapping; {@code callbackAuth} is left out of {@link #toString()}. */
    record Mapping(String invitationId, String orgId, String partnerTestId, String applicationKey,
                   String candidateId, String applicationId, String profileUrl, String email, Instant createdAt,
                   Instant mailSentAt, String callbackUrl, String callbackAuth, int callbackAttempts,
                   Instant patchedAt, Instant gaveUpAt) {

        @Override
        public String toString() {
            return "Mapping[invitation=" + invitationId + ", org=" + orgId + ", test=" + partnerTestId
                    + ", application=" + applicationKey + ", attempts=" + callbackAttempts + ", patchedAt="
                    + patchedAt + ", gaveUpAt=" + gaveUpAt + "]";
        }
    }

    private static final String COLUMNS = "invitation_id, org_id, partner_test_id, application_key, gh_candidate_id, "
            + "gh_application_id, profile_url, email, created_at, mail_sent_at, callback_url, callback_auth, "
            + "callback_attempts, patched_at, gave_up_at";

    private final Database db;

    GreenhouseInterviews(Database db) {
        this.db = db;
    }

    void create(Mapping m, Instant firstCallbackAt) {
        db.update("INSERT INTO greenhouse_interview (" + COLUMNS + ", callback_next_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, NULL, NULL, ?)",
                m.invitationId(), m.orgId(), m.partnerTestId(), m.applicationKey(), m.candidateId(),
                m.applicationId(), m.profileUrl(), m.email(), m.createdAt(), null, m.callbackUrl(), m.callbackAuth(),
                firstCallbackAt);
    }

    Optional<Mapping> find(String orgId, String invitationId) {
        return db.queryOne("SELECT " + COLUMNS + " FROM greenhouse_interview WHERE org_id = ? AND invitation_id = ?",
                GreenhouseInterviews::map, orgId, invitationId);
    }

    Optional<Mapping> findSent(String orgId, String partnerTestId, String applicationKey) {
        return db.queryOne("SELECT " + COLUMNS + " FROM greenhouse_interview WHERE org_id = ? AND partner_test_id = ? "
                + "AND application_key = ?", GreenhouseInterviews::map, orgId, partnerTestId, applicationKey);
    }

    void mailSent(String invitationId, Instant at) {
        db.update("UPDATE greenhouse_interview SET mail_sent_at = ? WHERE invitation_id = ?", at, invitationId);
    }

    /** The PATCHes whose interview is completed and whose next attempt is due, oldest first, at most {@code limit}. */
    List<Mapping> dueCallbacks(Instant now, int limit) {
        return db.query("SELECT g." + COLUMNS.replace(", ", ", g.") + " FROM greenhouse_interview g "
                        + "JOIN invitation i ON i.id = g.invitation_id "
                        + "JOIN interview_session s ON s.id = i.session_id "
                        + "WHERE g.patched_at IS NULL AND g.gave_up_at IS NULL AND s.status = 'COMPLETED' "
                        + "AND (g.callback_next_at IS NULL OR g.callback_next_at <= ?) "
                        + "ORDER BY g.created_at FETCH FIRST " + limit + " ROWS ONLY",
                GreenhouseInterviews::map, now);
    }

    /** The PATCH was accepted: the stored credential is erased. */
    void patched(String invitationId, Instant at) {
        db.update("UPDATE greenhouse_interview SET patched_at = ?, callback_auth = NULL, callback_last_error = NULL "
                + "WHERE invitation_id = ?", at, invitationId);
    }

    /** An attempt failed: the next one is due at {@code next}. */
    void failed(String invitationId, String error, Instant next) {
        db.update("UPDATE greenhouse_interview SET callback_attempts = callback_attempts + 1, callback_next_at = ?, "
                + "callback_last_error = ? WHERE invitation_id = ?", next, truncate(error, 500), invitationId);
    }

    /** No more attempts: Greenhouse's own polling is what is left; the stored credential is erased. */
    void gaveUp(String invitationId, String error, Instant at) {
        db.update("UPDATE greenhouse_interview SET gave_up_at = ?, callback_auth = NULL, callback_last_error = ?, "
                + "callback_attempts = callback_attempts + 1 WHERE invitation_id = ?", at, truncate(error, 500),
                invitationId);
    }

    /** Waits with the next check until {@code next} (a report not written yet), without counting an attempt. */
    void later(String invitationId, Instant next) {
        db.update("UPDATE greenhouse_interview SET callback_next_at = ? WHERE invitation_id = ?", next, invitationId);
    }

    static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    private static Mapping map(ResultSet rs) throws SQLException {
        return new Mapping(rs.getString("invitation_id"), rs.getString("org_id"), rs.getString("partner_test_id"),
                rs.getString("application_key"), rs.getString("gh_candidate_id"), rs.getString("gh_application_id"),
                rs.getString("profile_url"), rs.getString("email"), Database.instant(rs, "created_at"),
                Database.instant(rs, "mail_sent_at"), rs.getString("callback_url"), rs.getString("callback_auth"),
                rs.getInt("callback_attempts"), Database.instant(rs, "patched_at"), Database.instant(rs, "gave_up_at"));
    }
}
