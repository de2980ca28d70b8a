package dev.aiinterview.web.api;

import static dev.aiinterview.web.api.ApiFixture.read;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aiinterview.web.storage.TestDatabase;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Two organizations, two keys: every API route the server registers, called with the other organization's ids,
 * answers 404 (never 403, never the data), and lists never show the other's items. The routes come from the server
 * itself, so a new route without a case here fails the test.
 */
class TenantIsolationTest {

    /** The database engine the app runs on in these tests; a subclass runs them on another. */
    TestDatabase.Engine engine() {
        return TestDatabase.Engine.H2;
    }

    private static final Logger LOG = LoggerFactory.getLogger(TenantIsolationTest.class);

    /** Valid bodies, so that only the organization decides the answer. */
    private static final Map<String, String> BODIES = Map.of(
            "PATCH /api/v1/jobs/{id}", "{\"title\":\"Taken over\"}",
            "POST /api/v1/jobs/{id}/questions", "{\"topicId\":\"t1\",\"type\":\"technical\",\"text\":\"A question "
                    + "from the other organization?\"}",
            "PATCH /api/v1/jobs/{id}/questions/{questionId}", "{\"text\":\"A question from the other organization?\"}",
            "POST /api/v1/jobs/{id}/interviews", "{\"candidate\":{\"name\":\"Intruder\"}}");

    @Test
    void everyRouteCalledWithAnotherOrganizationsIdsAnswers404() {
        // Subscriptions to a local address are allowed here; nothing listens there, and nothing needs to.
        try (ApiFixture fixture = new ApiFixture(engine(), Map.of(
                "interview.web.webhooks.allow-private-networks", "true"))) {
            ApiClient owner = fixture.newOrganization("owner");
            ApiClient other = fixture.newOrganization("other");
            JsonNode job = ApiFixture.readyJob(owner);
            String jobId = job.path("id").asText();
            String questionId = job.path("questions").get(0).path("id").asText();
            JsonNode interview = ApiFixture.invite(owner, jobId, "Owner's Candidate", "owner-ext-1");
            String interviewId = interview.path("id").asText();
            String webhookId = read(owner.post("/api/v1/webhooks", "{\"url\":\"http://127.0.0.1:9/owner-hooks\","
                    + "\"events\":[\"report.ready\"]}").body()).path("id").asText();

            var covered = new ArrayList<String>();
            var failures = new ArrayList<String>();
            for (String route : fixture.app.app.routes()) {
                String[] parts = route.split(" ", 2);
                String method = parts[0];
                String template = parts[1];
                if (!template.startsWith("/api/v1/") || method.equals("BEFORE") || method.equals("AFTER")
                        || template.equals("/api/v1/openapi.json") || template.startsWith("/api/v1/recordings/")) {
                    continue; // not org-bound: the document, and recordings reached only through a signed link
                }
                String path = template.replace("{questionId}", questionId).replace("{webhookId}", webhookId)
                        .replace("{id}", template.startsWith("/api/v1/jobs") ? jobId : interviewId);
                if (!path.contains("{") && !template.equals(path)) {
                    HttpResponse<String> r = other.send(method, path, BODIES.get(route), BODIES.containsKey(route)
                            ? Map.of("Content-Type", "application/json") : Map.of());
                    if (r.statusCode() != 404 || r.body().contains(questionId + "\"") || r.body().contains(webhookId)
                            || r.body().contains("Owner's Candidate")) {
                        failures.add(route + " -> " + r.statusCode() + " " + r.body());
                    }
                    covered.add(route);
                } else {
                    covered.add(route + (method.equals("GET") ? " (list)" : " (creates in its own organization)"));
                    failures.addAll(listLeaks(other, method, template, jobId, interviewId, webhookId));
                }
            }
            LOG.info("Tenant isolation: {} API routes covered: {}", covered.size(), covered);
            assertThat(failures).as("routes that answered another organization's ids (covered " + covered.size()
                    + ": " + covered + ")").isEmpty();
            // the 18 org-bound routes of issue 12 at least (a route list read wrongly would cover none)
            assertThat(covered).hasSizeGreaterThanOrEqualTo(18);

            // and nothing the other organization sent changed the owner's data
            JsonNode after = read(owner.get("/api/v1/interviews/" + interviewId).body());
            assertThat(after.path("status").asText()).isEqualTo("invited");
            assertThat(after.path("candidate").path("name").asText()).isEqualTo("Owner's Candidate");
            JsonNode jobAfter = read(owner.get("/api/v1/jobs/" + jobId).body());
            assertThat(jobAfter.path("title").asText()).isEqualTo(job.path("title").asText());
            assertThat(jobAfter.path("questions").findValuesAsText("id")).contains(questionId);
            assertThat(read(owner.get("/api/v1/interviews?jobId=" + jobId).body()).path("data")).hasSize(1);
            assertThat(read(owner.get("/api/v1/webhooks").body()).path("data").findValuesAsText("id"))
                    .containsExactly(webhookId);
        }
    }

    /** The routes without an id: the other organization's lists are empty of the owner's items. */
    private static List<String> listLeaks(ApiClient other, String method, String template, String jobId,
                                          String interviewId, String webhookId) {
        var leaks = new ArrayList<String>();
        Map<String, HttpResponse<String>> answers = new LinkedHashMap<>();
        if (method.equals("GET") && template.equals("/api/v1/jobs")) {
            answers.put(template, other.get(template));
        } else if (method.equals("GET") && template.equals("/api/v1/interviews")) {
            answers.put(template, other.get(template));
            answers.put(template + "?jobId", other.get(template + "?jobId=" + jobId));
            answers.put(template + "?externalId", other.get(template + "?externalId=owner-ext-1"));
        } else if (method.equals("GET") && template.equals("/api/v1/webhooks")) {
            answers.put(template, other.get(template));
        } else if (method.equals("POST") && (template.equals("/api/v1/jobs") || template.equals("/api/v1/webhooks"))) {
            return leaks; // creates in the caller's own organization: nothing of the owner's to reach
        } else {
            leaks.add(method + " " + template + ": no isolation case; add one to TenantIsolationTest");
            return leaks;
        }
        answers.forEach((what, r) -> {
            if (r.statusCode() != 200 || r.body().contains(jobId) || r.body().contains(interviewId)
                    || r.body().contains(webhookId)) {
                leaks.add(what + " -> " + r.statusCode() + " " + r.body());
            }
        });
        return leaks;
    }
}
