package dev.aiinterview.vosk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aiinterview.api.AudioInput;
import dev.aiinterview.api.Transcript;
import dev.aiinterview.api.TranscriptWord;
import dev.aiinterview.api.config.ConfigSource;
import dev.aiinterview.spi.SpeechToTextProvider;
import dev.aiinterview.spi.TranscriptionOptions;
import dev.aiinterview.testkit.SpeechSample;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sound.sampled.AudioFormat;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** What only a real model shows: resampled speech, concurrency on one model, real confidences. */
@EnabledIfEnvironmentVariable(named = "VOSK_MODEL_PATH", matches = ".+")
class VoskModelIT {

    private static SpeechToTextProvider provider;
    private static SpeechSample sample;

    @BeforeAll
    static void loadTheModel() {
        provider = new VoskSpeechToTextProviderFactory().create(ConfigSource.defaults());
        sample = SpeechSamples.sample();
    }

    @AfterAll
    static void freeTheModel() {
        provider.close();
    }

    @Test
    void speechResampledFrom44KilohertzStereoReadsTheSameAsThe16KilohertzOriginal() {
        byte[] original = SpeechSamples.bytes(sample);
        byte[] stereo = TestAudio.convert(original, new AudioFormat(44_100, 16, 2, true, false));

        Transcript fromOriginal = provider.transcribe(sample.audio(), TranscriptionOptions.defaults());
        Transcript fromStereo = provider.transcribe(AudioInput.ofBytes(stereo, "audio/wav"),
                TranscriptionOptions.defaults());

        assertThat(fromOriginal.text()).isNotBlank();
        assertThat(fromStereo.text()).isEqualTo(fromOriginal.text());
    }

    @Test
    void everyWordHasTimingsWithinTheRecordingAndAConfidence() {
        Transcript t = provider.transcribe(sample.audio(), TranscriptionOptions.defaults());

        assertThat(t.words()).isNotEmpty().allSatisfy(w -> {
            assertThat(w.startMs()).isBetween(0L, 7_000L);
            assertThat(w.endMs()).isGreaterThanOrEqualTo(w.startMs());
            assertThat(w.confidence()).isBetween(0.0, 1.0);
        });
        assertThat(t.lowConfidenceWords(1.01)).hasSameSizeAs(t.words());
        assertThat(t.lowConfidenceWords(0.0)).isEmpty();
    }

    @Test
    void concurrentStreamsOnTheSharedModelAllGiveTheSingleStreamResult() throws Exception {
        String alone = provider.transcribe(sample.audio(), TranscriptionOptions.defaults()).text();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Transcript>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                results.add(pool.submit(() -> provider.transcribe(sample.audio(), TranscriptionOptions.defaults())));
            }
            for (Future<Transcript> r : results) {
                assertThat(r.get(2, TimeUnit.MINUTES).text()).isEqualTo(alone);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void twoProvidersForTheSameFolderShareOneModelAndClosingOneKeepsTheOtherWorking() {
        SpeechToTextProvider second = new VoskSpeechToTextProviderFactory().create(ConfigSource.defaults());
        second.close();

        Transcript t = provider.transcribe(sample.audio(), TranscriptionOptions.defaults());

        assertThat(t.words()).extracting(TranscriptWord::text).isNotEmpty();
    }
}
