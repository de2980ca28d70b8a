package dev.aiinterview.googlespeech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aiinterview.core.llm.RetryPolicy;
import dev.aiinterview.api.config.ConfigSource;
import dev.aiinterview.api.error.ConfigurationException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@SuppressWarnings("deprecation")
class GoogleSpeechConfigTest {

    @Test
    void theDefaultsSuitInterviewAnswers() {
        GoogleSpeechConfig config = GoogleSpeechConfig.from(ConfigSource.empty());

        assertThat(config.chunkLength()).isEqualTo(Duration.ofSeconds(50));
        assertThat(config.maxDuration()).isEqualTo(Duration.ofMinutes(10));
        assertThat(config.wordConfidence()).as("Google's default model gives real confidence").isTrue();
        assertThat(config.timeout()).isEqualTo(Duration.ofMinutes(2));
        assertThat(RetryPolicy.speechToText(ConfigSource.empty()).maxAttempts())
                .as("attempts, now the wrapper's").isEqualTo(3);
        assertThat(config.punctuation()).isTrue();
        assertThat(config.model()).isEmpty();
        assertThat(config.credentialsHint()).contains("gcloud auth application-default login");
    }

    @Test
    void invalidValuesNameTheirKey() {
        assertThatThrownBy(() -> config(GoogleSpeechConfig.ENDPOINT, "https://speech.googleapis.com"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining(GoogleSpeechConfig.ENDPOINT).hasMessageContaining("host:port");
        assertThatThrownBy(() -> config(GoogleSpeechConfig.PHRASE_BOOST, "50"))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("0 to 20");
        assertThatThrownBy(() -> RetryPolicy.speechToText(ConfigSource.of(Map.of(GoogleSpeechConfig.MAX_ATTEMPTS, "0"))))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("at least 1");
        assertThatThrownBy(() -> config(GoogleSpeechConfig.MAX_DURATION, "0s"))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining(GoogleSpeechConfig.MAX_DURATION);
        assertThatThrownBy(() -> config(GoogleSpeechConfig.WORD_CONFIDENCE, "sometimes"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining(GoogleSpeechConfig.WORD_CONFIDENCE).hasMessageContaining("auto");
    }

    @ParameterizedTest
    @ValueSource(strings = {"4s", "4999ms", "60s", "1m", "90s"})
    void aChunkLengthOutsideFiveToFiftyNineSecondsIsRefusedNamingTheKey(String value) {
        assertThatThrownBy(() -> config(GoogleSpeechConfig.CHUNK_LENGTH, value))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining(GoogleSpeechConfig.CHUNK_LENGTH)
                .hasMessageContaining("from 5s to 59s");
    }

    @ParameterizedTest
    @ValueSource(strings = {"5s", "30s", "59s"})
    void aChunkLengthFromFiveToFiftyNineSecondsIsTaken(String value) {
        assertThat(config(GoogleSpeechConfig.CHUNK_LENGTH, value).chunkLength())
                .isEqualTo(Duration.parse("PT" + value.toUpperCase()));
    }

    @ParameterizedTest(name = "model {0}, word-confidence {1} -> {2}")
    @CsvSource({
        "'', auto, true",
        "latest_long, auto, false",
        "latest_short, auto, false",
        "LATEST_LONG, auto, false",
        "telephony, auto, false",
        "telephony_short, auto, false",
        "command_and_search, auto, true",
        "phone_call, auto, true",
        "video, auto, true",
        "default, auto, true",
        "medical_dictation, auto, true",
        "latest_long, on, true",
        "phone_call, off, false",
    })
    void wordConfidenceFollowsTheModelUnlessSetExplicitly(String model, String setting, boolean expected) {
        Map<String, String> settings = model.isEmpty() ? Map.of(GoogleSpeechConfig.WORD_CONFIDENCE, setting)
                : Map.of(GoogleSpeechConfig.MODEL, model, GoogleSpeechConfig.WORD_CONFIDENCE, setting);

        assertThat(GoogleSpeechConfig.from(ConfigSource.of(settings)).wordConfidence()).isEqualTo(expected);
    }

    @Test
    void theApiKeyIsNeverShownAndTheHintFollowsTheCredentialsInUse() {
        GoogleSpeechConfig withKey = config(GoogleSpeechConfig.API_KEY, "AIza-secret");
        GoogleSpeechConfig withFile = GoogleSpeechConfig.from(ConfigSource.environment(Map.of(
                "GOOGLE_APPLICATION_CREDENTIALS", "/etc/key.json")));

        assertThat(withKey.toString()).contains("apiKey=***").doesNotContain("AIza-secret");
        assertThat(withKey.credentialsHint()).contains("INTERVIEW_GOOGLE_SPEECH_API_KEY");
        assertThat(withFile.credentialsHint()).contains("/etc/key.json").contains("GOOGLE_APPLICATION_CREDENTIALS");
    }

    private static GoogleSpeechConfig config(String key, String value) {
        return GoogleSpeechConfig.from(ConfigSource.of(Map.of(key, value)));
    }
}
