package dev.aiinterview.googlespeech;

import static dev.aiinterview.googlespeech.MockSpeechServer.result;
import static org.assertj.core.api.Assertions.assertThat;

import dev.aiinterview.api.AudioInput;
import dev.aiinterview.api.Transcript;
import dev.aiinterview.api.TranscriptWord;
import dev.aiinterview.spi.Capability;
import dev.aiinterview.spi.SpeechToTextProvider;
import dev.aiinterview.spi.TranscriptionOptions;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Word confidence is passed on only from models whose confidence Google says is real. */
class GoogleSpeechConfidenceTest {

    private static final AudioInput AUDIO = AudioInput.ofBytes(TestAudio.wav(16_000, 1, 2.0), "audio/wav");

    private final MockSpeechServer google = new MockSpeechServer();

    @AfterEach
    void stop() {
        google.close();
    }

    @Test
    void aLatestModelsScoresAreDroppedSoNothingIsFlaggedAsLowConfidence() {
        // given latest_long, whose "confidence" Google says is not truly one, answering with low scores
        try (SpeechToTextProvider provider = google.provider(Map.of(GoogleSpeechConfig.MODEL, "latest_long"))) {
            google.answer(result("we sharded Postgres", 0.31f, "we", 100, 300, 0.2f, "sharded", 300, 800, 0.1f,
                    "Postgres", 800, 1400, 0.3f));

            // when
            Transcript t = provider.transcribe(AUDIO, TranscriptionOptions.defaults());

            // then
            assertThat(t.words()).extracting(TranscriptWord::confidence).containsOnlyNulls();
            assertThat(t.confidence()).isNull();
            assertThat(t.lowConfidenceWords(0.6)).isEmpty();
            assertThat(t.words()).extracting(TranscriptWord::startMs).containsExactly(100L, 300L, 800L);
            assertThat(google.recognizeRequest().getConfig().getEnableWordConfidence()).isFalse();
            assertThat(provider.capabilities()).doesNotContain(Capability.WORD_CONFIDENCE)
                    .contains(Capability.WORD_TIMINGS, Capability.WEBM_AUDIO);
        }
    }

    @Test
    void aModelWithRealConfidenceKeepsItAndFlagsUnsureWords() {
        try (SpeechToTextProvider provider = google.provider(Map.of(GoogleSpeechConfig.MODEL, "video"))) {
            google.answer(result("we sharded Postgres", 0.8f, "we", 100, 300, 0.95f, "sharded", 300, 800, 0.4f));

            Transcript t = provider.transcribe(AUDIO, TranscriptionOptions.defaults());

            assertThat(t.confidence()).isEqualTo(0.8);
            assertThat(t.lowConfidenceWords(0.6)).extracting(TranscriptWord::text).containsExactly("sharded");
            assertThat(provider.capabilities()).contains(Capability.WORD_CONFIDENCE);
        }
    }

    @Test
    void theSettingOverridesTheModelForThoseWhoKnowBetter() {
        try (SpeechToTextProvider on = google.provider(Map.of(GoogleSpeechConfig.MODEL, "latest_long",
                GoogleSpeechConfig.WORD_CONFIDENCE, "on"));
             SpeechToTextProvider off = google.provider(Map.of(GoogleSpeechConfig.WORD_CONFIDENCE, "off"))) {
            google.answer(result("yes", 0.5f, "yes", 0, 300, 0.5f));
            google.answer(result("yes", 0.5f, "yes", 0, 300, 0.5f));

            assertThat(on.transcribe(AUDIO, TranscriptionOptions.defaults()).words().get(0).confidence())
                    .isEqualTo(0.5);
            assertThat(off.transcribe(AUDIO, TranscriptionOptions.defaults()).words().get(0).confidence()).isNull();
            assertThat(off.capabilities()).doesNotContain(Capability.WORD_CONFIDENCE);
        }
    }
}
