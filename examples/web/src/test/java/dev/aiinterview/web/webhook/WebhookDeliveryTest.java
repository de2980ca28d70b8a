package dev.aiinterview.web.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aiinterview.web.Candidate;
import dev.aiinterview.web.Recruiter;
import dev.aiinterview.web.TestApp;
import dev.aiinterview.web.TestMedia;
import dev.aiinterview.web.org.Organizations;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Webhooks from a running app to a receiver on a local port: signed so the Standard Webhooks library accepts them,
 * in order per interview, each acknowledged once, whatever the receiver did first (failed, was down, was slow).
 */
class WebhookDeliveryTest {

    /** Retries after 100 ms, 600 ms, 2.4 s...; a request waits 2 s at most. */
    private static final Map<String, String> FAST = Map.of(WebhookSettings.RETRY_BASE_MS, "100",
            WebhookSettings.POLL_MS, "50", WebhookSettings.TIMEOUT_SECONDS, "2",
            WebhookSettings.ALLOW_PRIVATE_NETWORKS, "true"); // the receiver is on this machine

    @Test
    void aReceiverThatFailsThreeTimesGetsEveryEventOfAnInterviewOnceInOrderSignedAndComplete() {
        try (TestApp app = TestApp.start(FAST);
             Receiver receiver = Receiver.start(0, n -> new Receiver.Answer(n < 3 ? 500 : 200, Duration.ZERO))) {
            // given an endpoint subscribed to every event, whose receiver answers 500 to its first three requests
            var created = app.app.webhooks().create(Organizations.DEFAULT_ID, receiver.url(),
                    Set.of("interview.started", "interview.completed", "report.ready", "interview.declined",
                            "interview.expired"));
            receiver.secret(created.secret());
            Recruiter recruiter = app.recruiter();
            String plan = recruiter.plan(TestMedia.jobDescription());

            // when a candidate takes the whole interview
            var candidate = new Candidate(app.base, recruiter.invite(plan, "Hook Candidate"));
            String interviewId = recruiter.interviewId("Hook Candidate");
            candidate.consentAndStart();
            JsonNode s = candidate.awaitPrompt();
            while (s.path("status").asText().equals("question")) {
                candidate.answerText(s.path("prompt").path("turn").asInt(), "I built an idempotent Kafka consumer "
                        + "for payments in Java and cut duplicate charges to zero within a quarter.");
                s = candidate.awaitPrompt();
            }
            recruiter.awaitReport(interviewId);
            receiver.awaitAcknowledged(3, Duration.ofSeconds(30));

            // then the first event was tried until accepted before any later one was sent: the three failures
            // were all the same webhook-id
            var requests = receiver.requests();
            assertThat(requests).allSatisfy(r -> assertThat(r.verified()).as("signature of %s", r).isTrue());
            assertThat(requests.subList(0, 4)).extracting(Receiver.Request::id).containsOnly(requests.get(0).id());
            assertThat(requests.subList(0, 4)).extracting(Receiver.Request::status).containsExactly(500, 500, 500, 200);

            // and each event was acknowledged exactly once, in the order they happened
            List<String> acknowledged = receiver.acknowledged();
            assertThat(acknowledged).doesNotHaveDuplicates().hasSize(3);
            List<JsonNode> payloads = acknowledged.stream().map(id -> requests.stream()
                    .filter(r -> r.id().equals(id)).findFirst().orElseThrow().body()).map(Candidate::read).toList();
            assertThat(payloads).extracting(p -> p.path("type").asText())
                    .containsExactly("interview.started", "interview.completed", "report.ready");
            String planId = plan.substring(plan.lastIndexOf('/') + 1);
            assertThat(payloads).allSatisfy(p -> {
                assertThat(p.path("data").path("interviewId").asText()).isEqualTo(interviewId);
                assertThat(p.path("data").path("jobId").asText()).isEqualTo(planId);
                assertThat(Instant.parse(p.path("timestamp").asText())).isBefore(Instant.now());
            });
            assertThat(payloads.get(0).path("data").path("status").asText()).isEqualTo("started");
            assertThat(payloads.get(2).path("data").path("status").asText()).isEqualTo("completed");

            // and the deliveries say so: the first took four attempts, the last error cleared once delivered
            var deliveries = app.app.webhooks().deliveries(Organizations.DEFAULT_ID, 10);
            assertThat(deliveries).extracting(Webhooks.Delivery::status).containsOnly("delivered");
            assertThat(deliveries).filteredOn(d -> d.messageId().equals(acknowledged.get(0)))
                    .singleElement().satisfies(d -> {
                        assertThat(d.attempts()).isEqualTo(4);
                        assertThat(d.lastStatusCode()).isEqualTo(200);
                    });
        }
    }

    @Test
    void aReceiverThatIsDownGetsEverythingOnceItIsUp() {
        try (TestApp app = TestApp.start(FAST); Receiver receiver = Receiver.startDown(n -> Receiver.Answer.ok())) {
            // given an endpoint whose receiver is down (its port held, so nothing else can answer there)
            var created = app.app.webhooks().create(Organizations.DEFAULT_ID, receiver.url(),
                    Set.of("interview.started", "interview.declined"));
            receiver.secret(created.secret());
            Recruiter recruiter = app.recruiter();
            String plan = recruiter.plan(TestMedia.jobDescription());

            // when one candidate starts, another declines, and a test is sent
            new Candidate(app.base, recruiter.invite(plan, "Starter")).consentAndStart();
            var decliner = new Candidate(app.base, recruiter.invite(plan, "Decliner"));
            assertThat(decliner.decline("Not for me").statusCode()).isEqualTo(200);
            app.app.webhooks().sendTest(Organizations.DEFAULT_ID, created.endpoint().id()).orElseThrow();

            // then each is retried while the receiver is down, with the failure recorded
            awaitDeliveries(app, 3, d -> d.attempts() >= 2 && d.lastError() != null
                    && d.lastError().startsWith("Connection failed"));
            assertThat(receiver.refused()).isGreaterThanOrEqualTo(6);
            assertThat(receiver.requests()).isEmpty();

            // and once the receiver is up, each arrives and is acknowledged once
            receiver.up();
            receiver.awaitAcknowledged(3, Duration.ofSeconds(30));
            assertThat(receiver.acknowledged()).doesNotHaveDuplicates();
            assertThat(receiver.requests()).allSatisfy(r -> assertThat(r.verified()).isTrue());
            assertThat(receiver.requests()).extracting(r -> Candidate.read(r.body()).path("type").asText())
                    .containsExactlyInAnyOrder("interview.started", "interview.declined", "webhook.test");
        }
    }

    @Test
    void aReceiverThatDoesNotAnswerInTimeIsSentTheSameEventAgain() {
        // given a receiver that takes 5 s over its first request, with a 2 s timeout
        try (TestApp app = TestApp.start(FAST);
             Receiver receiver = Receiver.start(0, n -> n == 0 ? new Receiver.Answer(200, Duration.ofSeconds(5))
                     : Receiver.Answer.ok())) {
            var created = app.app.webhooks().create(Organizations.DEFAULT_ID, receiver.url(),
                    Set.of("report.ready"));
            receiver.secret(created.secret());

            // when a test event is sent
            String delivery = app.app.webhooks().sendTest(Organizations.DEFAULT_ID, created.endpoint().id())
                    .orElseThrow();

            // then the first attempt counts as failed (no answer in time) and the event is sent again, same id
            awaitDeliveries(app, 1, d -> d.status().equals("delivered"));
            assertThat(app.app.webhooks().delivery(Organizations.DEFAULT_ID, delivery).orElseThrow().attempts())
                    .isEqualTo(2);
            Instant deadline = Instant.now().plusSeconds(10);
            while (receiver.requests().size() < 2 && Instant.now().isBefore(deadline)) {
                Receiver.sleep(50);
            }
            assertThat(receiver.requests()).extracting(Receiver.Request::id).hasSize(2)
                    .containsOnly(receiver.requests().get(0).id());
            assertThat(receiver.requests()).allSatisfy(r -> assertThat(r.verified()).isTrue());
        }
    }

    private static void awaitDeliveries(TestApp app, int count, java.util.function.Predicate<Webhooks.Delivery> ok) {
        Instant deadline = Instant.now().plusSeconds(30);
        while (true) {
            var deliveries = app.app.webhooks().deliveries(Organizations.DEFAULT_ID, 100);
            if (deliveries.size() == count && deliveries.stream().allMatch(ok)) {
                return;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Deliveries not as expected in time: " + deliveries);
            }
            Receiver.sleep(50);
        }
    }

}
