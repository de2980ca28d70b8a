package dev.aiinterview.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aiinterview.web.webhook.Receiver;
import dev.aiinterview.web.webhook.WebhookSettings;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kill the packaged app with SIGKILL while webhook deliveries are in flight to a slow receiver, start it again on
 * the same data: every event still reaches the receiver and is acknowledged, signed, with its webhook-id unchanged.
 */
class WebhookKillIT {

    private static final int STARTED = 3;
    private static final int DECLINED = 2;

    @TempDir
    Path dir;

    @Test
    void deliveriesInFlightWhenTheAppIsKilledAreAllMadeAfterTheRestart() throws Exception {
        Path data = dir.resolve("data");
        int port = ServerProcess.freePort();
        var settings = new HashMap<>(Map.of(WebSettings.ADMIN_PASSWORD, TestApp.PASSWORD,
                "interview.llm.provider", "offline", "interview.stt.provider", "playback",
                WebhookSettings.RETRY_BASE_MS, "200", WebhookSettings.POLL_MS, "100",
                WebhookSettings.TIMEOUT_SECONDS, "3", WebhookSettings.ALLOW_PRIVATE_NETWORKS, "true"));
        // Until the app is killed, the receiver holds every request for longer than the app waits: each is in
        // flight at the kill, or answered 503 (never acknowledged). After the kill it answers 200 at once.
        var slow = new java.util.concurrent.atomic.AtomicBoolean(true);
        List<String> inFlight;
        try (Receiver receiver = Receiver.start(0, n -> slow.get()
                ? new Receiver.Answer(503, Duration.ofSeconds(20)) : Receiver.Answer.ok())) {
            try (ServerProcess first = ServerProcess.start(data, port, settings)) {
                // given an endpoint added on the recruiter page, and interviews started and declined
                Recruiter recruiter = Recruiter.signIn(first.base, TestApp.PASSWORD);
                receiver.secret(addEndpoint(recruiter, receiver.url()));
                String plan = recruiter.plan(TestMedia.jobDescription());
                for (int i = 0; i < STARTED; i++) {
                    assertThat(new Candidate(first.base, recruiter.invite(plan, "Starter " + i)).consent()
                            .statusCode()).isEqualTo(200);
                }
                for (int i = 0; i < DECLINED; i++) {
                    assertThat(new Candidate(first.base, recruiter.invite(plan, "Decliner " + i)).decline("No")
                            .statusCode()).isEqualTo(200);
                }

                // when deliveries are in flight to the slow receiver, the app is killed
                Instant deadline = Instant.now().plusSeconds(20);
                while (receiver.arrived().isEmpty() && Instant.now().isBefore(deadline)) {
                    Recruiter.sleep(50);
                }
                inFlight = receiver.arrived();
                assertThat(inFlight).as("a delivery in flight").isNotEmpty();
                first.kill();
                assertThat(first.process.exitValue()).isEqualTo(137);
                assertThat(receiver.acknowledged()).isEmpty();
            }
            slow.set(false);

            // then after a restart on the same data, every event arrives and is acknowledged
            try (ServerProcess second = ServerProcess.start(data, port, settings)) {
                Instant restarted = Instant.now();
                receiver.awaitAcknowledged(STARTED + DECLINED, Duration.ofSeconds(90));
                System.out.printf("WebhookKillIT: %d requests arrived in all; every event acknowledged %d ms after "
                        + "the restart%n", receiver.arrived().size(),
                        Duration.between(restarted, Instant.now()).toMillis());
                Set<String> ids = new HashSet<>(receiver.acknowledged());
                assertThat(ids).hasSize(STARTED + DECLINED);
                assertThat(receiver.requests()).allSatisfy(r -> assertThat(r.verified()).isTrue());
                // the ids in flight at the kill are among those acknowledged later: sent again, not replaced
                assertThat(ids).containsAll(inFlight);
                assertThat(receiver.requests().stream().filter(r -> r.status() == 200)
                        .map(r -> Candidate.read(r.body()).path("type").asText()).distinct().sorted().toList())
                        .containsExactly("interview.declined", "interview.started");

                // and the recruiter page lists each delivery as delivered
                Recruiter recruiter = Recruiter.signIn(second.base, TestApp.PASSWORD);
                String page = awaitAllDelivered(recruiter, STARTED + DECLINED);
                assertThat(count(page, "data-status=\"delivered\"")).isEqualTo(STARTED + DECLINED);
            }
        }
    }

    /** Adds an endpoint for every event on the recruiter page; returns its secret, shown once. */
    private static String addEndpoint(Recruiter recruiter, String url) {
        String body = "_csrf=" + Http.enc(recruiter.csrf) + "&url=" + Http.enc(url) + String.join("",
                List.of("&event=interview.started", "&event=interview.declined", "&event=interview.completed",
                        "&event=report.ready", "&event=interview.expired"));
        HttpResponse<String> added = recruiter.http.send(recruiter.http.request("/recruiter/webhooks")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        assertThat(added.statusCode()).as(added.body()).isEqualTo(200);
        return Http.find(added.body(), "(whsec_[A-Za-z0-9+/=]{32,})").orElseThrow();
    }

    private static String awaitAllDelivered(Recruiter recruiter, int count) {
        Instant deadline = Instant.now().plusSeconds(30);
        String page = recruiter.http.get("/recruiter/webhooks").body();
        while (count(page, "data-status=\"delivered\"") < count && Instant.now().isBefore(deadline)) {
            Recruiter.sleep(200);
            page = recruiter.http.get("/recruiter/webhooks").body();
        }
        return page;
    }

    private static int count(String text, String marker) {
        Matcher m = Pattern.compile(Pattern.quote(marker)).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
