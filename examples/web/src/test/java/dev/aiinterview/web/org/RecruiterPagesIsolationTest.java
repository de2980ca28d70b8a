package dev.aiinterview.web.org;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aiinterview.web.Candidate;
import dev.aiinterview.web.Http;
import dev.aiinterview.web.Recruiter;
import dev.aiinterview.web.TestApp;
import dev.aiinterview.web.TestMedia;
import dev.aiinterview.web.WebSettings;
import dev.aiinterview.web.storage.Database;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The recruiter pages show a recruiter their own organization's plans and interviews only: once a plan and its
 * interview belong to another organization, every page and action on them answers 404, and the lists leave them
 * out.
 */
class RecruiterPagesIsolationTest {

    private static final String JD = """
            Backend Engineer (Senior)
            Design and run payment services in Java. Own incident response and on-call rotas.
            Requirements: 5+ years of Java, PostgreSQL, Kafka; mentoring engineers.
            """;

    @Test
    void anotherOrganizationsPlanAndInterviewAreNotFoundOnAnyRecruiterPage() {
        String url = "jdbc:h2:mem:pages-isolation-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
        try (TestApp app = TestApp.start(Map.of(WebSettings.JDBC_URL, url));
             Database db = Database.open(url, "", "")) {
            // given a plan and an interview the recruiter made, with a recording sent
            Recruiter recruiter = app.recruiter();
            String planPath = recruiter.plan(JD);
            String planId = planPath.substring(planPath.lastIndexOf('/') + 1);
            String token = recruiter.invite(planPath, "Ada Lovelace");
            String interviewId = recruiter.interviewId("Ada Lovelace");
            var candidate = new Candidate(app.base, token);
            candidate.consentAndStart();
            String mediaId = Candidate.read(candidate.upload(0, "audio", TestMedia.wav(1), "audio/wav").body())
                    .path("id").asText();
            assertThat(recruiter.http.get("/recruiter/media/" + mediaId).statusCode()).isEqualTo(200);
            assertThat(recruiter.http.get(planPath).statusCode()).isEqualTo(200);
            assertThat(recruiter.http.get("/recruiter/interviews/" + interviewId).statusCode()).isEqualTo(200);

            // when both are moved to another organization
            String globex = new Organizations(db, Clock.systemUTC()).create("globex").id();
            db.update("UPDATE interview_plan SET org_id = ? WHERE id = ?", globex, planId);
            db.update("UPDATE invitation SET org_id = ? WHERE id = ?", globex, interviewId);

            // then every page and action on them answers 404, and the lists leave them out
            Http http = recruiter.http;
            Map<String, String> form = Map.of("_csrf", recruiter.csrf);
            List<Integer> statuses = List.of(
                    http.get(planPath).statusCode(),
                    http.postForm(planPath + "/profile", Map.of("_csrf", recruiter.csrf, "roleTitle", "X",
                            "seniority", "SENIOR")).statusCode(),
                    http.postForm(planPath + "/questions", Map.of("_csrf", recruiter.csrf, "topic", "t",
                            "type", "BEHAVIORAL", "text", "Tell me about a time")).statusCode(),
                    http.postForm(planPath + "/invitations", Map.of("_csrf", recruiter.csrf, "candidate", "Bob",
                            "days", "7")).statusCode(),
                    http.postForm(planPath + "/delete", form).statusCode(),
                    http.get("/recruiter/interviews/" + interviewId).statusCode(),
                    http.get("/recruiter/interviews/" + interviewId + "/report.json").statusCode(),
                    http.get("/api/recruiter/interviews/" + interviewId).statusCode(),
                    http.get("/recruiter/media/" + mediaId).statusCode(),
                    http.postForm("/recruiter/interviews/" + interviewId + "/link", form).statusCode(),
                    http.postForm("/recruiter/interviews/" + interviewId + "/delete", form).statusCode());
            assertThat(statuses).as("plan page, 4 plan actions, interview page, report, JSON, recording, new link, delete")
                    .containsOnly(404);
            assertThat(http.get("/recruiter/plans").body()).doesNotContain(planId);
            assertThat(http.get("/recruiter/interviews").body()).doesNotContain(interviewId);
            assertThat(http.get("/api/recruiter/interviews").body()).doesNotContain(interviewId);

            // and nothing was changed or deleted by the refused actions
            assertThat(db.queryOne("SELECT COUNT(*) FROM interview_plan WHERE id = ?", rs -> rs.getInt(1), planId))
                    .contains(1);
            assertThat(db.queryOne("SELECT COUNT(*) FROM invitation WHERE plan_id = ?", rs -> rs.getInt(1), planId))
                    .contains(1);
        }
    }
}
