package dev.aiinterview.web.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The API tests' HTTP client: every response it receives is checked against docs/api/openapi.json
 * ({@link OpenApiContract}) and one that does not conform fails the test, whatever the test asserts next.
 */
public final class ApiClient {

    /** Responses checked against the document, by all clients of this JVM. */
    static final AtomicInteger CHECKED = new AtomicInteger();

    private final URI base;
    private final String key;
    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();

    public ApiClient(URI base, String key) {
        this.base = base;
        this.key = key;
    }

    /** The same server with another key ({@code null}: none). */
    public ApiClient as(String otherKey) {
        return new ApiClient(base, otherKey);
    }

    public HttpResponse<String> get(String path) {
        return send("GET", path, null, Map.of());
    }

    public HttpResponse<String> get(String path, Map<String, String> headers) {
        return send("GET", path, null, headers);
    }

    public HttpResponse<String> post(String path, String json) {
        return send("POST", path, json, json == null ? Map.of() : Map.of("Content-Type", "application/json"));
    }

    public HttpResponse<String> patch(String path, String json) {
        return send("PATCH", path, json, Map.of("Content-Type", "application/json"));
    }

    public HttpResponse<String> delete(String path) {
        return send("DELETE", path, null, Map.of());
    }

    /** Any request; {@code headers} are sent as given (with the key's Authorization unless they set their own). */
    public HttpResponse<String> send(String method, String path, String body, Map<String, String> headers) {
        var builder = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (key != null && !headers.containsKey("Authorization")) {
            builder.header("Authorization", "Bearer " + key);
        }
        headers.forEach(builder::header);
        try {
            HttpResponse<String> response = client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            String pathOnly = response.request().uri().getRawPath();
            var violations = OpenApiContract.load().violations(method, pathOnly, response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(null), response.body());
            if (!violations.isEmpty()) {
                throw new AssertionError("The response does not conform to docs/api/openapi.json:\n  "
                        + String.join("\n  ", violations));
            }
            CHECKED.incrementAndGet();
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
