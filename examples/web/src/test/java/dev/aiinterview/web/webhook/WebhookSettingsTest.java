package dev.aiinterview.web.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aiinterview.api.config.ConfigSource;
import dev.aiinterview.api.error.ConfigurationException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Webhook settings: defaults that retry for more than a day, and values out of range named with their key. */
class WebhookSettingsTest {

    @Test
    void theDefaultsRetryForTwentySixHoursWithTenSecondTimeoutsAndNoLocalReceivers() {
        var settings = WebhookSettings.from(ConfigSource.of(Map.of()));

        assertThat(settings.enabled()).isTrue();
        assertThat(settings.retryWindow()).isEqualTo(Duration.ofHours(26));
        assertThat(settings.firstRetry()).isEqualTo(Duration.ofSeconds(5));
        assertThat(settings.timeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(settings.lease()).isGreaterThan(settings.timeout().multipliedBy(2));
        assertThat(settings.allowPrivateNetworks()).isFalse();
    }

    @Test
    void aValueOutOfRangeIsRefusedNamingTheKeyAndTheEnvironmentVariable() {
        var config = ConfigSource.of(Map.of(WebhookSettings.CONCURRENCY, "0"));

        assertThatThrownBy(() -> WebhookSettings.from(config)).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("interview.web.webhooks.concurrency").hasMessageContaining("from 1 to 64")
                .hasMessageContaining("INTERVIEW_WEB_WEBHOOKS_CONCURRENCY");
    }
}
