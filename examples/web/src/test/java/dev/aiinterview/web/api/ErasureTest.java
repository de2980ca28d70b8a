package dev.aiinterview.web.api;

import static dev.aiinterview.web.api.ApiFixture.read;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aiinterview.web.Candidate;
import dev.aiinterview.web.Http;
import dev.aiinterview.web.Recruiter;
import dev.aiinterview.web.TestMedia;
import dev.aiinterview.web.apikey.ApiScope;
import dev.aiinterview.web.org.Organizations;
import dev.aiinterview.web.partner.greenhouse.GreenhouseSettings;
import dev.aiinterview.web.storage.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** An erasure through the API leaves no personal data anywhere, keeps the recruiter's pages working, and happens once. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ErasureTest {

    private ApiFixture fixture;
    /** A client of the recruiter's own organization, so the recruiter pages show its interviews. */
    private ApiClient api;
    private String key;
    private String jobId;

    /** The database engine the app runs on in these tests; a subclass runs them on another. */
    TestDatabase.Engine engine() {
        return TestDatabase.Engine.H2;
    }

    @BeforeAll
    void start() {
        fixture = new ApiFixture(engine());
        key = fixture.key(Organizations.DEFAULT_ID, Set.of(ApiScope.values()));
        api = new ApiClient(fixture.app.base, key);
        jobId = ApiFixture.readyJob(api).path("id").asText();
    }

    @AfterAll
    void stop() {
        if (fixture != null) {
            fixture.close();
        }
    }

    @Test
    void afterAnErasureTheRecruitersInterviewListsLoadAndShowTheInterviewAsErasedWithoutItsCandidate() {
        // given an interview erased through the API, next to one that is not
        String erased = ApiFixture.invite(api, jobId, "Erin Erased", "ext-list-1").path("id").asText();
        ApiFixture.invite(api, jobId, "Kept Candidate", "ext-list-2");
        assertThat(api.delete("/api/v1/interviews/" + erased).statusCode()).isEqualTo(200);

        // when the recruiter opens the interview list and its JSON twin
        Recruiter recruiter = fixture.app.recruiter();
        HttpResponse<String> page = recruiter.http.get("/recruiter/interviews");
        HttpResponse<String> json = recruiter.http.get("/api/recruiter/interviews");

        // then both load, show that the erasure happened, and no longer name the candidate
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Erased").contains("Kept Candidate").doesNotContain("Erin Erased")
                .doesNotContain("/recruiter/interviews/" + erased + "\"");
        assertThat(json.statusCode()).isEqualTo(200);
        JsonNode row = null;
        for (JsonNode r : read(json.body())) {
            if (r.path("id").asText().equals(erased)) {
                row = r;
            }
        }
        assertThat(row).isNotNull();
        assertThat(row.path("status").asText()).isEqualTo("ERASED");
        assertThat(row.path("erasedAt").isNull()).isFalse();
        assertThat(json.body()).doesNotContain("Erin Erased");
    }

    @Test
    void afterAnErasureNoTextColumnOfTheDatabaseHoldsTheCandidatesDataOrLink() throws Exception {
        // given a webhook endpoint, so the interview's events are written to the outbox
        fixture.db.update("INSERT INTO webhook_endpoint (id, org_id, url, events, secret, created_at) "
                + "VALUES (?, ?, ?, ?, ?, ?)", UUID.randomUUID().toString(), Organizations.DEFAULT_ID,
                "https://receiver.invalid/hooks", "interview.started,interview.completed,report.ready",
                "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", Instant.now());
        // and an interview created and cancelled with Idempotency-Keys (their answers are stored for replays)
        String name = "Zelda Quartermain";
        String email = "zelda.quartermain@example.org";
        String externalId = "ats-zq-4711";
        String body = "{\"candidate\":{\"name\":\"" + name + "\",\"email\":\"" + email + "\",\"externalId\":\""
                + externalId + "\"}}";
        Map<String, String> createKey = Map.of("Content-Type", "application/json", "Idempotency-Key",
                UUID.randomUUID().toString());
        HttpResponse<String> created = api.send("POST", "/api/v1/jobs/" + jobId + "/interviews", body, createKey);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = read(created.body()).path("id").asText();
        String url = read(created.body()).path("url").asText();
        String token = url.substring(url.lastIndexOf('/') + 1);
        // that the candidate began (an interview.started event carries the client's id of them)
        new Candidate(fixture.app.base, token).consentAndStart();
        Map<String, String> cancelKey = Map.of("Idempotency-Key", UUID.randomUUID().toString());
        assertThat(api.send("POST", "/api/v1/interviews/" + id + "/cancel", null, cancelKey).statusCode())
                .isEqualTo(200);
        // and that Greenhouse had sent (its mapping holds the candidate's email, profile and Greenhouse's ids)
        fixture.db.update("INSERT INTO greenhouse_interview (invitation_id, org_id, partner_test_id, application_key, "
                + "gh_candidate_id, gh_application_id, profile_url, email, created_at, callback_url, callback_auth) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", id, Organizations.DEFAULT_ID, jobId, "gh-app-90817263",
                "gh-person-55501234", "gh-app-90817263", "https://app.greenhouse.io/people/55501234?application_id="
                + "90817263", email, Instant.now(), "https://greenhouse.example/callbacks/gh-cb-778899",
                "Basic Z2gtc2VjcmV0LWNyZWRlbnRpYWw=");
        fixture.db.update("INSERT INTO greenhouse_send (org_id, partner_test_id, application_key, claimed_at) "
                + "VALUES (?, ?, ?, ?)", Organizations.DEFAULT_ID, jobId, "gh-app-90817263", Instant.now());
        assertThat(fixture.db.query("SELECT payload FROM webhook_event WHERE interview_id = ?",
                rs -> rs.getString(1), id)).anyMatch(p -> p.contains(externalId));

        assertThat(DatabaseScan.find(fixture.db, List.of(name, externalId, "90817263"))).isNotEmpty();

        // when the interview is erased
        assertThat(api.delete("/api/v1/interviews/" + id).statusCode()).isEqualTo(200);

        // then no text column of any table holds the name, email, the client's id, the link or Greenhouse's data
        List<String> needles = List.of(name, email, externalId, token, "55501234", "90817263", "gh-cb-778899",
                "Z2gtc2VjcmV0LWNyZWRlbnRpYWw=");
        assertThat(DatabaseScan.find(fixture.db, needles)).isEmpty();
        // and the Greenhouse mapping stays, so test_status still knows the interview
        assertThat(fixture.db.query("SELECT invitation_id FROM greenhouse_interview WHERE invitation_id = ?",
                rs -> rs.getString(1), id)).hasSize(1);
        // and Greenhouse's test_status of it answers that it was erased (a 404 saying so, not a server error)
        var http = new Http(fixture.app.base);
        HttpResponse<String> status = http.send(http.request(GreenhouseSettings.DEFAULT_PATH
                + "/test_status?partner_interview_id=" + id).header("Authorization", "Basic "
                + Base64.getEncoder().encodeToString((key + ":").getBytes(StandardCharsets.UTF_8))));
        assertThat(status.statusCode()).as(status.body()).isEqualTo(404);
        assertThat(status.body()).contains("erased");

        // and the stored answers are gone: the cancellation is not replayed with the candidate's data
        HttpResponse<String> cancelAgain = api.send("POST", "/api/v1/interviews/" + id + "/cancel", null, cancelKey);
        assertThat(cancelAgain.headers().firstValue("Idempotent-Replayed")).isEmpty();
        assertThat(cancelAgain.body()).doesNotContain(name).doesNotContain(email);
        // nor the creation with the link shown once
        HttpResponse<String> createAgain = api.send("POST", "/api/v1/jobs/" + jobId + "/interviews", body, createKey);
        assertThat(createAgain.headers().firstValue("Idempotent-Replayed")).isEmpty();
        assertThat(createAgain.body()).doesNotContain(token);
    }

    @Test
    void concurrentErasuresEraseOnceAndAllAnswerTheSameReceiptOfWhatWasDeleted() throws Exception {
        for (int round = 0; round < 3; round++) {
            // given an interview with an answer and a recording
            JsonNode created = ApiFixture.invite(api, jobId, "Concurrent Candidate " + round, "ext-race-" + round);
            String id = created.path("id").asText();
            String url = created.path("url").asText();
            var candidate = new Candidate(fixture.app.base, url.substring(url.lastIndexOf('/') + 1));
            candidate.consentAndStart();
            int turn = candidate.awaitPrompt().path("prompt").path("turn").asInt();
            assertThat(candidate.upload(turn, "video", TestMedia.webm(), "video/webm").statusCode()).isEqualTo(201);
            assertThat(candidate.answerText(turn, "I kept the payment ledger consistent under retries.").statusCode())
                    .isLessThan(300);
            candidate.awaitPrompt();

            // when eight clients erase it at once
            int clients = 8;
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            try {
                var go = new CountDownLatch(1);
                List<Future<HttpResponse<String>>> replies = new ArrayList<>();
                for (int i = 0; i < clients; i++) {
                    replies.add(pool.submit(() -> {
                        go.await();
                        return api.delete("/api/v1/interviews/" + id);
                    }));
                }
                go.countDown();
                List<String> bodies = new ArrayList<>();
                for (var reply : replies) {
                    assertThat(reply.get().statusCode()).isEqualTo(200);
                    bodies.add(reply.get().body());
                }

                // then every one answers the same receipt, counting what was there
                assertThat(bodies).containsOnly(bodies.get(0));
                JsonNode receipt = read(bodies.get(0));
                assertThat(receipt.path("recordingsDeleted").asInt()).isEqualTo(1);
                assertThat(receipt.path("answersDeleted").asInt()).isEqualTo(1);
                assertThat(api.delete("/api/v1/interviews/" + id).body()).isEqualTo(bodies.get(0));
            } finally {
                pool.shutdownNow();
            }
        }
    }
}
