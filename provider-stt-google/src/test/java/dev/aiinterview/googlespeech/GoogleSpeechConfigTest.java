package dev.aiinterview.googlespeech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aiinterview.api.config.ConfigSource;
import dev.aiinterview.api.error.ConfigurationException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GoogleSpeechConfigTest {

    @Test
    void theDefaultsSuitInterviewAnswers() {
        GoogleSpeechConfig config = GoogleSpeechConfig.from(ConfigSource.empty());

        assertThat(config.syncLimit()).isEqualTo(Duration.ofSeconds(60));
        assertThat(config.timeout()).isEqualTo(Duration.ofMinutes(2));
        assertThat(config.longRunningTimeout()).isEqualTo(Duration.ofMinutes(15));
        assertThat(config.maxAttempts()).isEqualTo(3);
        assertThat(config.punctuation()).isTrue();
        assertThat(config.model()).isEmpty();
        assertThat(config.credentialsHint()).contains("gcloud auth application-default login");
    }

    @Test
    void invalidValuesNameTheirKey() {
        assertThatThrownBy(() -> GoogleSpeechConfig.from(ConfigSource.of(Map.of(GoogleSpeechConfig.ENDPOINT,
                "https://speech.googleapis.com")))).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining(GoogleSpeechConfig.ENDPOINT).hasMessageContaining("host:port");
        assertThatThrownBy(() -> GoogleSpeechConfig.from(ConfigSource.of(Map.of(GoogleSpeechConfig.PHRASE_BOOST,
                "50")))).isInstanceOf(ConfigurationException.class).hasMessageContaining("0 to 20");
        assertThatThrownBy(() -> GoogleSpeechConfig.from(ConfigSource.of(Map.of(GoogleSpeechConfig.MAX_ATTEMPTS,
                "0")))).isInstanceOf(ConfigurationException.class).hasMessageContaining("at least 1");
        assertThatThrownBy(() -> GoogleSpeechConfig.from(ConfigSource.of(Map.of(GoogleSpeechConfig.SYNC_LIMIT,
                "0s")))).isInstanceOf(ConfigurationException.class).hasMessageContaining(GoogleSpeechConfig.SYNC_LIMIT);
    }

    @Test
    void theApiKeyIsNeverShownAndTheHintFollowsTheCredentialsInUse() {
        GoogleSpeechConfig withKey = GoogleSpeechConfig.from(ConfigSource.of(Map.of(GoogleSpeechConfig.API_KEY,
                "AIza-secret")));
        GoogleSpeechConfig withFile = GoogleSpeechConfig.from(ConfigSource.environment(Map.of(
                "GOOGLE_APPLICATION_CREDENTIALS", "/etc/key.json")));

        assertThat(withKey.toString()).contains("apiKey=***").doesNotContain("AIza-secret");
        assertThat(withKey.credentialsHint()).contains("INTERVIEW_GOOGLE_SPEECH_API_KEY");
        assertThat(withFile.credentialsHint()).contains("/etc/key.json").contains("GOOGLE_APPLICATION_CREDENTIALS");
    }
}
