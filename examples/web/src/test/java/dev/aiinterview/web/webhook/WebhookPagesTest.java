package dev.aiinterview.web.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aiinterview.web.Http;
import dev.aiinterview.web.Recruiter;
import dev.aiinterview.web.TestApp;
import dev.aiinterview.web.org.Organizations;
import dev.aiinterview.web.storage.Database;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** {@code /recruiter/webhooks}, driven over HTTP as the recruiter's browser would. */
class WebhookPagesTest {

    private static final String SECRET = "(whsec_[A-Za-z0-9+/=]{32,})";
    private static final Map<String, String> FAST = Map.of(WebhookSettings.RETRY_BASE_MS, "100",
            WebhookSettings.POLL_MS, "50", WebhookSettings.TIMEOUT_SECONDS, "1",
            WebhookSettings.ALLOW_PRIVATE_NETWORKS, "true"); // the receiver is on this machine

    @Test
    void theRecruiterAddsAnEndpointSeesItsSecretOnceTestsItSeesTheDeliveryAndSendsItAgain() {
        try (TestApp app = TestApp.start(FAST); Receiver receiver = Receiver.start(0, n -> Receiver.Answer.ok())) {
            Recruiter recruiter = app.recruiter();
            // given the page, linked from the navigation
            assertThat(recruiter.http.get("/recruiter/plans").body()).contains("href=\"/recruiter/webhooks\"");
            assertThat(recruiter.http.get("/recruiter/webhooks").body()).contains("No endpoints yet")
                    .contains("No deliveries yet");

            // when a URL with credentials, or an unknown event, is given, it is refused, saying why
            HttpResponse<String> withUser = add(recruiter, "https://user:pw@ats.example/hooks", List.of("report.ready"));
            assertThat(withUser.statusCode()).isEqualTo(400);
            assertThat(withUser.body()).contains("must not hold a user name or password").doesNotContainPattern(SECRET);
            HttpResponse<String> unknown = add(recruiter, receiver.url(), List.of("report.done"));
            assertThat(unknown.statusCode()).isEqualTo(400);
            assertThat(unknown.body()).contains("Unknown event").contains("report.ready");

            // when the recruiter adds an endpoint
            HttpResponse<String> added = add(recruiter, receiver.url(), List.of("report.ready", "interview.started"));

            // then its secret is shown once, not cached, and never on the page again
            assertThat(added.statusCode()).isEqualTo(200);
            assertThat(added.headers().firstValue("Cache-Control")).hasValue("no-store");
            String secret = Http.find(added.body(), SECRET).orElseThrow();
            receiver.secret(secret);
            String page = recruiter.http.get("/recruiter/webhooks").body();
            assertThat(page).contains(receiver.url()).contains("interview.started, report.ready")
                    .doesNotContain(secret).doesNotContain("whsec_");

            // when they send a test
            String id = Http.find(page, "action=\"/recruiter/webhooks/([0-9a-f-]{36})/test\"").orElseThrow();
            assertThat(recruiter.http.postForm("/recruiter/webhooks/" + id + "/test", Map.of("_csrf", recruiter.csrf))
                    .statusCode()).isEqualTo(303);
            receiver.awaitAcknowledged(1, Duration.ofSeconds(20));

            // then the delivery is listed as delivered, with a button to send it again
            String listed = awaitPage(recruiter, "data-status=\"delivered\"");
            assertThat(listed).contains("webhook.test").contains(receiver.acknowledged().get(0));
            String delivery = Http.find(listed, "action=\"/recruiter/webhooks/deliveries/([0-9a-f-]{36})/resend\"")
                    .orElseThrow();

            // when it is sent again, the receiver gets it again with the same webhook-id, signed
            assertThat(recruiter.http.postForm("/recruiter/webhooks/deliveries/" + delivery + "/resend",
                    Map.of("_csrf", recruiter.csrf)).statusCode()).isEqualTo(303);
            Instant deadline = Instant.now().plusSeconds(20);
            while (receiver.acknowledged().size() < 2 && Instant.now().isBefore(deadline)) {
                Receiver.sleep(50);
            }
            assertThat(receiver.acknowledged()).hasSize(2).containsOnly(receiver.acknowledged().get(0));
            assertThat(receiver.requests()).allSatisfy(r -> assertThat(r.verified()).isTrue());

            // and deleting asks to confirm, then removes the endpoint and its deliveries
            assertThat(page).contains("Yes, delete the endpoint");
            assertThat(recruiter.http.postForm("/recruiter/webhooks/" + id + "/delete", Map.of("_csrf", recruiter.csrf))
                    .statusCode()).isEqualTo(303);
            assertThat(recruiter.http.get("/recruiter/webhooks").body()).contains("No endpoints yet")
                    .contains("No deliveries yet");
        }
    }

    @Test
    void anotherOrganizationsEndpointsAndDeliveriesAreNeitherListedNorReachable() {
        try (TestApp app = TestApp.start(FAST)) {
            // given an endpoint and a delivery of another organization
            String other;
            try (Database db = Database.open(app.app.settings().database())) {
                other = new Organizations(db, Clock.systemUTC()).create("Other Co").id();
            }
            var webhooks = app.app.webhooks();
            String endpoint = webhooks.create(other, "https://other.example/hooks", Set.of("report.ready"))
                    .endpoint().id();
            String delivery = webhooks.sendTest(other, endpoint).orElseThrow();
            Recruiter recruiter = app.recruiter();

            // then the recruiter of the default organization does not see them
            String page = recruiter.http.get("/recruiter/webhooks").body();
            assertThat(page).doesNotContain("other.example").doesNotContain(endpoint).doesNotContain(delivery);

            // and every action on their ids answers 404 and changes nothing
            for (String path : List.of("/recruiter/webhooks/" + endpoint + "/test",
                    "/recruiter/webhooks/" + endpoint + "/delete",
                    "/recruiter/webhooks/deliveries/" + delivery + "/resend")) {
                assertThat(recruiter.http.postForm(path, Map.of("_csrf", recruiter.csrf)).statusCode())
                        .as(path).isEqualTo(404);
            }
            assertThat(webhooks.list(other)).hasSize(1);
            assertThat(webhooks.deliveries(other, 10)).hasSize(1);
            assertThat(webhooks.list(Organizations.DEFAULT_ID)).isEmpty();
            assertThat(webhooks.delete(Organizations.DEFAULT_ID, endpoint)).isFalse();
            assertThat(webhooks.sendTest(Organizations.DEFAULT_ID, endpoint)).isEmpty();
        }
    }

    private static HttpResponse<String> add(Recruiter recruiter, String url, List<String> events) {
        String body = "_csrf=" + Http.enc(recruiter.csrf) + "&url=" + Http.enc(url)
                + events.stream().map(e -> "&event=" + Http.enc(e)).collect(Collectors.joining());
        return recruiter.http.send(recruiter.http.request("/recruiter/webhooks")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private static String awaitPage(Recruiter recruiter, String marker) {
        Instant deadline = Instant.now().plusSeconds(20);
        while (true) {
            String page = recruiter.http.get("/recruiter/webhooks").body();
            if (page.contains(marker) || Instant.now().isAfter(deadline)) {
                return page;
            }
            Receiver.sleep(50);
        }
    }
}
