package dev.aiinterview.web.partner.greenhouse;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aiinterview.web.Candidate;
import dev.aiinterview.web.TestApp;
import dev.aiinterview.web.apikey.ApiKeys;
import dev.aiinterview.web.apikey.ApiScope;
import dev.aiinterview.web.storage.Database;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Set;

/** Greenhouse's side of the Assessment Partner API, over HTTP with Basic authentication, as Greenhouse calls it. */
final class GreenhouseCalls {

    private final HttpClient client = HttpClient.newHttpClient();
    private final URI base;
    private final String path;

    GreenhouseCalls(URI base, String path) {
        this.base = base;
        this.path = path;
    }

    GreenhouseCalls(TestApp app) {
        this(app.base, GreenhouseSettings.DEFAULT_PATH);
    }

    /** Greenhouse's Authorization value for a key: Basic, the key and a colon, Base64. */
    static String basic(String key) {
        return "Basic " + Base64.getEncoder().encodeToString((key + ":").getBytes(StandardCharsets.UTF_8));
    }

    /** Creates a key for an organization in the app's database. */
    static String key(TestApp app, String orgId, Set<ApiScope> scopes) {
        try (Database db = Database.open(app.app.settings().database())) {
            return new ApiKeys(db, Clock.systemUTC()).create(orgId, "Greenhouse", scopes).key();
        }
    }

    HttpResponse<String> get(String authorization, String route) {
        return send(request(route, authorization).GET());
    }

    HttpResponse<String> post(String authorization, String route, String body) {
        return send(request(route, authorization).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    JsonNode listTests(String key) {
        return ok(get(basic(key), "list_tests"));
    }

    String sendTest(String key, String testId, String email, String applicationId, String callbackUrl) {
        return ok(post(basic(key), "send_test", sendTestBody(testId, email, applicationId, callbackUrl)))
                .path("partner_interview_id").asText();
    }

    JsonNode testStatus(String key, String interviewId) {
        return ok(get(basic(key), "test_status?partner_interview_id=" + interviewId));
    }

    /** The body of Greenhouse's send_test example, with these values. */
    static String sendTestBody(String testId, String email, String applicationId, String callbackUrl) {
        return """
                {"partner_test_id": "%s",
                 "candidate": {"first_name": "Harry", "last_name": "Potter",
                   "resume_url": "https://hogwarts.com/resume", "phone_number": "123-456-7890", "email": "%s",
                   "greenhouse_profile_url": "https://app.greenhouse.io/people/17681532?application_id=%s"},
                 "url": "%s"}""".formatted(testId, email, applicationId, callbackUrl);
    }

    static JsonNode ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/json"));
        return Candidate.read(response.body());
    }

    private HttpRequest.Builder request(String route, String authorization) {
        var builder = HttpRequest.newBuilder(base.resolve(path + "/" + route)).timeout(Duration.ofSeconds(30));
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        return builder;
    }

    private HttpResponse<String> send(HttpRequest.Builder builder) {
        try {
            return client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
