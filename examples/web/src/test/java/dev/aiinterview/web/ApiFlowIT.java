package dev.aiinterview.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.standardwebhooks.Webhook;
import com.sun.net.httpserver.HttpServer;
import dev.aiinterview.web.api.ApiClient;
import dev.aiinterview.web.api.ApiFixture;
import dev.aiinterview.web.webhook.WebhookSettings;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole flow as an applicant-tracking system drives it, through the REST API only, against the packaged app
 * started as a process: a key made with {@code java -jar interview-web.jar api-key create}, a webhook subscription,
 * a job, an interview, the candidate answering on the candidate pages, the {@code report.ready} webhook with its
 * signature checked by the Standard Webhooks library, and the report fetched as JSON and as Markdown. Every API
 * answer is checked against the OpenAPI document by the client.
 */
class ApiFlowIT {

    @TempDir
    Path temp;

    /** One webhook request as the receiver got it. */
    record Received(HttpHeaders headers, String body) {}

    @Test
    void anAtsDrivesAnInterviewThroughTheApiAndGetsASignedReportReadyWebhook() throws Exception {
        Path data = temp.resolve("data");
        String key = createKey(data, "acme");
        var received = new CopyOnWriteArrayList<Received>();
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hooks", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            received.add(new Received(HttpHeaders.of(exchange.getRequestHeaders(), (a, b) -> true),
                    new String(body, StandardCharsets.UTF_8)));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        // The receiver is on this machine: the app refuses local addresses unless told they are allowed.
        try (ServerProcess server = ServerProcess.start(data, ServerProcess.freePort(), Map.of(
                WebSettings.ADMIN_PASSWORD, TestApp.PASSWORD, WebhookSettings.ALLOW_PRIVATE_NETWORKS, "true",
                WebhookSettings.POLL_MS, "200"))) {
            var api = new ApiClient(server.base, key);

            // a subscription to the interview's events
            HttpResponse<String> hook = api.post("/api/v1/webhooks", "{\"url\":\"http://127.0.0.1:"
                    + receiver.getAddress().getPort() + "/hooks\",\"events\":[\"interview.started\","
                    + "\"interview.completed\",\"report.ready\"]}");
            assertThat(hook.statusCode()).as(hook.body()).isEqualTo(201);
            String secret = Candidate.read(hook.body()).path("secret").asText();

            // a job planned from its advert, and an interview with the ATS's own reference
            JsonNode job = ApiFixture.readyJob(api);
            assertThat(job.path("status").asText()).isEqualTo("ready");
            JsonNode interview = ApiFixture.invite(api, job.path("id").asText(), "Ada Lovelace", "gh-4711");
            String interviewId = interview.path("id").asText();
            String url = interview.path("url").asText();

            // the candidate answers every question (and the follow-ups they lead to) on the candidate pages
            int answered = ApiFixture.answerAll(server.base, url);
            assertThat(answered).isGreaterThanOrEqualTo(job.path("questions").size());

            // the report.ready webhook arrives, signed as Standard Webhooks signs, after started and completed
            Received ready = await(received, "report.ready");
            new Webhook(secret).verify(ready.body(), ready.headers());
            JsonNode event = Candidate.read(ready.body());
            assertThat(event.path("data").path("interviewId").asText()).isEqualTo(interviewId);
            assertThat(event.path("data").path("externalId").asText()).isEqualTo("gh-4711");
            List<String> types = new ArrayList<>();
            for (Received r : received) {
                new Webhook(secret).verify(r.body(), r.headers());
                types.add(Candidate.read(r.body()).path("type").asText());
            }
            assertThat(types).containsExactly("interview.started", "interview.completed", "report.ready");

            // and the report is served, as JSON and as Markdown
            HttpResponse<String> report = api.get("/api/v1/interviews/" + interviewId + "/report");
            assertThat(report.statusCode()).as(report.body()).isEqualTo(200);
            assertThat(Candidate.read(report.body()).path("summary").asText()).isNotBlank();
            HttpResponse<String> markdown = api.get("/api/v1/interviews/" + interviewId + "/report",
                    Map.of("Accept", "text/markdown"));
            assertThat(markdown.statusCode()).isEqualTo(200);
            assertThat(markdown.headers().firstValue("Content-Type").orElse("")).startsWith("text/markdown");
            assertThat(markdown.body()).startsWith("#").contains(job.path("title").asText());
            assertThat(Candidate.read(api.get("/api/v1/interviews/" + interviewId).body()).path("status").asText())
                    .isEqualTo("completed");
        } finally {
            receiver.stop(0);
        }
    }

    private static Received await(List<Received> received, String type) {
        for (int i = 0; i < 600; i++) {
            for (Received r : received) {
                if (Candidate.read(r.body()).path("type").asText().equals(type)) {
                    return r;
                }
            }
            Recruiter.sleep(100);
        }
        throw new AssertionError("No " + type + " webhook in 60 s; got " + received.size() + " request(s)");
    }

    /** {@code java -jar interview-web.jar api-key create --org NAME}, as an operator runs it; returns the key. */
    private static String createKey(Path dataDir, String org) throws IOException, InterruptedException {
        Path jar = Path.of(System.getProperty("web.jar", "target/interview-web.jar")).toAbsolutePath();
        Path out = Files.createTempFile("api-key", ".out");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx128m", "-D" + WebSettings.DATA_DIR + "=" + dataDir, "-jar", jar.toString(),
                "api-key", "create", "--org", org)
                .redirectOutput(out.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
        String key = Files.readString(out).strip();
        Files.delete(out);
        assertThat(key).matches("aik_[0-9a-f]{12}_[A-Za-z0-9_-]{43}");
        return key;
    }
}
