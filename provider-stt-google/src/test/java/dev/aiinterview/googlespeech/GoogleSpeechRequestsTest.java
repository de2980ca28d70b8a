package dev.aiinterview.googlespeech;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.cloud.speech.v1.RecognitionConfig;
import com.google.cloud.speech.v1.RecognitionConfig.AudioEncoding;
import dev.aiinterview.api.config.ConfigSource;
import dev.aiinterview.spi.TranscriptionOptions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GoogleSpeechRequestsTest {

    private static final SpeechAudio WAV = new SpeechAudio(AudioEncoding.LINEAR16, 16_000, new byte[2], 0.0);

    @Test
    void phraseHintsAreTrimmedDeduplicatedAndKeptInOrder() {
        assertThat(GoogleSpeechRequests.phrases(Arrays.asList(" Spring  Boot ", "Kafka", "spring boot", "", null,
                "KAFKA", "CI/CD"))).containsExactly("Spring Boot", "Kafka", "CI/CD");
    }

    @Test
    void phraseHintsStayWithinGooglesLimits() {
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 6_000; i++) {
            many.add("skill number " + i);
        }
        many.add(0, "x".repeat(150));

        List<String> phrases = GoogleSpeechRequests.phrases(many);

        assertThat(phrases.get(0)).hasSize(GoogleSpeechRequests.MAX_PHRASE_CHARS);
        assertThat(phrases).hasSizeLessThanOrEqualTo(GoogleSpeechRequests.MAX_PHRASES);
        assertThat(phrases.stream().mapToInt(String::length).sum()).isLessThanOrEqualTo(
                GoogleSpeechRequests.MAX_TOTAL_CHARS);
    }

    @Test
    void noHintsMeansNoSpeechContext() {
        RecognitionConfig config = requests(Map.of()).config(WAV, TranscriptionOptions.defaults());

        assertThat(config.getSpeechContextsCount()).isZero();
        assertThat(config.getModel()).isEmpty();
        assertThat(config.getLanguageCode()).isEqualTo("en-US");
    }

    @Test
    void theModelBoostAndPunctuationSettingsAreSent() {
        RecognitionConfig config = requests(Map.of(GoogleSpeechConfig.MODEL, "latest_long",
                GoogleSpeechConfig.PHRASE_BOOST, "12", GoogleSpeechConfig.PUNCTUATION, "false"))
                .config(WAV, TranscriptionOptions.builder().phraseHints(List.of("Go")).build());

        assertThat(config.getModel()).isEqualTo("latest_long");
        assertThat(config.getSpeechContexts(0).getBoost()).isEqualTo(12f);
        assertThat(config.getEnableAutomaticPunctuation()).isFalse();
    }

    @Test
    void webmCarriesNoChannelCountSoGoogleReadsItFromTheFile() {
        var webm = new SpeechAudio(AudioEncoding.WEBM_OPUS, 48_000, new byte[4], null);

        RecognitionConfig config = requests(Map.of()).config(webm, TranscriptionOptions.defaults());

        assertThat(config.getAudioChannelCount()).isZero();
        assertThat(config.getSampleRateHertz()).isEqualTo(48_000);
    }

    private static GoogleSpeechRequests requests(Map<String, String> settings) {
        return new GoogleSpeechRequests(GoogleSpeechConfig.from(ConfigSource.of(settings)));
    }
}
