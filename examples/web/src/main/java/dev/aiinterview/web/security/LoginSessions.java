package dev.aiinterview.web.security;

import dev.aiinterview.web.storage.Database;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Signed-in recruiters. The cookie carries a random 256-bit id; the database keeps its hash, the user, a CSRF token
 * and the expiry, so sign-ins survive a restart. One-time notices ("Link created") are kept in memory.
 */
public final class LoginSessions {

    /** A signed-in recruiter. */
    public record Login(String idHash, String username, String csrfToken, Instant expiresAt) {}

    private final Database db;
    private final Clock clock;
    private final Duration lifetime;
    private final Map<String, String> notices = new ConcurrentHashMap<>();

    public LoginSessions(Database db, Clock clock, Duration lifetime) {
        this.db = db;
        this.clock = clock;
        this.lifetime = lifetime;
    }

    /** Signs a user in; returns the cookie value. */
    String create(String username) {
        String id = Tokens.random();
        Instant now = clock.instant();
        db.update("INSERT INTO login_session (id_hash, username, csrf_token, created_at, expires_at) "
                + "VALUES (?, ?, ?, ?, ?)", Tokens.hash(id), username, Tokens.random(), now, now.plus(lifetime));
        return id;
    }

    /** The sign-in for a cookie value, if valid and not expired. */
    Optional<Login> find(String cookie) {
        if (!Tokens.wellFormed(cookie)) {
            return Optional.empty();
        }
        return db.queryOne("SELECT id_hash, username, csrf_token, expires_at FROM login_session WHERE id_hash = ?",
                        rs -> new Login(rs.getString(1), rs.getString(2), rs.getString(3),
                                Database.instant(rs, "expires_at")), Tokens.hash(cookie))
                .filter(login -> login.expiresAt().isAfter(clock.instant()));
    }

    void delete(Login login) {
        db.update("DELETE FROM login_session WHERE id_hash = ?", login.idHash());
        notices.remove(login.idHash());
    }

    /** Removes expired sign-ins. */
    public int purgeExpired() {
        return db.update("DELETE FROM login_session WHERE expires_at < ?", clock.instant());
    }

    /** Keeps a message to show once on the next page. */
    public void notice(Login login, String message) {
        notices.put(login.idHash(), message);
    }

    /** The message kept for this sign-in, removed as it is read. */
    public Optional<String> takeNotice(Login login) {
        return Optional.ofNullable(notices.remove(login.idHash()));
    }

    long lifetimeSeconds() {
        return lifetime.toSeconds();
    }
}
