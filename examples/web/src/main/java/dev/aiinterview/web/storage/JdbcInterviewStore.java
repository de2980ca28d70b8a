package dev.aiinterview.web.storage;

import dev.aiinterview.api.SessionState;
import dev.aiinterview.api.SessionStatus;
import dev.aiinterview.json.Json;
import dev.aiinterview.spi.InterviewStore;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the SDK's session states in the database, as JSON, one row per session. The SDK saves after every change
 * and before processing an answer, so a crash loses nothing the candidate sent. Each save is one transaction that
 * reads the stored status first, so a listener can record a transition (to COMPLETED, a report arriving) with it.
 * The session of an erased interview is not stored again (an answer still being processed when it was erased).
 */
public final class JdbcInterviewStore implements InterviewStore {

    private static final Logger LOG = LoggerFactory.getLogger(JdbcInterviewStore.class);

    private final Database db;
    private final SessionTransitions transitions;

    public JdbcInterviewStore(Database db) {
        this(db, SessionTransitions.NONE);
    }

    /** A store that tells {@code transitions} of every save, in the save's transaction. */
    public JdbcInterviewStore(Database db, SessionTransitions transitions) {
        this.db = db;
        this.transitions = transitions;
    }

    @Override
    public void save(SessionState state) {
        String json = Json.write(state);
        Instant now = Instant.now();
        boolean hasReport = state.report() != null;
        boolean stored = db.inTransaction(tx -> {
            // The session's invitation first (the order every path that locks both keeps): a consent, decline,
            // expiry or erasure of the interview waits for this save, or this save for it, so each sees what the
            // other committed, and the interview's events are written in commit order.
            boolean erased = tx.queryOne("SELECT CASE WHEN erased_at IS NULL THEN 0 ELSE 1 END FROM invitation "
                    + "WHERE session_id = ? FOR UPDATE", rs -> rs.getInt(1) == 1, state.id()).orElse(false);
            // Locks the row, so two saves of one session see each other's status: a transition is seen once.
            Optional<Stored> before = tx.queryOne("SELECT status, has_report FROM interview_session WHERE id = ? "
                    + "FOR UPDATE", rs -> new Stored(SessionStatus.valueOf(rs.getString(1)), rs.getBoolean(2)),
                    state.id());
            if (before.isEmpty() && erased) {
                return false; // work that ended after the erasure does not bring the erased session back
            }
            transitions.saving(tx, before.map(Stored::status).orElse(null),
                    before.map(Stored::hasReport).orElse(false), state);
            if (before.isPresent()) {
                tx.update("UPDATE interview_session SET status = ?, state_json = ?, updated_at = ?, has_report = ? "
                        + "WHERE id = ?", state.status().name(), json, now, hasReport, state.id());
            } else {
                tx.update("INSERT INTO interview_session (id, status, state_json, updated_at, has_report) "
                        + "VALUES (?, ?, ?, ?, ?)", state.id(), state.status().name(), json, now, hasReport);
            }
            return true;
        });
        if (!stored) {
            LOG.info("Session {} not saved: its interview was erased", state.id());
        }
    }

    private record Stored(SessionStatus status, boolean hasReport) {}

    @Override
    public Optional<SessionState> load(String sessionId) {
        return db.queryOne("SELECT state_json FROM interview_session WHERE id = ?",
                rs -> Json.read(rs.getString(1), SessionState.class), sessionId);
    }

    @Override
    public List<String> ids() {
        return db.query("SELECT id FROM interview_session ORDER BY updated_at", rs -> rs.getString(1));
    }

    @Override
    public void delete(String sessionId) {
        db.update("DELETE FROM interview_session WHERE id = ?", sessionId);
    }
}
