package dev.aiinterview.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aiinterview.web.api.ApiClient;
import dev.aiinterview.web.api.ApiFixture;
import dev.aiinterview.web.storage.MediaRepository;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * An answer being processed, or an upload in flight, when an interview is erased through the API can write its
 * session state or recording after the erasure: the retention run deletes it again.
 */
class ErasedInterviewRetentionTest {

    @Test
    void whatIsWrittenAfterAnErasureIsDeletedByTheNextRetentionRun() throws Exception {
        try (ApiFixture fixture = new ApiFixture()) {
            ApiClient api = fixture.newOrganization("erasing");
            String jobId = ApiFixture.readyJob(api).path("id").asText();
            String id = ApiFixture.invite(api, jobId, "Late Writer", "late-1").path("id").asText();
            String session = fixture.db.queryOne("SELECT session_id FROM invitation WHERE id = ?",
                    rs -> rs.getString(1), id).orElseThrow();
            String state = fixture.db.queryOne("SELECT state_json FROM interview_session WHERE id = ?",
                    rs -> rs.getString(1), session).orElseThrow();
            assertThat(api.delete("/api/v1/interviews/" + id).statusCode()).isEqualTo(200);

            // given what a late answer and a late upload write after the erasure
            fixture.db.update("INSERT INTO interview_session (id, status, state_json, updated_at) VALUES (?, ?, ?, ?)",
                    session, "CREATED", state, Instant.now());
            Path dir = fixture.app.app.settings().mediaDir().resolve(session);
            Files.createDirectories(dir);
            Path file = Files.write(dir.resolve("late.webm"), TestMedia.webm());
            new MediaRepository(fixture.db).insert(new MediaRepository.Media(UUID.randomUUID().toString(), session, 0,
                    MediaRepository.Kind.VIDEO, "video/webm", file, Files.size(file), null, Instant.now()));

            // when retention runs
            fixture.app.app.retention().run();

            // then none of it is left, and the tombstone stays
            assertThat(fixture.db.query("SELECT id FROM interview_session WHERE id = ?", rs -> rs.getString(1),
                    session)).isEmpty();
            assertThat(new MediaRepository(fixture.db).forSession(session)).isEmpty();
            assertThat(dir).doesNotExist();
            assertThat(ApiFixture.read(api.get("/api/v1/interviews/" + id).body()).path("status").asText())
                    .isEqualTo("erased");
        }
    }
}
