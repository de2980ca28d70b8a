package dev.aiinterview.web.storage;

import dev.aiinterview.api.SessionState;
import dev.aiinterview.api.SessionStatus;
import java.sql.SQLException;

/**
 * Told of every session save, inside the save's transaction, with what was stored before: whatever it writes
 * (an outbox row) commits with the save or not at all.
 */
@FunctionalInterface
public interface SessionTransitions {

    /** Listens to nothing. */
    SessionTransitions NONE = (tx, before, reportBefore, after) -> { };

    /**
     * A session is being saved.
     *
     * @param tx           the save's transaction
     * @param before       the status stored until now, or {@code null} for a new session
     * @param reportBefore whether the stored session had its report
     * @param after        the state being saved
     */
    void saving(Database.Tx tx, SessionStatus before, boolean reportBefore, SessionState after) throws SQLException;
}
