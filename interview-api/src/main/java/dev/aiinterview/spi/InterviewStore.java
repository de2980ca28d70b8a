package dev.aiinterview.spi;

import dev.aiinterview.api.SessionState;
import java.util.List;
import java.util.Optional;

/**
 * Persists interview sessions so they survive restarts. The SDK saves the state after every change, and before
 * processing an answer, so nothing the candidate sent is lost. Implementations must be thread-safe.
 */
public interface InterviewStore {

    /** Saves or replaces the state of a session. */
    void save(SessionState state);

    /** The state of a session, if stored. */
    Optional<SessionState> load(String sessionId);

    /** The ids of every stored session. */
    List<String> ids();

    /** Removes a session. */
    void delete(String sessionId);
}
