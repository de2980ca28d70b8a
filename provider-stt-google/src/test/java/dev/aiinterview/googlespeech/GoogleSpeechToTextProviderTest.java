package dev.aiinterview.googlespeech;

import static dev.aiinterview.googlespeech.MockSpeechServer.result;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.google.cloud.speech.v1.RecognitionConfig;
import com.google.cloud.speech.v1.RecognitionConfig.AudioEncoding;
import com.google.cloud.speech.v1.RecognizeRequest;
import dev.aiinterview.api.AudioInput;
import dev.aiinterview.api.Transcript;
import dev.aiinterview.api.TranscriptWord;
import dev.aiinterview.api.error.InvalidInputException;
import dev.aiinterview.spi.Capability;
import dev.aiinterview.spi.SpeechToTextProvider;
import dev.aiinterview.spi.TranscriptionOptions;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javax.sound.sampled.AudioFormat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The requests Cloud Speech receives and how its answers become transcripts, through MockSpeech. */
class GoogleSpeechToTextProviderTest {

    private final MockSpeechServer google = new MockSpeechServer();
    private final SpeechToTextProvider provider = google.provider();

    @AfterEach
    void stop() {
        provider.close();
        google.close();
    }

    @Test
    void aShortWavGoesToRecognizeAsLinear16WithLanguageHintsAndWordDetailsRequested() {
        byte[] pcm = TestAudio.pcm(16_000, 1, 3.0);
        google.answer(result("I deployed Kubernetes", 0.9f));
        var options = TranscriptionOptions.builder().language("en-GB")
                .phraseHints(List.of("Kubernetes", "Terraform", "  kubernetes ")).build();

        provider.transcribe(AudioInput.ofBytes(TestAudio.wav(pcm, new AudioFormat(16_000, 16, 1, true, false)),
                "audio/wav"), options);

        RecognizeRequest request = google.recognizeRequest();
        RecognitionConfig config = request.getConfig();
        assertThat(config.getEncoding()).isEqualTo(AudioEncoding.LINEAR16);
        assertThat(config.getSampleRateHertz()).isEqualTo(16_000);
        assertThat(config.getAudioChannelCount()).isEqualTo(1);
        assertThat(config.getLanguageCode()).isEqualTo("en-GB");
        assertThat(config.getSpeechContextsList()).singleElement()
                .satisfies(c -> assertThat(c.getPhrasesList()).containsExactly("Kubernetes", "Terraform"));
        assertThat(config.getEnableWordTimeOffsets()).isTrue();
        assertThat(config.getEnableWordConfidence()).isTrue();
        assertThat(config.getEnableAutomaticPunctuation()).isTrue();
        assertThat(request.getAudio().getContent().toByteArray()).as("the PCM without the WAV header").isEqualTo(pcm);
    }

    @Test
    void theSampleRateComesFromTheWavHeaderAndStereoIsMixedToMono() {
        google.answer();

        provider.transcribe(AudioInput.ofBytes(TestAudio.wav(44_100, 2, 1.0), "audio/wav"),
                TranscriptionOptions.defaults());

        RecognitionConfig config = google.recognizeRequest().getConfig();
        assertThat(config.getSampleRateHertz()).isEqualTo(44_100);
        assertThat(config.getAudioChannelCount()).isEqualTo(1);
        assertThat(google.recognizeRequest().getAudio().getContent().size()).isBetween(88_190, 88_210);
    }

    @Test
    void aMuLawTelephoneRecordingIsDecodedToLinear16At8Kilohertz() {
        google.answer();

        provider.transcribe(AudioInput.ofBytes(TestAudio.muLawWav(1.0), "audio/wav"), TranscriptionOptions.defaults());

        assertThat(google.recognizeRequest().getConfig().getSampleRateHertz()).isEqualTo(8_000);
        assertThat(google.recognizeRequest().getAudio().getContent().size()).isEqualTo(16_000);
    }

    @Test
    void webmGoesAsWebmOpusUntouchedAtItsTracksSampleRate() {
        byte[] webm = TestWebm.chrome().write(TestWebm.encode(TestAudio.render(List.of(), 48_000, 1.0)));
        google.answer(result("hello", 0.8f));

        provider.transcribe(AudioInput.ofBytes(webm, "audio/webm"), TranscriptionOptions.defaults());

        RecognitionConfig config = google.recognizeRequest().getConfig();
        assertThat(config.getEncoding()).isEqualTo(AudioEncoding.WEBM_OPUS);
        assertThat(config.getSampleRateHertz()).isEqualTo(48_000);
        assertThat(google.recognizeRequest().getAudio().getContent().toByteArray()).isEqualTo(webm);
    }

    @Test
    void theResponseBecomesATranscriptWithWordTimingsAndConfidence() {
        google.answer(
                result("I deployed Kubernetes", 0.91f, "I", 400, 600, 0.98f, "deployed", 600, 1100, 0.95f,
                        "Kubernetes", 1100, 1900, 0.41f),
                result(" clusters at scale.", 0.87f, "clusters", 2300, 2900, 0.88f, "at", 2900, 3000, 0.0f,
                        "scale.", 3000, 3500, 0.9f));

        Transcript t = provider.transcribe(AudioInput.ofBytes(TestAudio.wav(16_000, 1, 4.0), "audio/wav"),
                TranscriptionOptions.defaults());

        assertThat(t.text()).isEqualTo("I deployed Kubernetes clusters at scale.");
        assertThat(t.engine()).isEqualTo("google-speech");
        assertThat(t.language()).as("Google's en-us kept in the caller's spelling").isEqualTo("en-US");
        assertThat(t.confidence()).isEqualTo((0.91 + 0.87) / 2);
        assertThat(t.words()).containsExactly(
                new TranscriptWord("I", 400L, 600L, 0.98),
                new TranscriptWord("deployed", 600L, 1100L, 0.95),
                new TranscriptWord("Kubernetes", 1100L, 1900L, 0.41),
                new TranscriptWord("clusters", 2300L, 2900L, 0.88),
                new TranscriptWord("at", 2900L, 3000L, null),
                new TranscriptWord("scale.", 3000L, 3500L, 0.9));
        assertThat(t.lowConfidenceWords(0.6)).extracting(TranscriptWord::text).containsExactly("Kubernetes");
    }

    @Test
    void withoutWordTimingsNoOffsetsAreRequestedButConfidenceStillIs() {
        google.answer(result("yes", 0.7f, "yes", 100, 300, 0.5f));
        var options = TranscriptionOptions.builder().wordTimings(false).build();

        Transcript t = provider.transcribe(AudioInput.ofBytes(TestAudio.wav(16_000, 1, 0.5), "audio/wav"), options);

        assertThat(google.recognizeRequest().getConfig().getEnableWordTimeOffsets()).isFalse();
        assertThat(google.recognizeRequest().getConfig().getEnableWordConfidence()).isTrue();
        assertThat(t.words()).containsExactly(new TranscriptWord("yes", null, null, 0.5));
    }

    @Test
    void audioUpToTheChunkLengthGoesAsOneRecognizeRequest() {
        google.answer(result("a whole answer", 0.8f));

        provider.transcribe(AudioInput.ofBytes(TestAudio.wav(16_000, 1, 50.0), "audio/wav"),
                TranscriptionOptions.defaults());

        assertThat(google.requests()).singleElement().isInstanceOf(RecognizeRequest.class);
        assertThat(google.recognizeRequest().getAudio().getContent().size()).isEqualTo(50 * 32_000);
    }

    @Test
    void audioWithoutPausesOverTheChunkLengthIsCutAtTheLimitAndItsWordTimesAreShifted() {
        // given 61 s of an unbroken tone, which the double hears as one word per request
        var options = TranscriptionOptions.builder().phraseHints(List.of("Java")).build();

        // when
        Transcript t = provider.transcribe(AudioInput.ofBytes(TestAudio.wav(16_000, 1, 61.0), "audio/wav"), options);

        // then two requests, the first exactly the 50 s default, both configured alike
        assertThat(google.recognizeRequests()).hasSize(2).allSatisfy(r -> {
            assertThat(r.getConfig().getEncoding()).isEqualTo(AudioEncoding.LINEAR16);
            assertThat(r.getConfig().getSampleRateHertz()).isEqualTo(16_000);
            assertThat(r.getConfig().getSpeechContexts(0).getPhrasesList()).containsExactly("Java");
        });
        assertThat(google.recognizeRequests()).extracting(r -> r.getAudio().getContent().size())
                .containsExactlyInAnyOrder(50 * 32_000, 11 * 32_000);
        assertThat(t.words()).extracting(TranscriptWord::startMs, TranscriptWord::endMs)
                .containsExactly(tuple(0L, 50_000L), tuple(50_000L, 61_000L));
        assertThat(t.text()).isEqualTo("tone440 tone440");
    }

    @Test
    void theChunkLengthSettingMovesTheBoundary() {
        try (SpeechToTextProvider strict = google.provider(Map.of(GoogleSpeechConfig.CHUNK_LENGTH, "5s"))) {
            strict.transcribe(AudioInput.ofBytes(TestAudio.wav(16_000, 1, 12.0), "audio/wav"),
                    TranscriptionOptions.defaults());
        }

        assertThat(google.recognizeRequests()).extracting(r -> r.getAudio().getContent().size())
                .containsExactlyInAnyOrder(5 * 32_000, 5 * 32_000, 2 * 32_000);
    }

    @Test
    void aLong44KilohertzRecordingIsResampledTo16KilohertzForItsChunks() {
        provider.transcribe(AudioInput.ofBytes(TestAudio.wav(44_100, 1, 125.0), "audio/wav"),
                TranscriptionOptions.defaults());

        assertThat(google.recognizeRequests()).hasSize(3)
                .allSatisfy(r -> assertThat(r.getConfig().getSampleRateHertz()).isEqualTo(16_000));
        assertThat(google.recognizeRequests().stream().mapToInt(r -> r.getAudio().getContent().size()).sum())
                .isBetween(3_999_000, 4_001_000);
    }

    @Test
    void anAnswerLongerThanTheMaxDurationIsInvalidInputNamingTheSettingBeforeAnyCall() {
        try (SpeechToTextProvider strict = google.provider(Map.of(GoogleSpeechConfig.MAX_DURATION, "30s"))) {
            byte[] wav = TestAudio.wav(16_000, 1, 31.0);
            byte[] webm = TestWebm.chrome().write(TestWebm.fakePackets(1_600, 40));

            assertThatThrownBy(() -> strict.transcribe(AudioInput.ofBytes(wav, "audio/wav"),
                    TranscriptionOptions.defaults()))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("longer than 30 s").hasMessageContaining(GoogleSpeechConfig.MAX_DURATION);
            assertThatThrownBy(() -> strict.transcribe(AudioInput.ofBytes(webm, "audio/webm"),
                    TranscriptionOptions.defaults()))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining(GoogleSpeechConfig.MAX_DURATION);
        }
        assertThat(google.requests()).isEmpty();
    }

    @Test
    void aShortWebmWithAVideoTrackIsDecodedAndSentAsLinear16Alone() {
        short[] tone = TestAudio.render(List.of(new TestAudio.Burst(500, 1_500, 600)), 48_000, 2.0);
        byte[] webm = TestWebm.chrome().withVideo().write(TestWebm.encode(tone));

        Transcript t = provider.transcribe(AudioInput.ofBytes(webm, "video/webm"), TranscriptionOptions.defaults());

        RecognitionConfig config = google.recognizeRequest().getConfig();
        assertThat(config.getEncoding()).isEqualTo(AudioEncoding.LINEAR16);
        assertThat(config.getSampleRateHertz()).isEqualTo(16_000);
        assertThat(t.text()).isEqualTo("tone600");
    }

    @Test
    void somethingThatIsNotAudioIsRejectedNamingTheAcceptedFormats() {
        byte[] mp3 = Arrays.copyOf(new byte[] {'I', 'D', '3', 4, 0}, 100);

        assertThatThrownBy(() -> provider.transcribe(AudioInput.ofBytes(mp3, "audio/mpeg"),
                TranscriptionOptions.defaults()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("WAV (PCM, any sample rate; sent as LINEAR16) or WebM/Opus");
        assertThat(google.requests()).isEmpty();
    }

    @Test
    void itDeclaresWordTimingsConfidenceAndWebm() {
        assertThat(provider.id()).isEqualTo("google-speech");
        assertThat(provider.capabilities()).containsExactlyInAnyOrder(Capability.WORD_TIMINGS,
                Capability.WORD_CONFIDENCE, Capability.WEBM_AUDIO);
    }
}
