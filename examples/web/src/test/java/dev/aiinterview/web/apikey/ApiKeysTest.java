package dev.aiinterview.web.apikey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aiinterview.testkit.MutableClock;
import dev.aiinterview.web.org.Organizations;
import dev.aiinterview.web.storage.Database;
import dev.aiinterview.web.storage.TestDatabase;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ApiKeysTest {

    private TestDatabase database;
    private Database db;
    private ApiKeys keys;
    private String acme;
    private String globex;

    /** The database engine these tests run on; a subclass runs them on another. */
    TestDatabase.Engine engine() {
        return TestDatabase.Engine.H2;
    }

    @BeforeEach
    void open() {
        database = TestDatabase.create(engine());
        db = database.open();
        var orgs = new Organizations(db, Clock.systemUTC());
        acme = orgs.create("acme").id();
        globex = orgs.create("globex").id();
        keys = new ApiKeys(db, Clock.systemUTC());
    }

    @AfterEach
    void close() {
        try {
            if (db != null) {
                db.close();
            }
        } finally {
            if (database != null) {
                database.close();
            }
        }
    }

    @Test
    void aNewKeyAuthenticatesAsItsOrganizationWithItsScopes() {
        var created = keys.create(acme, "ATS", EnumSet.of(ApiScope.JOBS_READ, ApiScope.REPORTS_READ));

        var principal = keys.authenticate("Bearer " + created.key()).orElseThrow();

        assertThat(created.key()).matches("aik_[0-9a-f]{12}_[A-Za-z0-9_-]{43}");
        assertThat(principal.orgId()).isEqualTo(acme);
        assertThat(principal.keyId()).isEqualTo(created.stored().id());
        assertThat(principal.scopes()).containsExactlyInAnyOrder(ApiScope.JOBS_READ, ApiScope.REPORTS_READ);
        assertThat(principal.can(ApiScope.JOBS_WRITE)).isFalse();
        assertThat(keys.list(acme).get(0).lastUsedAt()).isNotNull();
    }

    @Test
    void aKeyWithAWrongSecretAnUnknownPrefixOrABadShapeAuthenticatesNothing() {
        String key = keys.create(acme, "ATS", EnumSet.allOf(ApiScope.class)).key();
        String otherSecret = key.substring(0, key.length() - 1) + (key.endsWith("A") ? "B" : "A");
        String otherPrefix = "aik_000000000000" + key.substring(16);

        assertThat(keys.authenticate(otherSecret)).isEmpty();
        assertThat(keys.authenticate(otherPrefix)).isEmpty();
        assertThat(keys.authenticate("Bearer " + key + "x")).isEmpty();
        assertThat(keys.authenticate("")).isEmpty();
        assertThat(keys.authenticate(null)).isEmpty();
    }

    @Test
    void aRevokedKeyAuthenticatesNothingAndOnlyItsOwnOrganizationCanRevokeIt() {
        var created = keys.create(acme, "ATS", EnumSet.allOf(ApiScope.class));

        assertThat(keys.revoke(globex, created.stored().id())).isFalse();
        assertThat(keys.authenticate(created.key())).isPresent();

        assertThat(keys.revoke(acme, created.stored().id())).isTrue();
        assertThat(keys.authenticate(created.key())).isEmpty();
        assertThat(keys.list(acme).get(0).revoked()).isTrue();
        assertThat(keys.list(globex)).isEmpty();
        assertThat(keys.find(globex, created.stored().id())).isEmpty();
    }

    @Test
    void onlyAHashOfTheSecretIsStoredAndTheKeyIsNotInToString() {
        var created = keys.create(acme, "ATS", EnumSet.allOf(ApiScope.class));
        String secret = created.key().substring(created.key().lastIndexOf('_') + 1);

        String row = db.queryOne("SELECT id || name || prefix || secret_hash || scopes FROM api_key",
                rs -> rs.getString(1)).orElseThrow();

        assertThat(row).doesNotContain(secret).doesNotContain(created.key());
        assertThat(created.toString()).doesNotContain(secret);
        assertThat(created.stored().toString()).doesNotContain(secret);
    }

    @Test
    void lastUsedIsWrittenAtMostOnceAMinute() {
        var clock = MutableClock.at("2026-01-01T10:00:00Z");
        var timed = new ApiKeys(db, clock);
        String key = timed.create(acme, "ATS", EnumSet.allOf(ApiScope.class)).key();

        timed.authenticate(key);
        clock.advance(Duration.ofSeconds(30));
        timed.authenticate(key);
        assertThat(timed.list(acme).get(0).lastUsedAt()).isEqualTo("2026-01-01T10:00:00Z");

        clock.advance(Duration.ofSeconds(31));
        timed.authenticate(key);
        assertThat(timed.list(acme).get(0).lastUsedAt()).isEqualTo("2026-01-01T10:01:01Z");
    }

    @Test
    void anUnknownScopeIsAnErrorNamingTheValidOnes() {
        assertThatThrownBy(() -> ApiScope.parse("jobs:read,jobs:delete"))
                .hasMessageContaining("Unknown scope 'jobs:delete'")
                .hasMessageContaining("jobs:read, jobs:write, interviews:read, interviews:write, reports:read, "
                        + "webhooks:write");
        assertThat(ApiScope.parse("")).isEqualTo(EnumSet.allOf(ApiScope.class));
        assertThat(ApiScope.parse(" Jobs:Read , reports:read")).isEqualTo(Set.of(ApiScope.JOBS_READ,
                ApiScope.REPORTS_READ));
    }
}
