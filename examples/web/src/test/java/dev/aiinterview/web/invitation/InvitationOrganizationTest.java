package dev.aiinterview.web.invitation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aiinterview.web.org.Organizations;
import dev.aiinterview.web.storage.Database;
import dev.aiinterview.web.storage.TestDatabase;
import java.time.Clock;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class InvitationOrganizationTest {

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
    void anInvitationBelongsToItsPlansOrganizationAndAnotherOrganizationDoesNotFindIt() {
        try (Database db = database.open()) {
            // given a plan of "acme"
            var orgs = new Organizations(db, Clock.systemUTC());
            String acme = orgs.create("acme").id();
            String globex = orgs.create("globex").id();
            Instant now = Instant.now();
            db.update("INSERT INTO interview_plan (id, org_id, status, jd_source, jd_text, created_at, updated_at) "
                    + "VALUES ('p1', ?, 'READY', 'inline', 'text', ?, ?)", acme, now, now);
            var invitations = new InvitationRepository(db);

            // when a candidate is invited to it
            invitations.create("i1", "0".repeat(64), "p1", "s1", "Ada", "Engineer", now, now.plusSeconds(3600));

            // then the invitation is acme's, and globex finds nothing by its id
            assertThat(invitations.find(acme, "i1")).isPresent();
            assertThat(invitations.find(globex, "i1")).isEmpty();
            assertThat(invitations.list(acme)).hasSize(1);
            assertThat(invitations.list(globex)).isEmpty();
        }
    }
}
