package dev.aiinterview.web.api;

import static dev.aiinterview.web.api.ApiFixture.read;
import static org.assertj.core.api.Assertions.assertThat;

import dev.aiinterview.web.apikey.ApiScope;
import dev.aiinterview.web.storage.TestDatabase;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A key whose first request never finished is not blocked for 24 hours, and a done request is never made a 500. */
class IdempotencyRecoveryTest {

    /** The database engine the app runs on in these tests; a subclass runs them on another. */
    TestDatabase.Engine engine() {
        return TestDatabase.Engine.H2;
    }

    private static final String BODY = "{\"candidate\":{\"name\":\"Retrying Candidate\"}}";

    @Test
    void aKeyLeftInFlightByARequestThatDiedIsTakenOverAfterTheInFlightLimitButNotBefore() {
        try (ApiFixture fixture = new ApiFixture(engine())) {
            String orgId = fixture.orgs.create("recovering").id();
            var key = fixture.keys.create(orgId, "test", Set.of(ApiScope.values()));
            ApiClient api = new ApiClient(fixture.app.base, key.key());
            String jobId = ApiFixture.readyJob(api).path("id").asText();
            String path = "/api/v1/jobs/" + jobId + "/interviews";

            // given a claim left by a request that died six minutes ago (the default limit is five), and a fresh one
            String stale = UUID.randomUUID().toString();
            String fresh = UUID.randomUUID().toString();
            String hash = sha256("POST " + path + "\n" + BODY);
            claim(fixture, key.stored().id(), stale, hash, Instant.now().minus(Duration.ofMinutes(6)));
            claim(fixture, key.stored().id(), fresh, hash, Instant.now());

            // when the client retries with each key
            HttpResponse<String> retried = api.send("POST", path, BODY, headers(stale));
            HttpResponse<String> early = api.send("POST", path, BODY, headers(fresh));

            // then the stale key does the work and stores its answer; the fresh one is still in flight
            assertThat(retried.statusCode()).as(retried.body()).isEqualTo(201);
            assertThat(read(retried.body()).path("url").asText()).isNotEmpty();
            HttpResponse<String> replayed = api.send("POST", path, BODY, headers(stale));
            assertThat(replayed.headers().firstValue("Idempotent-Replayed")).hasValue("true");
            assertThat(replayed.body()).isEqualTo(retried.body());
            assertThat(early.statusCode()).isEqualTo(409);
        }
    }

    @Test
    void whenTheAnswerCannotBeStoredTheClientStillGetsTheInterviewItCreated() {
        try (ApiFixture fixture = new ApiFixture(engine())) {
            ApiClient api = fixture.newOrganization("unstored");
            String jobId = ApiFixture.readyJob(api).path("id").asText();
            // given a database that refuses to store any answer
            fixture.db.update("ALTER TABLE api_idempotency ADD CONSTRAINT answers_refused CHECK (status IS NULL)");

            // when an interview is created with an Idempotency-Key
            HttpResponse<String> created = api.send("POST", "/api/v1/jobs/" + jobId + "/interviews", BODY,
                    headers(UUID.randomUUID().toString()));

            // then the interview was made and its link is shown, as without the key
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            assertThat(read(created.body()).path("url").asText()).startsWith(fixture.app.base + "/i/");
            assertThat(read(api.get("/api/v1/interviews").body()).path("data")).hasSize(1);
        }
    }

    /** A claim as the first request of a key makes it: the request's hash, no answer yet. */
    private static void claim(ApiFixture fixture, String keyId, String idemKey, String hash, Instant at) {
        fixture.db.update("INSERT INTO api_idempotency (api_key_id, idem_key, request_hash, created_at) "
                + "VALUES (?, ?, ?, ?)", keyId, idemKey, hash, at);
    }

    private static String sha256(String s) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(s.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> headers(String idemKey) {
        return Map.of("Content-Type", "application/json", "Idempotency-Key", idemKey);
    }
}
