package dev.aiinterview.web.invitation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aiinterview.web.org.Organizations;
import dev.aiinterview.web.storage.Database;
import dev.aiinterview.web.storage.FreshDatabaseTest;
import java.time.Clock;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class InvitationOrganizationTest extends FreshDatabaseTest {


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
