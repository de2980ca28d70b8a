package dev.aiinterview.web.plan;

import static org.assertj.core.api.Assertions.assertThat;

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
            id = new PlanRepository(db, Clock.systemUTC()).create("Backend engineer, Java and Kafka.", "pasted text");
        }
        try (Database db = Database.open(url, "", "")) {
            var repo = new PlanRepository(db, Clock.systemUTC());

            assertThat(repo.failInterrupted()).isEqualTo(1);

            var plan = repo.find(id).orElseThrow();
            assertThat(plan.status()).isEqualTo(PlanRepository.Status.FAILED);
            assertThat(plan.error()).contains("server stopped");
        }
    }
}
