package dev.aiinterview.web.partner.greenhouse;

import dev.aiinterview.web.storage.Database;
import dev.aiinterview.web.storage.Sealing;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code greenhouse_interview} table: which invitation answers which Greenhouse application and test, and the
 * due PATCH back to Greenhouse. Every lookup for Greenhouse's calls takes the organization.
 *
 * <p>The PATCH's credential ({@code callback_auth}, the organization's API key as Basic) is stored sealed
 * ({@link Sealing}, bound to the row's invitation id, prefixed {@value #SEALED}); a value without the prefix was
 * written before it was sealed: it is still used, and {@link #sweep} seals it.
 */
final class GreenhouseInterviews {

    private static final Logger LOG = LoggerFactory.getLogger(GreenhouseInterviews.class);

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

    /** The prefix of a sealed credential. */
    static final String SEALED = "sealed:";
    /** A claim or an email attempt older than this is taken to have died with its server. */
    static final Duration STALE = Duration.ofMinutes(5);
    /** Credentials in clear sealed per round, so that a round's work stays bounded. */
    private static final int BATCH = 500;

    private final Database db;
    private final Sealing sealing;

    GreenhouseInterviews(Database db, Sealing sealing) {
        this.db = db;
        this.sealing = sealing;
    }

    /**
     * Claims sending this test to this application: true for the caller that is to create the interview (the
     * first, or the one taking over a claim older than {@link #STALE}); false while another holds it.
     */
    boolean claim(String orgId, String partnerTestId, String applicationKey, Instant now) {
        return db.insertUnique("INSERT INTO greenhouse_send (org_id, partner_test_id, application_key, claimed_at) "
                + "VALUES (?, ?, ?, ?)", orgId, partnerTestId, applicationKey, now)
                || db.update("UPDATE greenhouse_send SET claimed_at = ? WHERE org_id = ? AND partner_test_id = ? "
                + "AND application_key = ? AND claimed_at < ?", now, orgId, partnerTestId, applicationKey,
                now.minus(STALE)) == 1;
    }

    /** Gives up a claim whose interview could not be created, so that a retry may create it. */
    void release(String orgId, String partnerTestId, String applicationKey) {
        db.update("DELETE FROM greenhouse_send WHERE org_id = ? AND partner_test_id = ? AND application_key = ?",
                orgId, partnerTestId, applicationKey);
    }

    /** Stores the mapping; the credential sealed, the email counted as being sent from {@code mailAttemptAt}. */
    void create(Mapping m, Instant mailAttemptAt) {
        String auth = m.callbackAuth() == null ? null : SEALED + sealing.seal(m.callbackAuth(), m.invitationId());
        db.update("INSERT INTO greenhouse_interview (" + COLUMNS + ", mail_attempt_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, NULL, NULL, ?)",
                m.invitationId(), m.orgId(), m.partnerTestId(), m.applicationKey(), m.candidateId(),
                m.applicationId(), m.profileUrl(), m.email(), m.createdAt(), null, m.callbackUrl(), auth,
                mailAttemptAt);
    }

    Optional<Mapping> find(String orgId, String invitationId) {
        return db.queryOne("SELECT " + COLUMNS + " FROM greenhouse_interview WHERE org_id = ? AND invitation_id = ?",
                this::map, orgId, invitationId);
    }

    Optional<Mapping> findSent(String orgId, String partnerTestId, String applicationKey) {
        return db.queryOne("SELECT " + COLUMNS + " FROM greenhouse_interview WHERE org_id = ? AND partner_test_id = ? "
                + "AND application_key = ?", this::map, orgId, partnerTestId, applicationKey);
    }

    /** Takes the sending of the email: true when none went out and no other call is sending one now. */
    boolean claimMail(String invitationId, Instant now) {
        return db.update("UPDATE greenhouse_interview SET mail_attempt_at = ? WHERE invitation_id = ? "
                + "AND mail_sent_at IS NULL AND (mail_attempt_at IS NULL OR mail_attempt_at < ?)", now, invitationId,
                now.minus(STALE)) == 1;
    }

    /** The email could not be sent: the next send_test may try at once. */
    void mailFailed(String invitationId) {
        db.update("UPDATE greenhouse_interview SET mail_attempt_at = NULL WHERE invitation_id = ?", invitationId);
    }

    void mailSent(String invitationId, Instant at) {
        db.update("UPDATE greenhouse_interview SET mail_sent_at = ? WHERE invitation_id = ?", at, invitationId);
    }

    /**
     * The credential's housekeeping, each round: gives up the PATCH of rows sent before {@code giveUpBefore}
     * whatever their interview's status; erases the credential of interviews that ended without completing
     * (declined, cancelled, abandoned, erased, or expired unfinished); seals credentials stored in clear.
     *
     * @return how many rows changed
     */
    int sweep(Instant now, Instant giveUpBefore) {
        int changed = db.update("UPDATE greenhouse_interview SET gave_up_at = ?, callback_auth = NULL, "
                + "callback_last_error = 'Not completed and told within the time Greenhouse polls' "
                + "WHERE patched_at IS NULL AND gave_up_at IS NULL AND created_at < ?", now, giveUpBefore);
        changed += db.update("UPDATE greenhouse_interview SET callback_auth = NULL WHERE callback_auth IS NOT NULL "
                + "AND invitation_id IN (SELECT i.id FROM invitation i LEFT JOIN interview_session s "
                + "ON s.id = i.session_id WHERE i.declined_at IS NOT NULL OR i.cancelled_at IS NOT NULL "
                + "OR i.erased_at IS NOT NULL OR s.status = 'ABANDONED' "
                + "OR (i.expired_at IS NOT NULL AND (s.status IS NULL OR s.status <> 'COMPLETED')))");
        var plain = db.query("SELECT invitation_id, callback_auth FROM greenhouse_interview "
                + "WHERE callback_auth IS NOT NULL AND callback_auth NOT LIKE '" + SEALED + "%' FETCH FIRST "
                + BATCH + " ROWS ONLY",
                rs -> new String[] {rs.getString(1), rs.getString(2)});
        for (String[] row : plain) {
            changed += db.update("UPDATE greenhouse_interview SET callback_auth = ? WHERE invitation_id = ? "
                    + "AND callback_auth = ?", SEALED + sealing.seal(row[1], row[0]), row[0], row[1]);
        }
        return changed;
    }

    /** The PATCHes whose interview is completed and whose next attempt is due, oldest first, at most {@code limit}. */
    List<Mapping> dueCallbacks(Instant now, int limit) {
        return db.query("SELECT g." + COLUMNS.replace(", ", ", g.") + " FROM greenhouse_interview g "
                        + "JOIN invitation i ON i.id = g.invitation_id "
                        + "JOIN interview_session s ON s.id = i.session_id "
                        + "WHERE g.patched_at IS NULL AND g.gave_up_at IS NULL AND s.status = 'COMPLETED' "
                        + "AND (g.callback_next_at IS NULL OR g.callback_next_at <= ?) "
                        + "ORDER BY g.created_at FETCH FIRST " + limit + " ROWS ONLY",
                this::map, now);
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

    private Mapping map(ResultSet rs) throws SQLException {
        String id = rs.getString("invitation_id");
        String auth = rs.getString("callback_auth");
        if (auth != null && auth.startsWith(SEALED)) {
            try {
                auth = sealing.open(auth.substring(SEALED.length()), id);
            } catch (IllegalStateException e) {
                // Another server key (a database restored without its server_secret row): the PATCH goes without it.
                LOG.warn("Interview {}: the stored Greenhouse credential cannot be decrypted", id);
                auth = null;
            }
        }
        return new Mapping(id, rs.getString("org_id"), rs.getString("partner_test_id"),
                rs.getString("application_key"), rs.getString("gh_candidate_id"), rs.getString("gh_application_id"),
                rs.getString("profile_url"), rs.getString("email"), Database.instant(rs, "created_at"),
                Database.instant(rs, "mail_sent_at"), rs.getString("callback_url"), auth,
                rs.getInt("callback_attempts"), Database.instant(rs, "patched_at"), Database.instant(rs, "gave_up_at"));
    }
}
