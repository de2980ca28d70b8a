package dev.aiinterview.web.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

/**
 * One delivery attempt against a receiver that sends its answer's headers and then holds the body open: the
 * attempt ends (the receiver still holding the body), so a sender is never kept past its delivery's lease.
 */
class WebhookSenderTest {

    private final WebhookSender sender = new WebhookSender(Duration.ofSeconds(1), Clock.systemUTC(), true);

    @Test
    void aSuccessWhoseBodyNeverEndsIsDeliveredWithoutReadingTheBody() throws Exception {
        try (Receiver receiver = Receiver.start(0, n -> Receiver.Answer.stalledBody(200))) {
            receiver.secret(Signature.SECRET_PREFIX + "c2VjcmV0c2VjcmV0c2VjcmV0c2VjcmV0");

            WebhookSender.Outcome outcome = sendWhileTheBodyIsHeld(receiver);

            assertThat(outcome.delivered()).isTrue();
            assertThat(outcome.statusCode()).isEqualTo(200);
        }
    }

    @Test
    void aFailureWhoseBodyNeverEndsCountsAsNoAnswerWithinTheTimeout() throws Exception {
        try (Receiver receiver = Receiver.start(0, n -> Receiver.Answer.stalledBody(500))) {
            receiver.secret(Signature.SECRET_PREFIX + "c2VjcmV0c2VjcmV0c2VjcmV0c2VjcmV0");

            WebhookSender.Outcome outcome = sendWhileTheBodyIsHeld(receiver);

            assertThat(outcome.delivered()).isFalse();
            assertThat(outcome.statusCode()).isNull();
            assertThat(outcome.error()).isEqualTo("No answer within 1 s");
        }
    }

    /** Sends one delivery; fails if the attempt has not ended well past the timeout (the body is never ended). */
    private WebhookSender.Outcome sendWhileTheBodyIsHeld(Receiver receiver) throws Exception {
        var claimed = new DeliveryQueue.Claimed("d1", "c1", "msg_1", "{\"type\":\"webhook.test\"}", receiver.url(),
                Signature.SECRET_PREFIX + "c2VjcmV0c2VjcmV0c2VjcmV0c2VjcmV0", 0, Instant.now());
        CompletableFuture<WebhookSender.Outcome> attempt = CompletableFuture.supplyAsync(() -> sender.send(claimed));
        try {
            return attempt.get(30, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new AssertionError("The attempt is still waiting for a body the receiver holds open", e);
        }
    }
}
