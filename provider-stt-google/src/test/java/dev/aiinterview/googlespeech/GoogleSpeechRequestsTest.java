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

    private static final SpeechChunk WAV = new SpeechChunk(0, AudioEncoding.LINEAR16, 16_000, new byte[2]);

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
        var webm = new SpeechChunk(0, AudioEncoding.WEBM_OPUS, 48_000, new byte[4]);

        RecognitionConfig config = requests(Map.of()).config(webm, TranscriptionOptions.defaults());

        assertThat(config.getAudioChannelCount()).isZero();
        assertThat(config.getSampleRateHertz()).isEqualTo(48_000);
    }

    @Test
    void wordConfidenceIsRequestedOnlyFromModelsWhoseConfidenceIsReal() {
        var options = TranscriptionOptions.defaults();

        assertThat(requests(Map.of()).config(WAV, options).getEnableWordConfidence()).isTrue();
        assertThat(requests(Map.of(GoogleSpeechConfig.MODEL, "phone_call")).config(WAV, options)
                .getEnableWordConfidence()).isTrue();
        assertThat(requests(Map.of(GoogleSpeechConfig.MODEL, "latest_long")).config(WAV, options)
                .getEnableWordConfidence()).isFalse();
        assertThat(requests(Map.of(GoogleSpeechConfig.MODEL, "latest_long", GoogleSpeechConfig.WORD_CONFIDENCE, "on"))
                .config(WAV, options).getEnableWordConfidence()).isTrue();
    }

    @Test
    void aChunkRequestCarriesItsAudioInline() {
        var chunk = new SpeechChunk(50_000, AudioEncoding.LINEAR16, 16_000, new byte[] {1, 2, 3, 4});

        var request = requests(Map.of()).request(chunk, TranscriptionOptions.defaults());

        assertThat(request.getAudio().getContent().toByteArray()).containsExactly(1, 2, 3, 4);
        assertThat(request.getConfig().getSampleRateHertz()).isEqualTo(16_000);
    }

    private static GoogleSpeechRequests requests(Map<String, String> settings) {
        return new GoogleSpeechRequests(GoogleSpeechConfig.from(ConfigSource.of(settings)));
    }
}
