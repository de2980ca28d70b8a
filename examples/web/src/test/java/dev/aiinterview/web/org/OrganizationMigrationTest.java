package dev.aiinterview.web.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aiinterview.web.storage.Database;
import dev.aiinterview.web.storage.FreshDatabaseTest;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

class OrganizationMigrationTest extends FreshDatabaseTest {


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
    void aDatabaseOfTheOrganizationsReleaseKeepsItsDataThroughEveryLaterMigration() throws SQLException {
        String url = database.url();
        // given a database at the organizations release (V4), with an organization, its plan, invitation and API
        // key, and two stored interviews, one with its report
        Flyway.configure().dataSource(url, "", "").locations("classpath:db/migration").target("4").load().migrate();
        try (var c = DriverManager.getConnection(url, "", ""); var s = c.createStatement()) {
            s.executeUpdate("INSERT INTO organization (id, name, created_at) VALUES ('o1', 'acme', CURRENT_TIMESTAMP)");
            s.executeUpdate("INSERT INTO interview_plan (id, org_id, status, jd_source, jd_text, created_at, "
                    + "updated_at) VALUES ('p1', 'o1', 'READY', 'inline', 'Payments engineer', CURRENT_TIMESTAMP, "
                    + "CURRENT_TIMESTAMP)");
            s.executeUpdate("INSERT INTO invitation (id, org_id, token_hash, plan_id, session_id, candidate, "
                    + "role_title, created_at, expires_at) VALUES ('i1', 'o1', 'h', 'p1', 's1', 'Ada', 'Engineer', "
                    + "CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
            s.executeUpdate("INSERT INTO api_key (id, org_id, name, prefix, secret_hash, scopes, created_at) VALUES "
                    + "('k1', 'o1', 'ats', 'pfx1', '" + "a".repeat(64) + "', 'jobs:read', CURRENT_TIMESTAMP)");
            s.executeUpdate("INSERT INTO interview_session (id, status, state_json, updated_at) VALUES "
                    + "('s1', 'COMPLETED', '{\"id\":\"s1\",\"report\":{\"summary\":\"ok\"}}', CURRENT_TIMESTAMP), "
                    + "('s2', 'IN_PROGRESS', '{\"id\":\"s2\",\"report\":null}', CURRENT_TIMESTAMP)");
        }

        // when the app opens it, which migrates it to the latest schema
        try (Database db = database.open()) {
            // then nothing is pending and every row is still there, unchanged
            assertThat(Flyway.configure().dataSource(url, "", "").locations("classpath:db/migration").load().info()
                    .pending()).isEmpty();
            assertThat(db.query("SELECT name FROM organization WHERE id = 'o1'", rs -> rs.getString(1)))
                    .containsExactly("acme");
            assertThat(db.query("SELECT org_id || ':' || jd_text FROM interview_plan", rs -> rs.getString(1)))
                    .containsExactly("o1:Payments engineer");
            assertThat(db.query("SELECT org_id || ':' || plan_id || ':' || session_id || ':' || candidate "
                    + "FROM invitation", rs -> rs.getString(1))).containsExactly("o1:p1:s1:Ada");
            assertThat(db.query("SELECT org_id || ':' || prefix || ':' || scopes FROM api_key", rs -> rs.getString(1)))
                    .containsExactly("o1:pfx1:jobs:read");
            // and the interview with a report is known to have one (V6 derives it from the stored JSON)
            assertThat(db.query("SELECT id || ':' || status || ':' || has_report FROM interview_session ORDER BY id",
                    rs -> rs.getString(1))).extracting(String::toLowerCase)
                    .containsExactly("s1:completed:true", "s2:in_progress:false");
            assertThat(db.query("SELECT state_json FROM interview_session WHERE id = 's1'", rs -> rs.getString(1)))
                    .containsExactly("{\"id\":\"s1\",\"report\":{\"summary\":\"ok\"}}");
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
