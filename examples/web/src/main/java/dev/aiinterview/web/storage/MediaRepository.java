package dev.aiinterview.web.storage;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** One row per stored recording, written before the answer is processed. */
public final class MediaRepository {

    /** What a recording is for: the reviewer's video or the speech-to-text audio. */
    public enum Kind { VIDEO, AUDIO }

    public record Media(String id, String sessionId, int turnIndex, Kind kind, String mimeType, Path path, long sizeBytes,
                 Long durationMs, Instant createdAt) {}

    private static final String COLUMNS = "id, session_id, turn_index, kind, mime_type, path, size_bytes, "
            + "duration_ms, created_at";

    private final Database db;

    public MediaRepository(Database db) {
        this.db = db;
    }

    public void insert(Media m) {
        db.update("INSERT INTO media (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", m.id(), m.sessionId(),
                m.turnIndex(), m.kind().name(), m.mimeType(), m.path().toString(), m.sizeBytes(), m.durationMs(),
                m.createdAt());
    }

    public Optional<Media> find(String id) {
        return db.queryOne("SELECT " + COLUMNS + " FROM media WHERE id = ?", MediaRepository::map, id);
    }

    public List<Media> forSession(String sessionId) {
        return db.query("SELECT " + COLUMNS + " FROM media WHERE session_id = ? ORDER BY turn_index, created_at",
                MediaRepository::map, sessionId);
    }

    public void deleteForSession(String sessionId) {
        db.update("DELETE FROM media WHERE session_id = ?", sessionId);
    }

    private static Media map(ResultSet rs) throws SQLException {
        return new Media(rs.getString("id"), rs.getString("session_id"), rs.getInt("turn_index"),
                Kind.valueOf(rs.getString("kind")), rs.getString("mime_type"), Path.of(rs.getString("path")),
                rs.getLong("size_bytes"), rs.getObject("duration_ms", Long.class), Database.instant(rs, "created_at"));
    }
}
