package dev.aiinterview.core.session;

import dev.aiinterview.api.SessionState;
import dev.aiinterview.json.Json;
import dev.aiinterview.spi.InterviewStore;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apiguardian.api.API;

/**
 * Keeps sessions in memory, as JSON, exactly as a persistent store would: what survives here survives a
 * database. Suitable for tests, demos and the CLI.
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public final class InMemoryInterviewStore implements InterviewStore {

    private final Map<String, String> sessions = new ConcurrentHashMap<>();

    @Override
    public void save(SessionState state) {
        sessions.put(state.id(), Json.write(state));
    }

    @Override
    public Optional<SessionState> load(String sessionId) {
        return Optional.ofNullable(sessions.get(sessionId)).map(json -> Json.read(json, SessionState.class));
    }

    @Override
    public List<String> ids() {
        return List.copyOf(sessions.keySet());
    }

    @Override
    public void delete(String sessionId) {
        sessions.remove(sessionId);
    }
}
