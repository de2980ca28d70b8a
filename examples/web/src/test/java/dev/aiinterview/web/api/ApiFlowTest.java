package dev.aiinterview.web.api;

import static dev.aiinterview.web.api.ApiFixture.read;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aiinterview.web.Http;
import dev.aiinterview.web.storage.TestDatabase;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The REST API driven as an applicant-tracking system drives it; every response is held to the OpenAPI document. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiFlowTest {

    private ApiFixture fixture;
    private ApiClient api;

    /** The database engine the app runs on in these tests; a subclass runs them on another. */
    TestDatabase.Engine engine() {
        return TestDatabase.Engine.H2;
    }

    @BeforeAll
    void start() {
        fixture = new ApiFixture(engine());
        api = fixture.newOrganization("acme");
    }

    @AfterAll
    void stop() {
        if (fixture != null) {
            fixture.close();
        }
    }

    @Test
    void aJobIsPlannedInTheBackgroundThenReadAndEditedWithThePlanPagesRules() {
        // when a job is created, it is accepted at once, with its address, and planned in the background
        HttpResponse<String> created = api.post("/api/v1/jobs", "{\"title\":\"Payments Engineer\",\"description\":"
                + dev.aiinterview.json.Json.write(dev.aiinterview.web.TestMedia.jobDescription()) + "}");
        assertThat(created.statusCode()).isEqualTo(202);
        String id = read(created.body()).path("id").asText();
        assertThat(created.headers().firstValue("Location")).hasValue("/api/v1/jobs/" + id);
        // (the offline engine may already have finished by the time the reply is written)
        assertThat(read(created.body()).path("status").asText()).isIn("planning", "ready");

        // then it becomes ready with the title asked for, topics and screened questions, and may be sent
        JsonNode job = ApiFixture.awaitJob(api, id);
        assertThat(job.path("status").asText()).isEqualTo("ready");
        assertThat(job.path("title").asText()).isEqualTo("Payments Engineer");
        assertThat(job.path("topics")).isNotEmpty();
        assertThat(job.path("questions")).isNotEmpty();
        assertThat(job.path("canSendInterviews").asBoolean()).isTrue();
        String topic = job.path("topics").get(0).path("id").asText();

        // when a question is added, edited and deleted
        HttpResponse<String> added = api.post("/api/v1/jobs/" + id + "/questions", "{\"topicId\":\"" + topic
                + "\",\"type\":\"technical\",\"text\":\"How do you make a payment retry safe to repeat?\"}");
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        String q = read(added.body()).path("id").asText();
        HttpResponse<String> edited = api.patch("/api/v1/jobs/" + id + "/questions/" + q,
                "{\"text\":\"How do you make a card payment retry safe to repeat?\"}");
        assertThat(edited.statusCode()).as(edited.body()).isEqualTo(200);
        assertThat(read(edited.body()).path("text").asText()).isEqualTo("How do you make a card payment retry safe "
                + "to repeat?");
        assertThat(read(edited.body()).path("type").asText()).isEqualTo("technical");
        assertThat(api.delete("/api/v1/jobs/" + id + "/questions/" + q).statusCode()).isEqualTo(204);
        assertThat(api.delete("/api/v1/jobs/" + id + "/questions/" + q).statusCode()).isEqualTo(404);

        // and the role is renamed and its seniority set
        HttpResponse<String> patched = api.patch("/api/v1/jobs/" + id, "{\"title\":\"Staff Payments Engineer\","
                + "\"seniority\":\"lead\"}");
        assertThat(patched.statusCode()).as(patched.body()).isEqualTo(200);
        assertThat(read(patched.body()).path("seniority").asText()).isEqualTo("lead");

        // then the job reads back as edited, and a question that wants a name is screened and flagged
        JsonNode after = read(api.get("/api/v1/jobs/" + id).body());
        assertThat(after.path("title").asText()).isEqualTo("Staff Payments Engineer");
        assertThat(after.path("questions").findValuesAsText("id")).doesNotContain(q);
    }

    @Test
    void aJobMayAskForMoreQuestionsPerTopicAndNoFollowUpsInItsInterviews() {
        // given a job with the server's settings and one with two questions per topic and no follow-ups
        JsonNode usual = ApiFixture.readyJob(api);
        HttpResponse<String> created = api.post("/api/v1/jobs", "{\"questionsPerTopic\":2,\"followUps\":0,"
                + "\"description\":" + dev.aiinterview.json.Json.write(dev.aiinterview.web.TestMedia.jobDescription())
                + "}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(202);
        JsonNode chosen = ApiFixture.awaitJob(api, read(created.body()).path("id").asText());

        // then the second has more questions for the same topics, and says it allows no follow-ups
        assertThat(usual.path("followUps").isNull()).isTrue();
        assertThat(chosen.path("followUps").asInt()).isZero();
        assertThat(maxPerTopic(usual)).isEqualTo(1);
        assertThat(maxPerTopic(chosen)).isEqualTo(2);

        // and when candidates answer both, only the usual interview put follow-ups
        assertThat(followUps(usual)).isPositive();
        assertThat(followUps(chosen)).isZero();
    }

    private static long maxPerTopic(JsonNode job) {
        var counts = new java.util.HashMap<String, Long>();
        job.path("questions").forEach(q -> counts.merge(q.path("topicId").asText(), 1L, Long::sum));
        return counts.values().stream().mapToLong(Long::longValue).max().orElse(0);
    }

    /** Runs an interview of the job to its report; returns the follow-up turns it had. */
    private long followUps(JsonNode job) {
        JsonNode interview = ApiFixture.invite(api, job.path("id").asText(), "Follow-up Candidate", null);
        fixture.answerAll(interview.path("url").asText());
        ApiFixture.awaitReport(api, interview.path("id").asText());
        JsonNode report = read(api.get("/api/v1/interviews/" + interview.path("id").asText() + "/report").body());
        return report.findValues("followUpIndex").stream().filter(n -> n.asInt() > 0).count();
    }

    @Test
    void listsArePagedByCursorWithoutSkippingOrRepeating() {
        ApiClient own = fixture.newOrganization("pager");
        JsonNode job = ApiFixture.readyJob(own);
        for (int i = 0; i < 5; i++) {
            ApiFixture.invite(own, job.path("id").asText(), "Candidate " + i, "ext-" + i);
        }
        var seen = new java.util.ArrayList<String>();
        String cursor = null;
        int pages = 0;
        do {
            JsonNode page = read(own.get("/api/v1/interviews?limit=2" + (cursor == null ? "" : "&cursor=" + cursor))
                    .body());
            page.path("data").forEach(i -> seen.add(i.path("candidate").path("name").asText()));
            cursor = page.path("nextCursor").isNull() ? null : page.path("nextCursor").asText();
            pages++;
        } while (cursor != null);
        assertThat(pages).isEqualTo(3);
        assertThat(seen).containsExactly("Candidate 4", "Candidate 3", "Candidate 2", "Candidate 1", "Candidate 0");

        // filters: by external id, by job, by status
        JsonNode one = read(own.get("/api/v1/interviews?externalId=ext-3").body());
        assertThat(one.path("data")).hasSize(1);
        assertThat(one.path("data").get(0).path("candidate").path("externalId").asText()).isEqualTo("ext-3");
        assertThat(read(own.get("/api/v1/interviews?jobId=" + job.path("id").asText() + "&status=invited").body())
                .path("data")).hasSize(5);
        assertThat(read(own.get("/api/v1/interviews?status=completed").body()).path("data")).isEmpty();
        JsonNode jobs = read(own.get("/api/v1/jobs?limit=1").body());
        assertThat(jobs.path("data")).hasSize(1);
        assertThat(jobs.path("nextCursor").isNull()).isTrue();
    }

    @Test
    void anInterviewRunsToItsReportWithRecordingsThenIsErasedWithAReceipt() throws Exception {
        String jobId = ApiFixture.readyJob(api).path("id").asText();

        // when a candidate is invited, the link is in the reply once
        JsonNode created = ApiFixture.invite(api, jobId, "Ada Lovelace", "greenhouse-42");
        String id = created.path("id").asText();
        assertThat(created.path("url").asText()).startsWith(fixture.app.base + "/i/");
        assertThat(created.path("status").asText()).isEqualTo("invited");
        JsonNode read = read(api.get("/api/v1/interviews/" + id).body());
        assertThat(read.has("url")).isFalse();
        assertThat(read.path("candidate").path("email").asText()).isEqualTo("cand@example.com");

        // and before the candidate answered, the report is not ready
        HttpResponse<String> early = api.get("/api/v1/interviews/" + id + "/report");
        assertThat(early.statusCode()).isEqualTo(409);
        assertThat(early.body()).contains("report.ready webhook");

        // when the candidate answers everything on the candidate pages
        fixture.answerAll(created.path("url").asText());
        JsonNode done = ApiFixture.awaitReport(api, id);

        // then the interview is completed with its progress and times
        assertThat(done.path("status").asText()).isEqualTo("completed");
        assertThat(done.path("progress").path("answered").asInt()).isEqualTo(done.path("progress").path("total").asInt())
                .isPositive();
        assertThat(done.path("consentedAt").isNull()).isFalse();
        assertThat(done.path("completedAt").isNull()).isFalse();

        // and the report reads as JSON and as Markdown
        JsonNode report = read(api.get("/api/v1/interviews/" + id + "/report").body());
        assertThat(report.path("sessionId").asText()).isNotEmpty();
        HttpResponse<String> markdown = api.get("/api/v1/interviews/" + id + "/report", Map.of("Accept",
                "text/markdown"));
        assertThat(markdown.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/markdown");
        assertThat(markdown.body()).startsWith("#");

        // and the recording is listed with a signed link, no file path, served with ranges and no key
        HttpResponse<String> recordings = api.get("/api/v1/interviews/" + id + "/recordings");
        assertThat(recordings.body()).doesNotContain(fixture.app.dataDir.toString()).doesNotContain("media/");
        JsonNode recording = read(recordings.body()).path("data").get(0);
        String url = recording.path("url").asText();
        ApiClient anonymous = api.as(null);
        String path = url.substring(fixture.app.base.toString().length());
        HttpResponse<String> whole = anonymous.get(path);
        assertThat(whole.statusCode()).isEqualTo(200);
        HttpResponse<String> range = anonymous.get(path, Map.of("Range", "bytes=0-9"));
        assertThat(range.statusCode()).isEqualTo(206);
        assertThat(range.headers().firstValue("Content-Range")).hasValueSatisfying(v -> v.startsWith("bytes 0-9/"));
        String altered = path.replaceAll("signature=.", "signature=" + (path.contains("signature=A") ? "B" : "A"));
        assertThat(anonymous.get(altered).statusCode()).isEqualTo(403);
        String expired = path.replaceAll("expires=[0-9]+", "expires=1000");
        assertThat(anonymous.get(expired).statusCode()).isEqualTo(403);

        // when the candidate's data is erased
        HttpResponse<String> erased = api.delete("/api/v1/interviews/" + id);
        assertThat(erased.statusCode()).isEqualTo(200);
        JsonNode receipt = read(erased.body());
        assertThat(receipt.path("interviewId").asText()).isEqualTo(id);
        assertThat(receipt.path("recordingsDeleted").asInt()).isEqualTo(1);
        assertThat(receipt.path("answersDeleted").asInt()).isPositive();
        assertThat(receipt.path("reportDeleted").asBoolean()).isTrue();

        // then a second erasure answers the same receipt, the tombstone has no personal data, and nothing is served
        assertThat(api.delete("/api/v1/interviews/" + id).body()).isEqualTo(erased.body());
        JsonNode tombstone = read(api.get("/api/v1/interviews/" + id).body());
        assertThat(tombstone.path("status").asText()).isEqualTo("erased");
        assertThat(tombstone.path("candidate").path("name").asText()).isEmpty();
        assertThat(tombstone.path("candidate").path("email").isNull()).isTrue();
        assertThat(api.get("/api/v1/interviews/" + id + "/report").statusCode()).isEqualTo(409);
        assertThat(anonymous.get(path).statusCode()).isEqualTo(404);
        assertThat(read(api.get("/api/v1/interviews/" + id + "/recordings").body()).path("data")).isEmpty();
        assertThat(new Http(fixture.app.base).get(new java.net.URI(created.path("url").asText()).getPath())
                .statusCode()).isEqualTo(410);
    }

    @Test
    void aCancelledInterviewsLinkStopsWorkingAndACompletedOneCannotBeCancelled() throws Exception {
        String jobId = ApiFixture.readyJob(api).path("id").asText();
        JsonNode created = ApiFixture.invite(api, jobId, "Grace Hopper", "ext-cancel");
        String id = created.path("id").asText();
        String link = new java.net.URI(created.path("url").asText()).getPath();

        HttpResponse<String> cancelled = api.post("/api/v1/interviews/" + id + "/cancel", null);
        assertThat(cancelled.statusCode()).as(cancelled.body()).isEqualTo(200);
        assertThat(read(cancelled.body()).path("status").asText()).isEqualTo("cancelled");
        HttpResponse<String> page = new Http(fixture.app.base).get(link);
        assertThat(page.statusCode()).isEqualTo(410);
        assertThat(page.body()).contains("cancelled by the recruiter");

        JsonNode other = ApiFixture.invite(api, jobId, "Completed Candidate", "ext-done");
        fixture.answerAll(other.path("url").asText());
        ApiFixture.awaitReport(api, other.path("id").asText());
        HttpResponse<String> refused = api.post("/api/v1/interviews/" + other.path("id").asText() + "/cancel", null);
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("DELETE the interview");
    }

    @Test
    void aRetriedPostWithTheSameIdempotencyKeyIsAnsweredTheSameWithoutASecondInterview() {
        String jobId = ApiFixture.readyJob(api).path("id").asText();
        String body = "{\"candidate\":{\"name\":\"Retried Candidate\",\"externalId\":\"ext-retry\"}}";
        Map<String, String> headers = Map.of("Content-Type", "application/json", "Idempotency-Key",
                UUID.randomUUID().toString());

        HttpResponse<String> first = api.send("POST", "/api/v1/jobs/" + jobId + "/interviews", body, headers);
        HttpResponse<String> again = api.send("POST", "/api/v1/jobs/" + jobId + "/interviews", body, headers);

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(again.statusCode()).isEqualTo(201);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(again.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(first.headers().firstValue("Idempotent-Replayed")).isEmpty();
        assertThat(again.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"));
        assertThat(read(api.get("/api/v1/interviews?externalId=ext-retry").body()).path("data")).hasSize(1);

        // and the stored answer, which holds the candidate's link, is not readable in the database
        String link = read(first.body()).path("url").asText();
        assertThat(fixture.db.query("SELECT response_body FROM api_idempotency", rs -> rs.getString(1)))
                .isNotEmpty().noneMatch(stored -> stored.contains(link.substring(link.lastIndexOf('/') + 1)))
                .noneMatch(stored -> stored.contains("Retried Candidate"));
    }

    @Test
    void theOpenApiDocumentIsServedWithoutAKeyAsTheBuildCopiedIt() throws Exception {
        HttpResponse<String> doc = api.as(null).get("/api/v1/openapi.json");
        assertThat(doc.statusCode()).isEqualTo(200);
        assertThat(read(doc.body())).isEqualTo(read(java.nio.file.Files.readString(OpenApiContract.FILE)));
    }
}
