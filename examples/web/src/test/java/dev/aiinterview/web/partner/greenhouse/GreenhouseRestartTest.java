package dev.aiinterview.web.partner.greenhouse;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import dev.aiinterview.api.config.ConfigSource;
import dev.aiinterview.web.Candidate;
import dev.aiinterview.web.Http;
import dev.aiinterview.web.Recruiter;
import dev.aiinterview.web.TestApp;
import dev.aiinterview.web.TestMedia;
import dev.aiinterview.web.WebSettings;
import dev.aiinterview.web.apikey.ApiScope;
import dev.aiinterview.web.invitation.Invitations;
import dev.aiinterview.web.org.Organizations;
import dev.aiinterview.web.storage.Database;
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
import org.junit.jupiter.api.Test;

/** The PATCH back to Greenhouse is a database row: one that failed before the app stopped is sent after it starts. */
class GreenhouseRestartTest {

    private final List<Integer> patches = Collections.synchronizedList(new ArrayList<>());
    private final ConcurrentLinkedQueue<Integer> answers = new ConcurrentLinkedQueue<>(List.of(503));
    private final List<String> authorizations = Collections.synchronizedList(new ArrayList<>());

    @Test
    void aPatchThatFailedBeforeARestartIsSentAfterItWithTheKeyGreenhouseSent() throws Exception {
        HttpServer receiver = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        receiver.createContext("/", exchange -> {
            Integer status = answers.poll();
            int answer = status == null ? 200 : status;
            authorizations.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
            patches.add(answer);
            exchange.sendResponseHeaders(answer, -1);
            exchange.close();
        });
        receiver.start();
        Path dir = Files.createTempDirectory("greenhouse-restart");
        Map<String, String> settings = Map.of(WebSettings.DATA_DIR, dir.toString(), Greenhouse.CALLBACK_SECONDS, "1",
                GreenhouseSettings.CALLBACK_HOSTS, "localhost");
        String callback = "http://localhost:" + receiver.getAddress().getPort() + "/take_home_tests/9";
        try {
            String id;
            String key;
            try (TestApp first = TestApp.start(settings)) {
                var greenhouse = new GreenhouseCalls(first);
                key = GreenhouseCalls.key(first, Organizations.DEFAULT_ID, EnumSet.allOf(ApiScope.class));
                Recruiter recruiter = first.recruiter();
                String plan = recruiter.plan(TestMedia.jobDescription());
                id = greenhouse.sendTest(key, plan.substring(plan.lastIndexOf('/') + 1), "cho@hogwarts.example", "9",
                        callback);
                String token = Http.find(recruiter.http.postForm("/recruiter/interviews/" + id + "/link",
                        Map.of("_csrf", recruiter.csrf)).body(), "/i/([A-Za-z0-9_-]{43})").orElseThrow();
                answer(new Candidate(first.base, token));
                await(1);
            }
            try (Database db = Database.open(WebSettings.from(ConfigSource.of(
                    Map.of(WebSettings.DATA_DIR, dir.toString()))).database())) {
                assertThat(db.query("SELECT callback_attempts, patched_at FROM greenhouse_interview",
                        rs -> rs.getInt(1) + " " + rs.getString(2))).containsExactly("1 null");
                // A row as the connector's first version wrote it, the credential in clear: still used, and sealed.
                db.update("UPDATE greenhouse_interview SET callback_auth = ?", GreenhouseCalls.basic(key));
            }

            try (TestApp second = TestApp.start(settings)) {
                try (Database db = Database.open(second.app.settings().database())) {
                    // moves the retry's time to now instead of waiting the minute of backoff
                    db.update("UPDATE greenhouse_interview SET callback_next_at = ?", Instant.now());
                }
                await(2);
                assertThat(patches).containsExactly(503, 200);
                assertThat(authorizations).containsOnly(GreenhouseCalls.basic(key));
                for (int i = 0; i < 50 && patchedAt(second) == null; i++) {
                    Recruiter.sleep(100);
                }
                assertThat(patchedAt(second)).isNotNull();
                String reader = GreenhouseCalls.key(second, Organizations.DEFAULT_ID,
                        EnumSet.of(ApiScope.INTERVIEWS_READ));
                assertThat(new GreenhouseCalls(second).testStatus(reader, id).path("partner_status").asText())
                        .isEqualTo("complete");
            }
        } finally {
            receiver.stop(0);
            Invitations.deleteTree(dir);
        }
    }

    private static String patchedAt(TestApp app) {
        try (Database db = Database.open(app.app.settings().database())) {
            return db.query("SELECT patched_at FROM greenhouse_interview", rs -> rs.getString(1)).get(0);
        }
    }

    private static void answer(Candidate candidate) {
        candidate.consentAndStart();
        JsonNode s = candidate.awaitPrompt();
        while (s.path("status").asText().equals("question")) {
            candidate.answerText(s.path("prompt").path("turn").asInt(), "I built payment services in Java.");
            s = candidate.awaitPrompt();
        }
    }

    private void await(int count) {
        for (int i = 0; i < 600 && patches.size() < count; i++) {
            Recruiter.sleep(100);
        }
        assertThat(patches).as("PATCHes received").hasSizeGreaterThanOrEqualTo(count);
    }
}
