package dev.aiinterview.web.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aiinterview.web.org.Organizations;
import dev.aiinterview.web.storage.TestDatabase;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Claims and outcomes of deliveries, on a hand-moved clock: order, leases, retries, the end of the window. */
class DeliveryQueueTest {

    /** The database engine these tests run on; a subclass runs them on another. */
    TestDatabase.Engine engine() {
        return TestDatabase.Engine.H2;
    }

    private static final Duration LEASE = Duration.ofSeconds(35);

    @Test
    void aLaterEventOfAnInterviewWaitsWhileAnEarlierOneIsPendingForThatEndpointOnly() {
        try (var f = new OutboxFixture(engine())) {
            var queue = new DeliveryQueue(f.db, f.clock, new RetrySchedule(Duration.ofSeconds(5), Duration.ofHours(26)),
                    LEASE);
            endpoint(f, "https://a.example/hooks");
            // given two events of interview A and one of interview B
            String a1 = event(f, "A", WebhookEvent.INTERVIEW_STARTED);
            String a2 = event(f, "A", WebhookEvent.INTERVIEW_COMPLETED);
            String b1 = event(f, "B", WebhookEvent.INTERVIEW_STARTED);

            // then the first claim takes A's first and B's, not A's second
            List<DeliveryQueue.Claimed> first = queue.claim(10);
            assertThat(first).extracting(DeliveryQueue.Claimed::messageId).containsExactly(a1, b1);

            // when A's first fails, A's second still waits, even once the retry is due
            assertThat(queue.attemptFailed(first.get(0), 500, "HTTP 500")).isTrue();
            assertThat(queue.claim(10)).isEmpty();
            f.clock.advance(Duration.ofSeconds(6));
            List<DeliveryQueue.Claimed> retried = queue.claim(10);
            assertThat(retried).extracting(DeliveryQueue.Claimed::messageId).containsExactly(a1);

            // and once A's first is delivered, A's second goes
            assertThat(queue.delivered(retried.get(0), 204)).isTrue();
            assertThat(queue.claim(10)).extracting(DeliveryQueue.Claimed::messageId).containsExactly(a2);
        }
    }

    @Test
    void aClaimOfAKilledWorkerLapsesSoTheDeliveryIsSentAgainWithTheSameIdAndTheOldClaimCannotComplete() {
        try (var f = new OutboxFixture(engine())) {
            var queue = new DeliveryQueue(f.db, f.clock, new RetrySchedule(Duration.ofSeconds(5), Duration.ofHours(26)),
                    LEASE);
            endpoint(f, "https://a.example/hooks");
            String id = event(f, "A", WebhookEvent.INTERVIEW_STARTED);

            // given a delivery claimed by a worker that then died
            DeliveryQueue.Claimed dead = queue.claim(10).get(0);
            assertThat(queue.claim(10)).as("claimed by another while the lease holds").isEmpty();

            // when the lease runs out, another worker claims it: same webhook-id
            f.clock.advance(LEASE.plusSeconds(1));
            List<DeliveryQueue.Claimed> again = queue.claim(10);
            assertThat(again).extracting(DeliveryQueue.Claimed::messageId).containsExactly(id);
            assertThat(again.get(0).claim()).isNotEqualTo(dead.claim());

            // then the dead worker's late outcome is refused, the live one's recorded
            assertThat(queue.delivered(dead, 200)).isFalse();
            assertThat(queue.delivered(again.get(0), 200)).isTrue();
            assertThat(f.webhooks.deliveries(Organizations.DEFAULT_ID, 10)).singleElement()
                    .satisfies(d -> assertThat(d.status()).isEqualTo("delivered"));
            assertThat(queue.claim(10)).isEmpty();
        }
    }

    @Test
    void aDeliveryIsRetriedWithGrowingDelaysForItsWindowThenFailedAndCanBeSentAgain() {
        try (var f = new OutboxFixture(engine())) {
            var queue = new DeliveryQueue(f.db, f.clock, new RetrySchedule(Duration.ofSeconds(5), Duration.ofHours(26)),
                    LEASE);
            endpoint(f, "https://a.example/hooks");
            String first = event(f, "A", WebhookEvent.INTERVIEW_STARTED);
            String later = event(f, "A", WebhookEvent.INTERVIEW_COMPLETED);
            Instant queued = f.clock.instant();

            // when every attempt fails, the clock moving to each next attempt
            var delays = new java.util.ArrayList<Duration>();
            int attempts = 0;
            while (true) {
                var claimed = queue.claim(1);
                assertThat(claimed).extracting(DeliveryQueue.Claimed::messageId).containsExactly(first);
                queue.attemptFailed(claimed.get(0), 503, "HTTP 503");
                attempts++;
                var d = f.webhooks.deliveries(Organizations.DEFAULT_ID, 10).stream()
                        .filter(x -> x.messageId().equals(first)).findFirst().orElseThrow();
                if (!d.status().equals("pending")) {
                    assertThat(d.status()).isEqualTo("failed");
                    break;
                }
                delays.add(Duration.between(f.clock.instant(), d.nextAttemptAt()));
                f.clock.advance(Duration.between(f.clock.instant(), d.nextAttemptAt()));
            }

            // then the delays grew from about 5 s to about 2.5 h, and it failed only after 26 hours
            assertThat(delays.get(0)).isBetween(Duration.ofMillis(4500), Duration.ofMillis(5500));
            assertThat(delays.get(1)).isBetween(Duration.ofSeconds(27), Duration.ofSeconds(33));
            assertThat(delays.get(5)).isBetween(Duration.ofMinutes(54), Duration.ofMinutes(66));
            assertThat(delays.get(6)).isBetween(Duration.ofMinutes(135), Duration.ofMinutes(165));
            assertThat(Duration.between(queued, f.clock.instant())).isGreaterThanOrEqualTo(Duration.ofHours(26));
            assertThat(attempts).isBetween(14, 20);

            // and a failed event no longer holds back the interview's next one
            assertThat(queue.claim(10)).extracting(DeliveryQueue.Claimed::messageId).containsExactly(later);

            // when the recruiter sends the failed one again, it is due at once with a fresh count
            String failedId = f.webhooks.deliveries(Organizations.DEFAULT_ID, 10).stream()
                    .filter(x -> x.messageId().equals(first)).findFirst().orElseThrow().id();
            assertThat(f.webhooks.resend(Organizations.DEFAULT_ID, failedId)).isTrue();
            assertThat(f.webhooks.resend("another-org", failedId)).isFalse();
            var resent = f.webhooks.delivery(Organizations.DEFAULT_ID, failedId).orElseThrow();
            assertThat(resent.status()).isEqualTo("pending");
            assertThat(resent.attempts()).isZero();
        }
    }

    private static String endpoint(OutboxFixture f, String url) {
        return f.webhooks.create(Organizations.DEFAULT_ID, url, Set.of("interview.started", "interview.completed"))
                .endpoint().id();
    }

    private static String event(OutboxFixture f, String interview, WebhookEvent type) {
        return f.db.inTransaction(tx -> f.outbox.write(tx, Organizations.DEFAULT_ID, interview, type, Outbox.data()))
                .orElseThrow();
    }
}
