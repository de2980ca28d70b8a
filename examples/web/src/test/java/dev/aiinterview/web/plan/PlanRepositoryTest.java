package dev.aiinterview.web.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aiinterview.web.org.Organizations;
import dev.aiinterview.web.storage.Database;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanRepositoryTest {

    @TempDir
    Path dir;

    @Test
    void aPlanThatWasBeingMadeWhenTheServerStoppedIsMarkedFailedOnTheNextStart() {
        String url = "jdbc:h2:file:" + dir.resolve("db") + ";WRITE_DELAY=0";
        String id;
        try (Database db = Database.open(url, "", "")) {
            id = new PlanRepository(db, Clock.systemUTC()).create(Organizations.DEFAULT_ID,
                    "Backend engineer, Java and Kafka.", "pasted text");
        }
        try (Database db = Database.open(url, "", "")) {
            var repo = new PlanRepository(db, Clock.systemUTC());

            assertThat(repo.failInterrupted()).isEqualTo(1);

            var plan = repo.find(id).orElseThrow();
            assertThat(plan.status()).isEqualTo(PlanRepository.Status.FAILED);
            assertThat(plan.error()).contains("server stopped");
        }
    }

    @Test
    void anotherOrganizationsPlanIsNotFoundThroughItsId() {
        try (Database db = Database.open("jdbc:h2:mem:plans-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", "", "")) {
            // given a plan of "acme" and one of "globex"
            var orgs = new Organizations(db, Clock.systemUTC());
            String acme = orgs.create("acme").id();
            String globex = orgs.create("globex").id();
            var repo = new PlanRepository(db, Clock.systemUTC());
            String acmePlan = repo.create(acme, "Backend engineer, Java and Kafka.", "pasted text");
            String globexPlan = repo.create(globex, "Nurse, NMC registration.", "pasted text");

            // when each organization looks up the plans by id, then it finds its own only
            assertThat(repo.find(acme, acmePlan)).isPresent();
            assertThat(repo.find(globex, acmePlan)).isEmpty();
            assertThat(repo.find(acme, globexPlan)).isEmpty();
            assertThat(repo.list(acme)).extracting(PlanRepository.StoredPlan::id).containsExactly(acmePlan);
            assertThat(repo.list(globex)).extracting(PlanRepository.StoredPlan::id).containsExactly(globexPlan);
        }
    }
}
