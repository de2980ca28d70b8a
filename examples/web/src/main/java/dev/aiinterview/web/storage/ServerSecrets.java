package dev.aiinterview.web.storage;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;

/**
 * Secrets the server generates once and keeps in its database (32 random bytes each, by name), so that what they
 * sign or encrypt survives a restart and is shared by servers on one database.
 */
public final class ServerSecrets {

    private final Database db;
    private final Clock clock;

    public ServerSecrets(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** The secret of this name; the first server to ask writes it, one that loses the race reads the winner's. */
    public byte[] get(String name) {
        var stored = read(name);
        if (stored.isEmpty()) {
            byte[] bytes = new byte[32];
            new SecureRandom().nextBytes(bytes);
            db.insertUnique("INSERT INTO server_secret (name, secret, created_at) VALUES (?, ?, ?)", name,
                    Base64.getEncoder().encodeToString(bytes), clock.instant());
            stored = read(name);
        }
        return Base64.getDecoder().decode(stored.orElseThrow());
    }

    private java.util.Optional<String> read(String name) {
        return db.queryOne("SELECT secret FROM server_secret WHERE name = ?", rs -> rs.getString(1), name);
    }
}
