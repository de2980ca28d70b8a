package dev.aiinterview.web.partner.greenhouse;

import static dev.aiinterview.web.partner.greenhouse.GreenhouseCalls.basic;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aiinterview.web.Candidate;
import dev.aiinterview.web.TestApp;
import dev.aiinterview.web.api.ApiRoutes;
import dev.aiinterview.web.apikey.ApiScope;
import dev.aiinterview.web.org.Organizations;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Greenhouse's calls count against the key's REST API rate limit: over it, 429 in Greenhouse's error shape. */
class GreenhouseRateLimitTest {

    @Test
    void aKeyOverItsRateLimitIsAnswered429WithRetryAfterOnBothDoorsAndAnotherKeyIsNot() throws Exception {
        try (TestApp app = TestApp.start(Map.of(ApiRoutes.REQUESTS_PER_MINUTE, "3"))) {
            var greenhouse = new GreenhouseCalls(app);
            String key = GreenhouseCalls.key(app, Organizations.DEFAULT_ID, EnumSet.allOf(ApiScope.class));
            String other = GreenhouseCalls.key(app, Organizations.DEFAULT_ID, EnumSet.of(ApiScope.INTERVIEWS_READ));
            for (int i = 0; i < 3; i++) {
                greenhouse.listTests(key);
            }

            HttpResponse<String> limited = greenhouse.post(basic(key), "response_error",
                    "{\"api_call\": \"list_tests\", \"errors\": [\"x\"]}");

            assertThat(limited.statusCode()).isEqualTo(429);
            JsonNode body = Candidate.read(limited.body());
            assertThat(GreenhouseRoutesTest.fieldNames(body)).containsExactly("status", "error");
            assertThat(body.path("status").asInt()).isEqualTo(429);
            assertThat(body.path("error").asText()).contains("Retry-After");
            assertThat(Long.parseLong(limited.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 60L);
            // One allowance per key, whichever door: the REST API refuses the same key too.
            HttpResponse<String> api = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(app.base + "/api/v1/jobs")).header("Authorization", "Bearer " + key).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(api.statusCode()).isEqualTo(429);
            assertThat(greenhouse.listTests(other).isArray()).isTrue();
        }
    }
}
