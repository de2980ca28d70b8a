package dev.aiinterview.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aiinterview.json.Json;
import dev.aiinterview.web.Candidate;
import dev.aiinterview.web.Recruiter;
import dev.aiinterview.web.TestApp;
import dev.aiinterview.web.TestMedia;
import dev.aiinterview.web.apikey.ApiKeys;
import dev.aiinterview.web.apikey.ApiScope;
import dev.aiinterview.web.org.Organizations;
import dev.aiinterview.web.storage.Database;
import dev.aiinterview.web.storage.TestDatabase;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.slf4j.LoggerFactory;

/** The app in this JVM with API keys made as the operator makes them, and steps every API test takes. */
public final class ApiFixture implements AutoCloseable {

    public final TestApp app;
    public final Database db;
    public final ApiKeys keys;
    public final Organizations orgs;

    private final TestDatabase database;

    /** The app on the embedded H2 database with these settings. */
    public ApiFixture(Map<String, String> settings) {
        this(TestDatabase.Engine.H2, settings);
    }

    /**
     * The app with these settings on a new database of this engine (H2: the app's own default; PostgreSQL: a new
     * database on the server of {@value TestDatabase#POSTGRES_URL_ENV}, and the test is skipped without one).
     */
    public ApiFixture(TestDatabase.Engine engine, Map<String, String> settings) {
        var all = new java.util.HashMap<>(settings);
        this.database = engine == TestDatabase.Engine.H2 ? null : TestDatabase.create(engine);
        if (database != null) {
            all.put(dev.aiinterview.web.WebSettings.JDBC_URL, database.url());
        }
        this.app = TestApp.start(all);
        // The server's own database, opened a second time in this JVM, as the api-key command would.
        this.db = Database.open(app.app.settings().database());
        this.keys = new ApiKeys(db, Clock.systemUTC());
        this.orgs = new Organizations(db, Clock.systemUTC());
    }

    /** The app on a new database of this engine. */
    public ApiFixture(TestDatabase.Engine engine) {
        this(engine, Map.of());
    }

    public ApiFixture() {
        this(Map.of());
    }

    /** A client with a new key of a new organization, with every scope. */
    public ApiClient newOrganization(String name) {
        return new ApiClient(app.base, key(orgs.create(name).id(), Set.of(ApiScope.values())));
    }

    /** A new key of an organization. */
    public String key(String orgId, Set<ApiScope> scopes) {
        return keys.create(orgId, "test", scopes).key();
    }

    /** Creates a job through the API and waits until it is ready; returns it. */
    public static JsonNode readyJob(ApiClient api) {
        HttpResponse<String> created = api.post("/api/v1/jobs", "{\"description\":" + Json.write(
                TestMedia.jobDescription()) + "}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(202);
        String id = read(created.body()).path("id").asText();
        return awaitJob(api, id);
    }

    public static JsonNode awaitJob(ApiClient api, String id) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            JsonNode job = read(api.get("/api/v1/jobs/" + id).body());
            if (!job.path("status").asText().equals("planning")) {
                return job;
            }
            Recruiter.sleep(100);
        }
        throw new AssertionError("The job was not planned in time");
    }

    /** Invites a candidate through the API; returns the 201 reply. */
    public static JsonNode invite(ApiClient api, String jobId, String name, String externalId) {
        HttpResponse<String> r = api.post("/api/v1/jobs/" + jobId + "/interviews", "{\"candidate\":{\"name\":"
                + Json.write(name) + ",\"email\":\"cand@example.com\",\"externalId\":" + Json.write(externalId) + "}}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return read(r.body());
    }

    /** The candidate answers every question through the candidate pages, with a video for the first. */
    public void answerAll(String url) {
        answerAll(app.base, url);
    }

    /**
     * The candidate of this link, on the server at {@code base}, answers every question and follow-up through the
     * candidate pages, with a video for the first; returns how many answers were given.
     */
    public static int answerAll(URI base, String url) {
        String token = url.substring(url.lastIndexOf('/') + 1);
        var candidate = new Candidate(base, token);
        candidate.consentAndStart();
        var s = candidate.awaitPrompt();
        int answered = 0;
        while (s.path("status").asText().equals("question")) {
            int turn = s.path("prompt").path("turn").asInt();
            if (answered == 0) {
                assertThat(candidate.upload(turn, "video", TestMedia.webm(), "video/webm").statusCode()).isEqualTo(201);
            }
            HttpResponse<String> r = candidate.answerText(turn, "I designed an idempotent Kafka consumer for payments "
                    + "and reduced duplicate charges to zero over three months.");
            assertThat(r.statusCode()).as(r.body()).isBetween(200, 202);
            answered++;
            s = candidate.awaitPrompt();
        }
        return answered;
    }

    /** Waits until the interview's report is ready (at most 30 s). */
    public static JsonNode awaitReport(ApiClient api, String interviewId) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            JsonNode interview = read(api.get("/api/v1/interviews/" + interviewId).body());
            if (interview.path("reportReady").asBoolean()) {
                return interview;
            }
            Recruiter.sleep(150);
        }
        throw new AssertionError("No report in time for " + interviewId);
    }

    public static JsonNode read(String json) {
        return Candidate.read(json);
    }

    @Override
    public void close() {
        LoggerFactory.getLogger(ApiFixture.class).info("{} API responses checked against docs/api/openapi.json so far",
                ApiClient.CHECKED.get());
        try {
            db.close();
            app.close();
        } finally {
            if (database != null) {
                database.close();
            }
        }
    }
}
