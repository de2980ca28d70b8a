package dev.aiinterview.web.partner.greenhouse;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.sun.net.httpserver.HttpServer;
import dev.aiinterview.web.Candidate;
import dev.aiinterview.web.Http;
import dev.aiinterview.web.Recruiter;
import dev.aiinterview.web.TestApp;
import dev.aiinterview.web.TestMedia;
import dev.aiinterview.web.apikey.ApiScope;
import dev.aiinterview.web.mail.MailSettings;
import dev.aiinterview.web.org.Organizations;
import dev.aiinterview.web.storage.Database;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Greenhouse's whole conversation with the app: list_tests, send_test, test_status while the candidate answers
 * through the emailed link on the candidate pages, until complete; then the PATCH back. Played once in Java and
 * once by {@code greenhouse-script.sh}, the curl script the integration guide documents, run as a process.
 */
class GreenhouseScriptTest {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private TestApp app;
    private HttpServer greenhouseServer;
    /** What the Greenhouse double received: "METHOD path Authorization body-length". */
    private final List<String> patches = Collections.synchronizedList(new ArrayList<>());
    /** The statuses it answers PATCHes with, in turn; 204 once they are used up. */
    private final ConcurrentLinkedQueue<Integer> answers = new ConcurrentLinkedQueue<>();
    private String key;
    private String planId;

    @BeforeEach
    void start() throws IOException {
        greenhouseServer = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        greenhouseServer.createContext("/integrations/testing_partners/take_home_tests/", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            patches.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath() + " "
                    + exchange.getRequestHeaders().getFirst("Authorization") + " " + body.length);
            Integer status = answers.poll();
            exchange.sendResponseHeaders(status == null ? 204 : status, -1);
            exchange.close();
        });
        greenhouseServer.start();
        app = TestApp.start(Map.of(MailSettings.HOST, "localhost",
                MailSettings.PORT, String.valueOf(MAIL.getSmtp().getPort()),
                MailSettings.FROM, "interviews@acme.example", MailSettings.STARTTLS, "false",
                Greenhouse.CALLBACK_SECONDS, "1", GreenhouseSettings.CALLBACK_HOSTS, "localhost"));
        String planPath = app.recruiter().plan(TestMedia.jobDescription());
        planId = planPath.substring(planPath.lastIndexOf('/') + 1);
        key = GreenhouseCalls.key(app, Organizations.DEFAULT_ID,
                EnumSet.of(ApiScope.INTERVIEWS_READ, ApiScope.INTERVIEWS_WRITE));
    }

    @AfterEach
    void stop() {
        app.close();
        greenhouseServer.stop(0);
    }

    @Test
    void greenhousesCallsGetACompletedResultAndTheCompletionIsPatchedBackAgainAfterAFailedAttempt() throws Exception {
        var greenhouse = new GreenhouseCalls(app);
        answers.add(500);
        String callback = greenhouseUrl() + "/integrations/testing_partners/take_home_tests/4242";

        // Greenhouse lists the tests and sends one
        JsonNode tests = greenhouse.listTests(key);
        assertThat(tests.get(0).path("partner_test_id").asText()).isEqualTo(planId);
        String id = greenhouse.sendTest(key, planId, "harry@hogwarts.example", "4242", callback);
        assertThat(greenhouse.testStatus(key, id).path("partner_status").asText()).isEqualTo("pending");

        // the candidate answers through the link that was emailed
        Candidate candidate = new Candidate(app.base, emailedToken(0));
        candidate.consentAndStart();
        assertThat(greenhouse.testStatus(key, id).path("partner_status").asText()).isEqualTo("in_progress");
        answerEveryQuestion(candidate);

        // Greenhouse polls until complete
        JsonNode result = awaitComplete(greenhouse, id);
        assertThat(GreenhouseRoutesTest.fieldNames(result)).containsExactly("partner_status", "partner_profile_url",
                "metadata");
        String profileUrl = result.path("partner_profile_url").asText();
        assertThat(profileUrl).isEqualTo(app.base + "/recruiter/interviews/" + id);
        assertThat(app.recruiter().http.get(profileUrl.substring(app.base.toString().length())).body())
                .contains("Report ready");
        JsonNode metadata = result.path("metadata");
        metadata.fields().forEachRemaining(f -> assertThat(f.getValue().isValueNode()).as(f.getKey()).isTrue());
        assertThat(GreenhouseRoutesTest.fieldNames(metadata)).contains("Summary", "Questions Answered",
                "Completed At", "Note");
        assertThat(metadata.path("Summary").asText()).isNotBlank();
        assertThat(metadata.path("Questions Answered").asInt()).isPositive();
        assertThat(result.toString()).doesNotContainIgnoringCase("hire\"").doesNotContain("partner_score");

        // the completion is PATCHed back: the first attempt is answered 500 and retried once it is due again
        awaitPatches(1);
        try (Database db = Database.open(app.app.settings().database())) {
            // moves the retry's time to now instead of waiting the minute of backoff
            db.update("UPDATE greenhouse_interview SET callback_next_at = ? WHERE invitation_id = ?", Instant.now(),
                    id);
        }
        awaitPatches(2);
        String expected = "PATCH /integrations/testing_partners/take_home_tests/4242 " + GreenhouseCalls.basic(key)
                + " 0";
        assertThat(patches).containsExactly(expected, expected);
        try (Database db = Database.open(app.app.settings().database())) {
            assertThat(db.query("SELECT callback_attempts, patched_at IS NOT NULL, callback_auth FROM "
                    + "greenhouse_interview WHERE invitation_id = ?", rs -> List.of(rs.getInt(1), rs.getBoolean(2),
                    String.valueOf(rs.getString(3))), id)).containsExactly(List.of(1, true, "null"));
        }
    }

    @Test
    void theCurlScriptPlaysGreenhouseAgainstTheRunningAppUntilTheTestIsComplete() throws Exception {
        Path output = Files.createTempFile("greenhouse-script", ".log");
        var script = new ProcessBuilder("bash", Path.of("greenhouse-script.sh").toAbsolutePath().toString(),
                app.base.toString()).redirectErrorStream(true).redirectOutput(output.toFile());
        script.environment().putAll(Map.of("GREENHOUSE_KEY", key, "CANDIDATE_EMAIL", "ginny@hogwarts.example",
                "POLL_SECONDS", "1", "MAX_POLLS", "120",
                "CALLBACK_URL", greenhouseUrl() + "/integrations/testing_partners/take_home_tests/7"));
        Process process = script.start();
        try {
            String token = emailedToken(0);
            // The candidate answers once Greenhouse has polled once, so that poll sees the test not yet done.
            for (int i = 0; i < 600 && !Files.readString(output).contains("test_status #1:"); i++) {
                Thread.sleep(50);
            }
            answerEveryQuestion(new Candidate(app.base, token));

            assertThat(process.waitFor(150, TimeUnit.SECONDS)).as("the script ends").isTrue();
            String log = Files.readString(output);
            assertThat(process.exitValue()).as(log).isZero();
            assertThat(log).contains("list_tests: [{\"partner_test_id\":\"" + planId + "\"")
                    .contains("test_status #1: pending\n")
                    .contains("result: {\"partner_status\":\"complete\"")
                    .containsPattern("partner_profile_url: " + app.base + "/recruiter/interviews/[0-9a-f-]{36}\n");
            // the repeated send_test in the script sent no second email
            assertThat(MAIL.getReceivedMessages()).hasSize(1);
        } finally {
            process.destroyForcibly();
            Files.deleteIfExists(output);
        }
    }

    private String greenhouseUrl() {
        return "http://localhost:" + greenhouseServer.getAddress().getPort();
    }

    private String emailedToken(int index) throws Exception {
        assertThat(MAIL.waitForIncomingEmail(60_000, index + 1)).as("the invitation email arrives").isTrue();
        String text = (String) MAIL.getReceivedMessages()[index].getContent();
        return Http.find(text, app.base + "/i/([A-Za-z0-9_-]{43})").orElseThrow();
    }

    private static void answerEveryQuestion(Candidate candidate) {
        if (candidate.state().path("status").asText().equals("welcome")) {
            candidate.consentAndStart();
        }
        JsonNode s = candidate.awaitPrompt();
        while (s.path("status").asText().equals("question")) {
            int turn = s.path("prompt").path("turn").asInt();
            assertThat(candidate.answerText(turn, "I designed an idempotent Kafka consumer for payments and reduced "
                    + "duplicate charges to zero over three months.").statusCode()).isBetween(200, 299);
            s = candidate.awaitPrompt();
        }
    }

    /** Polls test_status as Greenhouse does (here without the hour between polls) until complete, at most 60 s. */
    private JsonNode awaitComplete(GreenhouseCalls greenhouse, String id) {
        for (int i = 0; i < 300; i++) {
            JsonNode status = greenhouse.testStatus(key, id);
            if (status.path("partner_status").asText().equals("complete")) {
                return status;
            }
            Recruiter.sleep(200);
        }
        throw new AssertionError("The test was not complete in time");
    }

    private void awaitPatches(int count) {
        for (int i = 0; i < 300 && patches.size() < count; i++) {
            Recruiter.sleep(100);
        }
        assertThat(patches).as("PATCHes received").hasSizeGreaterThanOrEqualTo(count);
    }
}
