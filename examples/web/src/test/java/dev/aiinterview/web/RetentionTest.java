package dev.aiinterview.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.sql.DriverManager;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What candidates are told holds: after the retention period the interview and its recordings are deleted. */
class RetentionTest {

    @Test
    void interviewsOlderThanTheRetentionPeriodAreDeletedWithTheirRecordings() throws Exception {
        try (TestApp app = TestApp.start(Map.of(WebSettings.RETENTION_DAYS, "30"))) {
            Recruiter recruiter = app.recruiter();
            String plan = recruiter.plan(TestMedia.jobDescription());
            String oldToken = recruiter.invite(plan, "Old Candidate");
            String newToken = recruiter.invite(plan, "New Candidate");
            var old = new Candidate(app.base, oldToken);
            old.consentAndStart();
            String mediaId = Candidate.read(old.upload(0, "audio", TestMedia.wav(1), "audio/wav").body()).path("id")
                    .asText();
            var sessionDir = Files.list(app.dataDir.resolve("media")).findFirst().orElseThrow();
            try (var c = DriverManager.getConnection(app.app.settings().jdbcUrl());
                 var ps = c.prepareStatement("UPDATE invitation SET created_at = ? WHERE candidate = ?")) {
                ps.setObject(1, Instant.now().minus(31, ChronoUnit.DAYS).atOffset(ZoneOffset.UTC));
                ps.setString(2, "Old Candidate");
                ps.executeUpdate();
            }

            assertThat(app.app.retention().run()).isEqualTo(1);

            assertThat(new Http(app.base).get("/api/i/" + oldToken).statusCode()).isEqualTo(404);
            assertThat(recruiter.http.get("/recruiter/media/" + mediaId).statusCode()).isEqualTo(404);
            assertThat(sessionDir).doesNotExist();
            assertThat(new Http(app.base).get("/api/i/" + newToken).statusCode()).isEqualTo(200);
            assertThat(recruiter.http.get("/api/recruiter/interviews").body()).doesNotContain("Old Candidate")
                    .contains("New Candidate");
        }
    }
}
