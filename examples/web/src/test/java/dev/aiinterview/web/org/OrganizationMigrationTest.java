package dev.aiinterview.web.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aiinterview.web.storage.Database;
import dev.aiinterview.web.storage.TestDatabase;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OrganizationMigrationTest {

    private TestDatabase database;

    /** The database engine these tests run on; a subclass runs them on another. */
    TestDatabase.Engine engine() {
        return TestDatabase.Engine.H2;
    }

    @BeforeEach
    void newDatabase() {
        database = TestDatabase.create(engine());
    }

    @AfterEach
    void dropDatabase() {
        if (database != null) {
            database.close();
        }
    }

    @Test
    void plansInvitationsAndTheRecruiterOfADatabaseFromBeforeOrganizationsBelongToTheDefaultOne() throws SQLException {
        String url = database.url();
        // given a database at the schema before organizations, with a recruiter, a plan and an invitation
        Flyway.configure().dataSource(url, "", "").locations("classpath:db/migration").target("3").load().migrate();
        try (var c = DriverManager.getConnection(url, "", ""); var s = c.createStatement()) {
            s.executeUpdate("INSERT INTO admin_account VALUES ('admin', 'hash', FALSE, CURRENT_TIMESTAMP)");
            s.executeUpdate("INSERT INTO interview_plan (id, status, jd_source, jd_text, created_at, updated_at) "
                    + "VALUES ('p1', 'READY', 'inline', 'text', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
            s.executeUpdate("INSERT INTO invitation (id, token_hash, plan_id, session_id, candidate, role_title, "
                    + "created_at, expires_at) VALUES ('i1', 'h', 'p1', 's1', 'Ada', 'Engineer', CURRENT_TIMESTAMP, "
                    + "CURRENT_TIMESTAMP)");
        }

        // when the app opens it
        try (Database db = database.open()) {
            // then all of it belongs to the default organization
            var orgs = new Organizations(db, Clock.systemUTC());
            assertThat(orgs.byName(Organizations.DEFAULT_NAME)).get()
                    .extracting(Organizations.Organization::id).isEqualTo(Organizations.DEFAULT_ID);
            assertThat(orgs.ofRecruiter("admin")).isEqualTo(Organizations.DEFAULT_ID);
            assertThat(db.query("SELECT org_id FROM interview_plan UNION ALL SELECT org_id FROM invitation",
                    rs -> rs.getString(1))).containsExactly(Organizations.DEFAULT_ID, Organizations.DEFAULT_ID);
            // and a new plan must name its organization: the column has no default left
            assertThatThrownBy(() -> db.update("INSERT INTO interview_plan (id, status, jd_source, jd_text, "
                    + "created_at, updated_at) VALUES ('p2', 'READY', 'inline', 'text', CURRENT_TIMESTAMP, "
                    + "CURRENT_TIMESTAMP)"))
                    .satisfies(e -> assertThat(e.getMessage()).containsIgnoringCase("org_id"));
        }
    }

    @Test
    void anOrganizationNameIsUniqueAndNotBlank() {
        try (Database db = database.open()) {
            var orgs = new Organizations(db, Clock.systemUTC());
            orgs.create("acme");

            assertThatThrownBy(() -> orgs.create(" acme ")).hasMessageContaining("exists already");
            assertThatThrownBy(() -> orgs.create("  ")).hasMessageContaining("1 to 100 characters");
        }
    }
}
