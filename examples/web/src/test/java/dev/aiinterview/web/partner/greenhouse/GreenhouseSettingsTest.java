package dev.aiinterview.web.partner.greenhouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aiinterview.api.config.ConfigSource;
import dev.aiinterview.api.error.ConfigurationException;
import dev.aiinterview.web.mail.MailSettings;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GreenhouseSettingsTest {

    @Test
    void theConnectorIsOnUnderPartnersGreenhouseUnlessConfiguredOtherwise() {
        assertThat(GreenhouseSettings.from(ConfigSource.empty())).isEqualTo(new GreenhouseSettings(true,
                "/partners/greenhouse", List.of("greenhouse.io", "*.greenhouse.io")));
        assertThat(GreenhouseSettings.from(ConfigSource.of(Map.of(GreenhouseSettings.PATH, "/ats/gh/",
                GreenhouseSettings.ENABLED, "false", GreenhouseSettings.CALLBACK_HOSTS, " GH.example.com, ,x.io "))))
                .isEqualTo(new GreenhouseSettings(false, "/ats/gh", List.of("gh.example.com", "x.io")));
        assertThatThrownBy(() -> GreenhouseSettings.from(ConfigSource.of(Map.of(GreenhouseSettings.CALLBACK_HOSTS,
                " , ")))).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining(GreenhouseSettings.CALLBACK_HOSTS);
    }

    @Test
    void aPathThatIsNotPlainOrThatTheAppsOwnPagesUseIsRefusedNamingTheSetting() {
        for (String path : new String[] {"partners", "/a b", "/x/{id}", "/recruiter/gh", "/api/v1/gh", "/"}) {
            assertThatThrownBy(() -> GreenhouseSettings.from(ConfigSource.of(Map.of(GreenhouseSettings.PATH, path))))
                    .as(path).isInstanceOf(ConfigurationException.class)
                    .hasMessageContaining(GreenhouseSettings.PATH);
        }
    }

    @Test
    void onlyHttpsCallbacksToTheAllowedHostsArePatched() {
        GreenhouseSettings settings = GreenhouseSettings.from(ConfigSource.empty());

        assertThat(settings.callbackAllowed(URI.create("https://app.greenhouse.io/integrations/x/1"))).isTrue();
        assertThat(settings.callbackAllowed(URI.create("https://APP.eu.greenhouse.io/x"))).isTrue();
        assertThat(settings.callbackAllowed(URI.create("https://greenhouse.io/x"))).isTrue();
        assertThat(settings.callbackAllowed(URI.create("http://app.greenhouse.io/x"))).isFalse();
        assertThat(settings.callbackAllowed(URI.create("https://evilgreenhouse.io/x"))).isFalse();
        assertThat(settings.callbackAllowed(URI.create("https://app.greenhouse.io.evil.example/x"))).isFalse();
        assertThat(settings.callbackAllowed(URI.create("https://user@app.greenhouse.io/x"))).isFalse();
        assertThat(settings.callbackAllowed(URI.create("http://localhost:8080/x"))).isFalse();
        assertThat(GreenhouseSettings.from(ConfigSource.of(Map.of(GreenhouseSettings.CALLBACK_HOSTS, "localhost")))
                .callbackAllowed(URI.create("http://localhost:8080/x"))).isTrue();
    }

    @Test
    void mailIsOffWithoutAHostAndAHostWithoutASenderIsRefused() {
        assertThat(MailSettings.from(ConfigSource.empty()).configured()).isFalse();
        assertThatThrownBy(() -> MailSettings.from(ConfigSource.of(Map.of(MailSettings.HOST, "smtp.example.com"))))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining(MailSettings.FROM);
        assertThatThrownBy(() -> MailSettings.from(ConfigSource.of(Map.of(MailSettings.PORT, "70000"))))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining(MailSettings.PORT);
    }

    @Test
    void theSmtpPasswordIsNeverInTheSettingsText() {
        MailSettings settings = MailSettings.from(ConfigSource.of(Map.of(MailSettings.HOST, "smtp.example.com",
                MailSettings.FROM, "jobs@example.com", MailSettings.USER, "mailer",
                MailSettings.PASSWORD, "s3cret-Passw0rd")));

        assertThat(settings.configured()).isTrue();
        assertThat(settings.toString()).doesNotContain("s3cret-Passw0rd").contains("password=***")
                .contains("smtp.example.com").contains("port=587").contains("starttls=true");
    }

    @Test
    void aFailedPatchIsRetriedAfterAMinuteDoublingUpToSixHours() {
        assertThat(CompletionCallbacks.backoff(0)).isEqualTo(Duration.ofMinutes(1));
        assertThat(CompletionCallbacks.backoff(1)).isEqualTo(Duration.ofMinutes(2));
        assertThat(CompletionCallbacks.backoff(5)).isEqualTo(Duration.ofMinutes(32));
        assertThat(CompletionCallbacks.backoff(9)).isEqualTo(Duration.ofHours(6));
        assertThat(CompletionCallbacks.backoff(1000)).isEqualTo(Duration.ofHours(6));
    }
}
