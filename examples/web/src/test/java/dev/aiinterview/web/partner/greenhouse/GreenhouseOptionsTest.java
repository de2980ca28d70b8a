package dev.aiinterview.web.partner.greenhouse;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dev.aiinterview.web.Candidate;
import dev.aiinterview.web.Http;
import dev.aiinterview.web.Recruiter;
import dev.aiinterview.web.TestApp;
import dev.aiinterview.web.TestMedia;
import dev.aiinterview.web.WebSettings;
import dev.aiinterview.web.apikey.ApiScope;
import dev.aiinterview.web.mail.MailSettings;
import dev.aiinterview.web.org.Organizations;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The connector under other settings: another path, no SMTP server, an SMTP server that is down, turned off. */
class GreenhouseOptionsTest {

    private static final String PUBLIC_URL = "https://interviews.example.com";

    @Test
    void withoutSmtpTheInterviewIsCreatedForTheRecruiterToSendAndTheProfileUrlUsesThePublicAddress() {
        try (TestApp app = TestApp.start(Map.of(GreenhouseSettings.PATH, "/ats/greenhouse",
                WebSettings.PUBLIC_URL, PUBLIC_URL + "/"))) {
            var greenhouse = new GreenhouseCalls(app.base, "/ats/greenhouse");
            String key = GreenhouseCalls.key(app, Organizations.DEFAULT_ID, EnumSet.allOf(ApiScope.class));
            Recruiter recruiter = app.recruiter();
            String plan = recruiter.plan(TestMedia.jobDescription());
            String planId = plan.substring(plan.lastIndexOf('/') + 1);

            String id = greenhouse.sendTest(key, planId, "luna@hogwarts.example", "77",
                    "https://app.greenhouse.io/integrations/testing_partners/take_home_tests/77");

            // the default path serves nothing; the recruiter finds the interview and gets the candidate a link
            assertThat(new GreenhouseCalls(app).get(GreenhouseCalls.basic(key), "list_tests").statusCode())
                    .isEqualTo(404);
            assertThat(recruiter.http.get("/recruiter/interviews").body()).contains("Harry Potter");
            String linkPage = recruiter.http.postForm("/recruiter/interviews/" + id + "/link",
                    Map.of("_csrf", recruiter.csrf)).body();
            String token = Http.find(linkPage, PUBLIC_URL + "/i/([A-Za-z0-9_-]{43})").orElseThrow();
            Candidate candidate = new Candidate(app.base, token);
            candidate.consentAndStart();
            JsonNode s = candidate.awaitPrompt();
            while (s.path("status").asText().equals("question")) {
                candidate.answerText(s.path("prompt").path("turn").asInt(), "I built payment services in Java.");
                s = candidate.awaitPrompt();
            }
            JsonNode status = greenhouse.testStatus(key, id);
            for (int i = 0; i < 150 && !status.path("partner_status").asText().equals("complete"); i++) {
                Recruiter.sleep(200);
                status = greenhouse.testStatus(key, id);
            }

            assertThat(status.path("partner_status").asText()).isEqualTo("complete");
            assertThat(status.path("partner_profile_url").asText())
                    .isEqualTo(PUBLIC_URL + "/recruiter/interviews/" + id);
        }
    }

    @Test
    void anSmtpServerThatIsDownAnswers503AndGreenhousesRetrySendsANewLinkForTheSameInterview() throws Exception {
        // The mail server is "down": its port is held by a socket that hangs up on every connection, so no other
        // program can take the port before the real server starts on it.
        ServerSocket down = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        int port = down.getLocalPort();
        Thread hangUp = new Thread(() -> {
            while (!down.isClosed()) {
                try (Socket connection = down.accept()) {
                    connection.setSoLinger(true, 0);
                } catch (IOException closed) {
                    return;
                }
            }
        }, "smtp-down");
        hangUp.setDaemon(true);
        hangUp.start();
        try (down; TestApp app = TestApp.start(Map.of(MailSettings.HOST, "127.0.0.1", MailSettings.PORT,
                String.valueOf(port), MailSettings.FROM, "jobs@acme.example", MailSettings.STARTTLS, "false"))) {
            var greenhouse = new GreenhouseCalls(app);
            String key = GreenhouseCalls.key(app, Organizations.DEFAULT_ID, EnumSet.allOf(ApiScope.class));
            String plan = app.recruiter().plan(TestMedia.jobDescription());
            String body = GreenhouseCalls.sendTestBody(plan.substring(plan.lastIndexOf('/') + 1),
                    "neville@hogwarts.example", "88", "https://app.greenhouse.io/cb/88");

            var refused = greenhouse.post(GreenhouseCalls.basic(key), "send_test", body);
            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(503);
            assertThat(refused.body()).contains("send_test again later");

            down.close();
            hangUp.join(5_000);
            GreenMail mail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            mail.start();
            try {
                String id = GreenhouseCalls.ok(greenhouse.post(GreenhouseCalls.basic(key), "send_test", body))
                        .path("partner_interview_id").asText();

                assertThat(mail.waitForIncomingEmail(10_000, 1)).isTrue();
                String token = Http.find((String) mail.getReceivedMessages()[0].getContent(),
                        "/i/([A-Za-z0-9_-]{43})").orElseThrow();
                assertThat(new Candidate(app.base, token).state().path("status").asText()).isEqualTo("welcome");
                assertThat(app.recruiter().http.get("/api/recruiter/interviews").body().split("\"id\"")).hasSize(2);
                assertThat(greenhouse.testStatus(key, id).path("partner_status").asText()).isEqualTo("pending");
            } finally {
                mail.stop();
            }
        }
    }

    @Test
    void turnedOffTheConnectorServesNothing() {
        try (TestApp app = TestApp.start(Map.of(GreenhouseSettings.ENABLED, "false"))) {
            String key = GreenhouseCalls.key(app, Organizations.DEFAULT_ID, EnumSet.allOf(ApiScope.class));

            assertThat(new GreenhouseCalls(app).get(GreenhouseCalls.basic(key), "list_tests").statusCode())
                    .isEqualTo(404);
        }
    }
}
