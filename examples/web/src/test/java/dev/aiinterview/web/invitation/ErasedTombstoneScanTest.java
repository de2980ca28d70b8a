package dev.aiinterview.web.invitation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aiinterview.web.api.ApiClient;
import dev.aiinterview.web.api.ApiFixture;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The retention run's look for data written after an erasure stays cheap as tombstones pile up: it visits only
 * tombstones that have rows again, and the recent ones (whose folder may hold a late file).
 */
class ErasedTombstoneScanTest {

    @Test
    void onlyTombstonesWithRowsWrittenAfterTheErasureOrErasedRecentlyAreVisited() {
        try (ApiFixture fixture = new ApiFixture()) {
            ApiClient api = fixture.newOrganization("tombstones");
            String jobId = ApiFixture.readyJob(api).path("id").asText();
            // given three interviews erased two days ago, one with a session row again and one with a recording row
            // again, and one erased now
            String oldClean = erased(fixture, api, jobId, "old-clean");
            String oldLate = erased(fixture, api, jobId, "old-late");
            String oldLateMedia = erased(fixture, api, jobId, "old-late-media");
            String recent = erased(fixture, api, jobId, "recent");
            Instant now = Instant.now();
            for (String id : List.of(oldClean, oldLate, oldLateMedia)) {
                fixture.db.update("UPDATE invitation SET erased_at = ? WHERE id = ?", now.minus(Duration.ofDays(2)), id);
            }
            fixture.db.update("INSERT INTO interview_session (id, status, state_json, updated_at) VALUES (?, ?, ?, ?)",
                    session(fixture, oldLate), "CREATED", "{}", now);
            fixture.db.update("INSERT INTO media (id, session_id, turn_index, kind, mime_type, path, size_bytes, "
                    + "created_at) VALUES (?, ?, 0, 'VIDEO', 'video/webm', 'late.webm', 1, ?)",
                    java.util.UUID.randomUUID().toString(), session(fixture, oldLateMedia), now);

            // when the tombstones to look at are listed for a run, from an hour before the previous run an hour ago
            List<String> visited = new InvitationRepository(fixture.db)
                    .erasedSessionsToPurge(now.minus(Duration.ofHours(2)));

            // then the old one with nothing written since is skipped
            assertThat(visited).containsExactlyInAnyOrder(session(fixture, oldLate), session(fixture, oldLateMedia),
                    session(fixture, recent));
        }
    }

    private static String erased(ApiFixture fixture, ApiClient api, String jobId, String externalId) {
        String id = ApiFixture.invite(api, jobId, "Tomb " + externalId, externalId).path("id").asText();
        assertThat(api.delete("/api/v1/interviews/" + id).statusCode()).isEqualTo(200);
        return id;
    }

    private static String session(ApiFixture fixture, String id) {
        return fixture.db.queryOne("SELECT session_id FROM invitation WHERE id = ?", rs -> rs.getString(1), id)
                .orElseThrow();
    }
}
