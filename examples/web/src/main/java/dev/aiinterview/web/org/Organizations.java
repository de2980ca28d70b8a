package dev.aiinterview.web.org;

import dev.aiinterview.web.storage.Database;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Organizations: the tenants that plans, interviews and API keys belong to. Data of one is never found through
 * another's id. The migration creates {@value #DEFAULT_NAME}, which holds what existed before and the built-in
 * recruiter account.
 */
public final class Organizations {

    /** The organization the migration creates. */
    public static final String DEFAULT_ID = "00000000-0000-0000-0000-000000000001";
    /** Its name. */
    public static final String DEFAULT_NAME = "default";
    /** The longest name (the column's size). */
    public static final int MAX_NAME = 100;

    /** An organization. */
    public record Organization(String id, String name, Instant createdAt) {}

    private final Database db;
    private final Clock clock;

    /** Organizations stored in this database. */
    public Organizations(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** The organization with this name. */
    public Optional<Organization> byName(String name) {
        return db.queryOne("SELECT id, name, created_at FROM organization WHERE name = ?",
                rs -> new Organization(rs.getString(1), rs.getString(2), Database.instant(rs, "created_at")), name);
    }

    /** The organization with this id. */
    public Optional<Organization> byId(String id) {
        return db.queryOne("SELECT id, name, created_at FROM organization WHERE id = ?",
                rs -> new Organization(rs.getString(1), rs.getString(2), Database.instant(rs, "created_at")), id);
    }

    /** All organizations by name. */
    public List<Organization> list() {
        return db.query("SELECT id, name, created_at FROM organization ORDER BY name",
                rs -> new Organization(rs.getString(1), rs.getString(2), Database.instant(rs, "created_at")));
    }

    /**
     * Creates an organization.
     *
     * @throws IllegalArgumentException for a blank or too long name, or one that is taken
     */
    public Organization create(String name) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty() || clean.length() > MAX_NAME) {
            throw new IllegalArgumentException("An organization name is 1 to " + MAX_NAME + " characters");
        }
        if (byName(clean).isPresent()) {
            throw new IllegalArgumentException("An organization named '" + clean + "' exists already");
        }
        var org = new Organization(UUID.randomUUID().toString(), clean, clock.instant());
        db.update("INSERT INTO organization (id, name, created_at) VALUES (?, ?, ?)", org.id(), org.name(),
                org.createdAt());
        return org;
    }

    /** The organization a recruiter account belongs to. */
    public String ofRecruiter(String username) {
        return db.queryOne("SELECT org_id FROM admin_account WHERE username = ?", rs -> rs.getString(1), username)
                .orElseThrow(() -> new IllegalStateException("No recruiter account " + username));
    }
}
