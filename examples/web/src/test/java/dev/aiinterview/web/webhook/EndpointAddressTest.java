package dev.aiinterview.web.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aiinterview.web.org.Organizations;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which addresses may receive webhooks: bad URLs say what to fix; the app's own network is off limits by default. */
class EndpointAddressTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ftp://ats.example/hooks|must start with https://",
            "https:///hooks|no host name",
            "https://user:secret@ats.example/hooks|must not hold a user name or password",
            "https://ats.example/hooks#part|#fragment",
            "not a url|not valid",
            "http://localhost:8080/hooks|" + WebhookSettings.ALLOW_PRIVATE_NETWORKS,
            "http://127.0.0.1/hooks|" + WebhookSettings.ALLOW_PRIVATE_NETWORKS,
            "http://[::1]/hooks|" + WebhookSettings.ALLOW_PRIVATE_NETWORKS,
            "http://169.254.169.254/latest/meta-data|" + WebhookSettings.ALLOW_PRIVATE_NETWORKS,
            "http://10.1.2.3/hooks|" + WebhookSettings.ALLOW_PRIVATE_NETWORKS,
            "http://192.168.0.10/hooks|" + WebhookSettings.ALLOW_PRIVATE_NETWORKS,
            "http://198.18.0.1/hooks|" + WebhookSettings.ALLOW_PRIVATE_NETWORKS,
            "http://0.0.0.0/hooks|" + WebhookSettings.ALLOW_PRIVATE_NETWORKS,
            "http://[64:ff9b::a9fe:a9fe]/latest/meta-data|" + WebhookSettings.ALLOW_PRIVATE_NETWORKS,
            "http://[2002:a00:1::1]/hooks|" + WebhookSettings.ALLOW_PRIVATE_NETWORKS})
    void aBadOrLocalReceiverIsRefusedWithTheReasonAndNothingIsStored(String url, String reason) {
        try (var f = new OutboxFixture()) {
            assertThatThrownBy(() -> f.webhooks.create(Organizations.DEFAULT_ID, url, Set.of("report.ready")))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(reason);
            assertThat(f.webhooks.list(Organizations.DEFAULT_ID)).isEmpty();
        }
    }

    @Test
    void aTooLongUrlAndUnknownOrNoEventsAreRefusedNamingTheValidEvents() {
        try (var f = new OutboxFixture()) {
            assertThatThrownBy(() -> f.webhooks.create(Organizations.DEFAULT_ID,
                    "https://ats.example/" + "a".repeat(2000), Set.of("report.ready")))
                    .hasMessageContaining("longer than 2000");
            assertThatThrownBy(() -> f.webhooks.create(Organizations.DEFAULT_ID, "https://ats.example/hooks",
                    Set.of("report.ready", "webhook.test")))
                    .hasMessageContaining("Unknown event 'webhook.test'").hasMessageContaining(WebhookEvent.valid());
            assertThatThrownBy(() -> f.webhooks.create(Organizations.DEFAULT_ID, "https://ats.example/hooks", Set.of()))
                    .hasMessageContaining("at least one event");
            var created = f.webhooks.create(Organizations.DEFAULT_ID, " https://ats.example/hooks ",
                    Set.of("report.ready"));
            assertThat(created.endpoint().url()).isEqualTo("https://ats.example/hooks");
            assertThat(created.secret()).matches("whsec_[A-Za-z0-9+/]{32}");
            assertThat(created.toString()).doesNotContain(created.secret()).doesNotContain("whsec_");
        }
    }

    @Test
    void aReceiverWhoseNameResolvesToThisMachineIsNotContactedUnlessAllowed() {
        try (Receiver receiver = Receiver.start(0, n -> Receiver.Answer.ok())) {
            var claimed = new DeliveryQueue.Claimed("d1", "c1", "msg_1", "{}", receiver.url(),
                    "whsec_" + "A".repeat(32), 0, Instant.now());
            receiver.secret(claimed.secret());

            var refused = new WebhookSender(Duration.ofSeconds(2), Clock.systemUTC(), false).send(claimed);
            assertThat(refused.delivered()).isFalse();
            assertThat(refused.error()).contains("private or local network")
                    .contains(WebhookSettings.ALLOW_PRIVATE_NETWORKS);
            assertThat(receiver.arrived()).isEmpty();

            var sent = new WebhookSender(Duration.ofSeconds(2), Clock.systemUTC(), true).send(claimed);
            assertThat(sent.delivered()).isTrue();
            assertThat(receiver.requests()).singleElement().satisfies(r -> assertThat(r.verified()).isTrue());
        }
    }
}
