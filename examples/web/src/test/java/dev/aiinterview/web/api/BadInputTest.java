package dev.aiinterview.web.api;

import static dev.aiinterview.web.api.ApiFixture.read;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aiinterview.json.Json;
import dev.aiinterview.web.ServerLog;
import dev.aiinterview.web.TestMedia;
import dev.aiinterview.web.apikey.ApiScope;
import dev.aiinterview.web.org.Organizations;
import dev.aiinterview.web.webhook.Webhooks;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bad input of every kind the API can be sent: each is a 4xx problem ({@code application/problem+json}) with the
 * expected status, a detail, the field named where there is one, and the server logs no stack trace for any.
 */
class BadInputTest {

    private static final Logger LOG = LoggerFactory.getLogger(BadInputTest.class);
    private static final Map<String, String> JSON = Map.of("Content-Type", "application/json");

    private record Case(String name, int status, HttpResponse<String> response, String mustMention) {}

    @Test
    void everyKindOfBadInputIsA4xxProblemThatNamesTheFixAndNoStackTrace() {
        try (ServerLog log = ServerLog.start(); ApiFixture fixture = new ApiFixture()) {
            ApiClient api = fixture.newOrganization("strict");
            String orgId = fixture.orgs.byName("strict").orElseThrow().id();
            JsonNode job = ApiFixture.readyJob(api);
            String jobId = job.path("id").asText();
            String q = job.path("questions").get(0).path("id").asText();
            String invite = "/api/v1/jobs/" + jobId + "/interviews";
            String jd = Json.write(TestMedia.jobDescription());
            var cases = new ArrayList<Case>();

            // JSON that is not JSON, or not the expected shape
            cases.add(new Case("malformed JSON", 400, api.post("/api/v1/jobs", "{\"description\": \"x\""), "not valid JSON"));
            cases.add(new Case("trailing garbage", 400, api.post("/api/v1/jobs", "{\"description\":" + jd + "} x"), "JSON"));
            cases.add(new Case("duplicate field", 400, api.post("/api/v1/jobs", "{\"description\":" + jd
                    + ",\"description\":" + jd + "}"), "Duplicate"));
            cases.add(new Case("array instead of object", 400, api.post("/api/v1/jobs", "[]"), ""));
            cases.add(new Case("empty body", 400, api.send("POST", "/api/v1/jobs", "", JSON), "empty"));
            cases.add(new Case("JSON null body", 400, api.post("/api/v1/jobs", "null"), "null"));
            cases.add(new Case("deep nesting", 400, api.post(invite, "{\"candidate\":" + "[".repeat(50)
                    + "]".repeat(50) + "}"), ""));
            // wrong types
            cases.add(new Case("number for a string", 400, api.post("/api/v1/jobs", "{\"description\":5}"), "/description"));
            cases.add(new Case("boolean for a nested string", 400, api.post(invite, "{\"candidate\":{\"name\":true}}"),
                    "/candidate/name"));
            cases.add(new Case("string for an integer", 400, api.post(invite, "{\"candidate\":{\"name\":\"A\"},"
                    + "\"expiresInDays\":\"7\"}"), "/expiresInDays"));
            cases.add(new Case("fraction for an integer", 400, api.post(invite, "{\"candidate\":{\"name\":\"A\"},"
                    + "\"expiresInDays\":1.5}"), "/expiresInDays"));
            cases.add(new Case("string for an object", 400, api.post(invite, "{\"candidate\":\"Ada\"}"), "/candidate"));
            // unknown fields
            cases.add(new Case("unknown field", 400, api.post("/api/v1/jobs", "{\"description\":" + jd
                    + ",\"salary\":1}"), "salary"));
            cases.add(new Case("unknown nested field", 400, api.post(invite, "{\"candidate\":{\"name\":\"A\","
                    + "\"phone\":\"1\"}}"), "/candidate/phone"));
            cases.add(new Case("questionsPerTopic out of range", 400, api.post("/api/v1/jobs",
                    "{\"description\":" + jd + ",\"questionsPerTopic\":9}"), "/questionsPerTopic"));
            cases.add(new Case("followUps negative", 400, api.post("/api/v1/jobs",
                    "{\"description\":" + jd + ",\"followUps\":-1}"), "/followUps"));
            // values out of range
            cases.add(new Case("description too short", 400, api.post("/api/v1/jobs", "{\"description\":\"Cook\"}"),
                    "/description"));
            cases.add(new Case("description missing", 400, api.post("/api/v1/jobs", "{\"title\":\"Cook\"}"),
                    "/description"));
            cases.add(new Case("title too long", 400, api.post("/api/v1/jobs", "{\"title\":\"" + "x".repeat(201)
                    + "\",\"description\":" + jd + "}"), "/title"));
            cases.add(new Case("candidate missing", 400, api.post(invite, "{}"), "/candidate"));
            cases.add(new Case("candidate name blank", 400, api.post(invite, "{\"candidate\":{\"name\":\"  \"}}"),
                    "/candidate/name"));
            cases.add(new Case("email not an address", 400, api.post(invite, "{\"candidate\":{\"name\":\"A\","
                    + "\"email\":\"not-an-address\"}}"), "/candidate/email"));
            cases.add(new Case("expiresInDays zero", 400, api.post(invite, "{\"candidate\":{\"name\":\"A\"},"
                    + "\"expiresInDays\":0}"), "/expiresInDays"));
            cases.add(new Case("expiresInDays too large", 400, api.post(invite, "{\"candidate\":{\"name\":\"A\"},"
                    + "\"expiresInDays\":99999999999}"), "/expiresInDays"));
            cases.add(new Case("question type unknown", 400, api.post("/api/v1/jobs/" + jobId + "/questions",
                    "{\"topicId\":\"t1\",\"type\":\"trick\",\"text\":\"What is your favourite colour?\"}"), "/type"));
            cases.add(new Case("question topic unknown", 400, api.post("/api/v1/jobs/" + jobId + "/questions",
                    "{\"topicId\":\"t999\",\"type\":\"technical\",\"text\":\"What is your favourite colour?\"}"),
                    "topics"));
            cases.add(new Case("question text too short", 400, api.patch("/api/v1/jobs/" + jobId + "/questions/" + q,
                    "{\"text\":\"Why?\"}"), "/text"));
            cases.add(new Case("seniority unknown", 400, api.patch("/api/v1/jobs/" + jobId, "{\"seniority\":\"guru\"}"),
                    "/seniority"));
            // media type and size
            cases.add(new Case("no Content-Type", 415, api.send("POST", "/api/v1/jobs", "{\"description\":" + jd + "}",
                    Map.of()), "Content-Type"));
            cases.add(new Case("form instead of JSON", 415, api.send("POST", "/api/v1/jobs", "description=x",
                    Map.of("Content-Type", "application/x-www-form-urlencoded")), "application/json"));
            cases.add(new Case("body over 64 KB", 413, api.post("/api/v1/jobs", "{\"description\":\""
                    + "a".repeat(70_000) + "\"}"), "64 KB"));
            cases.add(new Case("body over the server's 2 MB", 413, api.post("/api/v1/jobs", "{\"description\":\""
                    + "a".repeat(3_000_000) + "\"}"), "64 KB"));
            // keys and scopes
            cases.add(new Case("no key", 401, api.as(null).get("/api/v1/jobs"), "api-key create --org"));
            cases.add(new Case("not a Bearer", 401, api.get("/api/v1/jobs", Map.of("Authorization", "Basic YTpi")),
                    "Bearer"));
            cases.add(new Case("unknown key", 401, api.as("aik_000000000000_" + "A".repeat(43)).get("/api/v1/jobs"),
                    "/recruiter/api-keys"));
            cases.add(new Case("not a key at all", 401, api.as("hunter2").get("/api/v1/jobs"), "api-key create"));
            String revoked = fixture.key(orgId, Set.of(ApiScope.values()));
            fixture.keys.revoke(orgId, fixture.keys.list(orgId).get(0).id());
            cases.add(new Case("revoked key", 401, api.as(revoked).get("/api/v1/jobs"), "revoked"));
            ApiClient readOnly = api.as(fixture.key(orgId, Set.of(ApiScope.JOBS_READ)));
            cases.add(new Case("missing scope", 403, readOnly.post("/api/v1/jobs", "{\"description\":" + jd + "}"),
                    "jobs:write"));
            cases.add(new Case("missing scope for reports", 403, readOnly.get("/api/v1/interviews/x/report"),
                    "reports:read"));
            // idempotency keys
            String key = UUID.randomUUID().toString();
            var first = api.send("POST", invite, "{\"candidate\":{\"name\":\"Once\"}}", Map.of("Content-Type",
                    "application/json", "Idempotency-Key", key));
            assertThat(first.statusCode()).isEqualTo(201);
            cases.add(new Case("Idempotency-Key replayed with another body", 422, api.send("POST", invite,
                    "{\"candidate\":{\"name\":\"Twice\"}}", Map.of("Content-Type", "application/json",
                            "Idempotency-Key", key)), "new key"));
            cases.add(new Case("Idempotency-Key replayed on another path", 422, api.send("POST", "/api/v1/jobs",
                    "{\"candidate\":{\"name\":\"Once\"}}", Map.of("Content-Type", "application/json",
                            "Idempotency-Key", key)), "new key"));
            cases.add(new Case("Idempotency-Key too long", 400, api.send("POST", invite,
                    "{\"candidate\":{\"name\":\"Once\"}}", Map.of("Content-Type", "application/json",
                            "Idempotency-Key", "k".repeat(256))), "255"));
            // pages and filters
            cases.add(new Case("cursor not ours", 400, api.get("/api/v1/jobs?cursor=bm90LWEtY3Vyc29y"), "cursor"));
            cases.add(new Case("cursor not base64", 400, api.get("/api/v1/interviews?cursor=%25%25%25"), "cursor"));
            cases.add(new Case("limit zero", 400, api.get("/api/v1/jobs?limit=0"), "limit"));
            cases.add(new Case("limit too large", 400, api.get("/api/v1/jobs?limit=201"), "limit"));
            cases.add(new Case("limit not a number", 400, api.get("/api/v1/interviews?limit=ten"), "limit"));
            cases.add(new Case("unknown query parameter", 400, api.get("/api/v1/interviews?sort=name"), "sort"));
            cases.add(new Case("status filter unknown", 400, api.get("/api/v1/interviews?status=hired"), "status"));
            cases.add(new Case("jobId filter malformed", 400, api.get("/api/v1/interviews?jobId=%27%20OR%201=1"),
                    "jobId"));
            cases.add(new Case("externalId filter too long", 400, api.get("/api/v1/interviews?externalId="
                    + "x".repeat(201)), "externalId"));
            // webhook subscriptions
            cases.add(new Case("webhook without events", 400, api.post("/api/v1/webhooks",
                    "{\"url\":\"https://ats.example.com/hooks\",\"events\":[]}"), "/events"));
            cases.add(new Case("webhook event unknown", 400, api.post("/api/v1/webhooks",
                    "{\"url\":\"https://ats.example.com/hooks\",\"events\":[\"candidate.hired\"]}"),
                    "interview.started"));
            cases.add(new Case("webhook event twice", 400, api.post("/api/v1/webhooks",
                    "{\"url\":\"https://ats.example.com/hooks\",\"events\":[\"report.ready\",\"report.ready\"]}"),
                    "once"));
            cases.add(new Case("webhook address not http(s)", 400, api.post("/api/v1/webhooks",
                    "{\"url\":\"ftp://ats.example.com/hooks\",\"events\":[\"report.ready\"]}"), "/url"));
            cases.add(new Case("webhook address on a private network", 400, api.post("/api/v1/webhooks",
                    "{\"url\":\"http://10.0.0.8/hooks\",\"events\":[\"report.ready\"]}"), "/url"));
            cases.add(new Case("webhook address missing", 400, api.post("/api/v1/webhooks",
                    "{\"events\":[\"report.ready\"]}"), "/url"));
            cases.add(new Case("unknown webhook", 404, api.delete("/api/v1/webhooks/" + UUID.randomUUID()),
                    "GET /api/v1/webhooks"));
            cases.add(new Case("webhook scope missing", 403, readOnly.get("/api/v1/webhooks"), "webhooks:write"));
            for (int i = 0; i < Webhooks.MAX_ENDPOINTS; i++) {
                assertThat(api.post("/api/v1/webhooks", "{\"url\":\"https://ats.example.com/hooks/" + i
                        + "\",\"events\":[\"report.ready\"]}").statusCode()).isEqualTo(201);
            }
            cases.add(new Case("webhook subscriptions past the limit", 409, api.post("/api/v1/webhooks",
                    "{\"url\":\"https://ats.example.com/hooks/more\",\"events\":[\"report.ready\"]}"),
                    "DELETE /api/v1/webhooks/{id}"));
            // addresses
            cases.add(new Case("unknown route", 404, api.get("/api/v1/candidates"), "openapi.json"));
            HttpResponse<String> put = api.send("PUT", "/api/v1/jobs/" + jobId, "{}", JSON);
            cases.add(new Case("method the route does not accept", 405, put, "it accepts GET, PATCH"));
            assertThat(put.headers().firstValue("Allow")).hasValue("GET, PATCH");
            cases.add(new Case("unknown job", 404, api.get("/api/v1/jobs/" + UUID.randomUUID()), "GET /api/v1/jobs"));
            cases.add(new Case("unknown interview", 404, api.get("/api/v1/interviews/" + UUID.randomUUID()),
                    "GET /api/v1/interviews"));
            cases.add(new Case("recording link without signature", 403, api.as(null).get("/api/v1/recordings/"
                    + UUID.randomUUID()), "expired or was altered"));

            var wrong = new ArrayList<String>();
            for (Case c : cases) {
                HttpResponse<String> r = c.response();
                String type = r.headers().firstValue("Content-Type").orElse("");
                JsonNode body = r.body().isEmpty() ? null : read(r.body());
                if (r.statusCode() != c.status() || !type.startsWith("application/problem+json") || body == null
                        || body.path("status").asInt() != c.status() || body.path("detail").asText().isBlank()
                        || !r.body().contains(c.mustMention())) {
                    wrong.add(c.name() + ": expected " + c.status() + " mentioning '" + c.mustMention() + "', got "
                            + r.statusCode() + " " + type + " " + r.body());
                }
                if (c.status() == 401 && r.headers().firstValue("WWW-Authenticate").filter("Bearer"::equals).isEmpty()) {
                    wrong.add(c.name() + ": no 'WWW-Authenticate: Bearer'");
                }
            }
            LOG.info("Bad input: {} cases, each a 4xx problem: {}", cases.size(), cases.stream().map(Case::name).toList());
            assertThat(wrong).as("of " + cases.size() + " bad-input cases").isEmpty();
            assertThat(log.hasStackTrace()).as("a stack trace in the server log:\n" + log.text()).isFalse();
            assertThat(log.text()).doesNotContain(revoked);
        }
    }

    @Test
    void aKeyOverItsRateLimitIsAnswered429WithRetryAfterAndAnotherKeyIsNot() {
        try (ApiFixture fixture = new ApiFixture(Map.of(ApiRoutes.REQUESTS_PER_MINUTE, "3"))) {
            ApiClient api = fixture.newOrganization("busy");
            ApiClient other = api.as(fixture.key(fixture.orgs.byName("busy").orElseThrow().id(),
                    Set.of(ApiScope.JOBS_READ)));
            for (int i = 0; i < 3; i++) {
                assertThat(api.get("/api/v1/jobs").statusCode()).isEqualTo(200);
            }
            HttpResponse<String> limited = api.get("/api/v1/jobs");
            assertThat(limited.statusCode()).isEqualTo(429);
            assertThat(limited.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
            long retry = Long.parseLong(limited.headers().firstValue("Retry-After").orElseThrow());
            assertThat(retry).isBetween(1L, 60L);
            assertThat(other.get("/api/v1/jobs").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void identicalRequestsRacingWithOneIdempotencyKeyCreateOneJob() throws Exception {
        try (ApiFixture fixture = new ApiFixture()) {
            ApiClient api = fixture.newOrganization("racing");
            String body = "{\"description\":" + Json.write(TestMedia.jobDescription()) + "}";
            Map<String, String> headers = Map.of("Content-Type", "application/json", "Idempotency-Key", "race-1");
            var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
            try {
                var start = new java.util.concurrent.CountDownLatch(1);
                var futures = new ArrayList<java.util.concurrent.Future<HttpResponse<String>>>();
                for (int i = 0; i < 8; i++) {
                    futures.add(pool.submit(() -> {
                        start.await();
                        return api.send("POST", "/api/v1/jobs", body, headers);
                    }));
                }
                start.countDown();
                Map<Integer, Integer> statuses = new LinkedHashMap<>();
                List<String> ids = new ArrayList<>();
                for (var f : futures) {
                    HttpResponse<String> r = f.get();
                    statuses.merge(r.statusCode(), 1, Integer::sum);
                    if (r.statusCode() == 202) {
                        ids.add(read(r.body()).path("id").asText());
                    }
                }
                assertThat(statuses.keySet()).as(statuses.toString()).isSubsetOf(202, 409);
                assertThat(ids).isNotEmpty().allMatch(ids.get(0)::equals);
                assertThat(read(api.get("/api/v1/jobs").body()).path("data")).hasSize(1);
            } finally {
                pool.shutdownNow();
            }
        }
    }
}
