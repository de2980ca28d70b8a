package dev.aiinterview.web.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aiinterview.web.org.Organizations;
import dev.aiinterview.web.storage.Database;
import dev.aiinterview.web.storage.FreshDatabaseTest;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanRepositoryTest extends FreshDatabaseTest {

    @TempDir
    Path dir;

    @Override
    protected Path h2File() {
        return dir.resolve("db");
    }

    @Test
    void aPlanThatWasBeingMadeWhenTheServerStoppedIsMarkedFailedOnTheNextStart() {
        String id;
        try (Database db = database.open()) {
            id = new PlanRepository(db, Clock.systemUTC()).create(Organizations.DEFAULT_ID,
                    "Backend engineer, Java and Kafka.", "pasted text");
        }
        try (Database db = database.open()) {
            var repo = new PlanRepository(db, Clock.systemUTC());

            assertThat(repo.failInterrupted()).isEqualTo(1);

            var plan = repo.find(id).orElseThrow();
            assertThat(plan.status()).isEqualTo(PlanRepository.Status.FAILED);
            assertThat(plan.error()).contains("server stopped");
        }
    }

    @Test
    void anotherOrganizationsPlanIsNotFoundThroughItsId() {
        try (Database db = database.open()) {
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
