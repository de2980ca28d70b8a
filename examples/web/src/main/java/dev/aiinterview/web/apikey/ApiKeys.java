package dev.aiinterview.web.apikey;

import dev.aiinterview.web.storage.Database;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * API keys of organizations. A key reads {@code aik_<prefix>_<secret>}: the prefix (12 hex characters) finds the
 * row, the secret (32 random bytes, base64url) is checked against its stored SHA-256 in constant time. The key
 * itself is shown once, at creation, and stored nowhere.
 */
public final class ApiKeys {

    /** A stored key, without its secret. */
    public record StoredKey(String id, String orgId, String name, String prefix, Set<ApiScope> scopes,
                            Instant createdAt, Instant lastUsedAt, Instant revokedAt) {

        /** Whether the key was revoked: it then authenticates nothing. */
        public boolean revoked() {
            return revokedAt != null;
        }

        /** The scopes as written, e.g. {@code jobs:read,jobs:write}. */
        public String scopeList() {
            return ApiScope.format(scopes);
        }
    }

    /** A key just created: {@code key} is the whole key, to show once; {@link #toString()} leaves it out. */
    public record NewKey(StoredKey stored, String key) {
        @Override
        public String toString() {
            return "NewKey[" + stored + "]";
        }
    }

    /** Who a request with a valid key acts for. */
    public record Principal(String orgId, String keyId, Set<ApiScope> scopes) {

        /** Whether the key has this scope. */
        public boolean can(ApiScope scope) {
            return scopes.contains(scope);
        }
    }

    /** The longest key name (the column's size). */
    public static final int MAX_NAME = 100;
    static final String PREFIX = "aik_";
    private static final Pattern FORMAT = Pattern.compile("aik_([0-9a-f]{12})_([A-Za-z0-9_-]{43})");
    /** last_used_at is written at most this often per key, so a busy key does not write on every request. */
    private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);
    private static final String COLUMNS = "id, org_id, name, prefix, scopes, created_at, last_used_at, revoked_at";

    private final SecureRandom random = new SecureRandom();
    private final Database db;
    private final Clock clock;

    /** Keys stored in this database. */
    public ApiKeys(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /**
     * Creates a key for an organization.
     *
     * @throws IllegalArgumentException for a blank or too long name, or no scopes
     */
    public NewKey create(String orgId, String name, Set<ApiScope> scopes) {
        String label = name == null ? "" : name.strip();
        if (label.isEmpty() || label.length() > MAX_NAME) {
            throw new IllegalArgumentException("A key's name is 1 to " + MAX_NAME + " characters");
        }
        if (scopes.isEmpty()) {
            throw new IllegalArgumentException("A key needs at least one scope: " + ApiScope.valid());
        }
        String prefix = HexFormat.of().formatHex(bytes(6));
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes(32));
        var stored = new StoredKey(UUID.randomUUID().toString(), orgId, label, prefix, Set.copyOf(scopes),
                clock.instant(), null, null);
        db.update("INSERT INTO api_key (id, org_id, name, prefix, secret_hash, scopes, created_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?)", stored.id(), orgId, label, prefix, HexFormat.of().formatHex(sha256(secret)),
                ApiScope.format(scopes), stored.createdAt());
        return new NewKey(stored, PREFIX + prefix + "_" + secret);
    }

    /** The keys of an organization, the newest first, revoked ones included. */
    public List<StoredKey> list(String orgId) {
        return db.query("SELECT " + COLUMNS + " FROM api_key WHERE org_id = ? ORDER BY created_at DESC",
                ApiKeys::map, orgId);
    }

    /** All keys, for the command line. */
    public List<StoredKey> listAll() {
        return db.query("SELECT " + COLUMNS + " FROM api_key ORDER BY created_at DESC", ApiKeys::map);
    }

    /** A key of an organization: another organization's key is not found. */
    public Optional<StoredKey> find(String orgId, String id) {
        return db.queryOne("SELECT " + COLUMNS + " FROM api_key WHERE org_id = ? AND id = ?", ApiKeys::map, orgId, id);
    }

    /** A key by id, in any organization: for the command line, run by whoever runs the server. */
    public Optional<StoredKey> find(String id) {
        return db.queryOne("SELECT " + COLUMNS + " FROM api_key WHERE id = ?", ApiKeys::map, id);
    }

    /** Revokes a key of the organization; returns false if it has no such key. Revoking twice keeps the first time. */
    public boolean revoke(String orgId, String id) {
        if (find(orgId, id).isEmpty()) {
            return false;
        }
        db.update("UPDATE api_key SET revoked_at = ? WHERE org_id = ? AND id = ? AND revoked_at IS NULL",
                clock.instant(), orgId, id);
        return true;
    }

    /**
     * The principal of an {@code Authorization: Bearer} value (with or without the {@code Bearer } word); empty
     * for anything that is not a live key: malformed, unknown, wrong secret or revoked.
     */
    public Optional<Principal> authenticate(String bearer) {
        if (bearer == null) {
            return Optional.empty();
        }
        String value = bearer.strip();
        if (value.regionMatches(true, 0, "Bearer ", 0, 7)) {
            value = value.substring(7).strip();
        }
        var m = FORMAT.matcher(value);
        if (!m.matches()) {
            return Optional.empty();
        }
        String secret = m.group(2);
        Optional<Stored> row = db.queryOne("SELECT " + COLUMNS + ", secret_hash FROM api_key WHERE prefix = ?",
                rs -> new Stored(map(rs), rs.getString("secret_hash")), m.group(1));
        // The hash is compared even for an unknown prefix, so both take the same time.
        byte[] expected = row.map(r -> HexFormat.of().parseHex(r.secretHash())).orElse(new byte[32]);
        boolean match = MessageDigest.isEqual(expected, sha256(secret));
        if (row.isEmpty() || !match || row.get().key().revoked()) {
            return Optional.empty();
        }
        StoredKey key = row.get().key();
        Instant now = clock.instant();
        db.update("UPDATE api_key SET last_used_at = ? WHERE id = ? AND (last_used_at IS NULL OR last_used_at < ?)",
                now, key.id(), now.minus(TOUCH_EVERY));
        return Optional.of(new Principal(key.orgId(), key.id(), key.scopes()));
    }

    private record Stored(StoredKey key, String secretHash) {}

    private byte[] bytes(int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }

    private static byte[] sha256(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("The JDK has no SHA-256", e);
        }
    }

    private static StoredKey map(ResultSet rs) throws SQLException {
        return new StoredKey(rs.getString("id"), rs.getString("org_id"), rs.getString("name"), rs.getString("prefix"),
                ApiScope.parse(rs.getString("scopes")), Database.instant(rs, "created_at"),
                Database.instant(rs, "last_used_at"), Database.instant(rs, "revoked_at"));
    }
}
