package dev.aiinterview.web.storage;

import dev.aiinterview.api.SessionState;
import dev.aiinterview.json.Json;
import dev.aiinterview.spi.InterviewStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Keeps the SDK's session states in the database, as JSON, one row per session. The SDK saves after every change
 * and before processing an answer, so a crash loses nothing the candidate sent. Portable upsert: update, then
 * insert when no row was there.
 */
public final class JdbcInterviewStore implements InterviewStore {

    private final Database db;

    public JdbcInterviewStore(Database db) {
        this.db = db;
    }

    @Override
    public void save(SessionState state) {
        String json = Json.write(state);
        Instant now = Instant.now();
        try (Connection c = db.connection()) {
            try (PreparedStatement update = Database.prepare(c,
                    "UPDATE interview_session SET status = ?, state_json = ?, updated_at = ? WHERE id = ?",
                    state.status().name(), json, now, state.id())) {
                if (update.executeUpdate() > 0) {
                    return;
                }
            }
            try (PreparedStatement insert = Database.prepare(c,
                    "INSERT INTO interview_session (id, status, state_json, updated_at) VALUES (?, ?, ?, ?)",
                    state.id(), state.status().name(), json, now)) {
                insert.executeUpdate();
            }
        } catch (SQLException e) {
            throw new Database.DatabaseException("save session " + state.id(), e);
        }
    }

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
