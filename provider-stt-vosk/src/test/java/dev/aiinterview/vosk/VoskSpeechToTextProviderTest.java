package dev.aiinterview.vosk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aiinterview.api.AudioInput;
import dev.aiinterview.api.Transcript;
import dev.aiinterview.api.TranscriptWord;
import dev.aiinterview.api.error.InvalidInputException;
import dev.aiinterview.spi.Capability;
import dev.aiinterview.spi.TranscriptionOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

/** The provider's streaming, chunking and concurrency, with recognizers that stand in for a model. */
class VoskSpeechToTextProviderTest {

    private final FakeRecognizers model = new FakeRecognizers();
    private final VoskSpeechToTextProvider provider = new VoskSpeechToTextProvider(model, 16_000);

    @Test
    void audioIsStreamedInQuarterSecondChunksOf16KilohertzMonoPcm() {
        AudioInput stereo = AudioInput.ofBytes(TestAudio.toneWav(44_100, 2, 3.0, 440), "audio/wav");

        Transcript transcript = provider.transcribe(stereo, TranscriptionOptions.defaults());

        FakeRecognizers.Fake recognizer = model.opened.get(0);
        assertThat(recognizer.sampleRate).isEqualTo(16_000f);
        assertThat(recognizer.chunkSizes).hasSizeGreaterThanOrEqualTo(12).allSatisfy(n -> assertThat(n).isEven());
        assertThat(recognizer.chunkSizes.subList(0, 12)).containsOnly(8000);
        assertThat(recognizer.bytes).isBetween(95_900L, 96_100L);  // 3 s of 16 kHz 16-bit mono
        assertThat(transcript.text()).isEqualTo("bytes-" + recognizer.bytes);
        assertThat(recognizer.closed).isTrue();
    }

    @Test
    void everyFinishedUtteranceIsCollectedAndTheRemainderComesLast() {
        model.endUtteranceAfterChunk = chunk -> chunk == 4 || chunk == 6;
        AudioInput audio = AudioInput.ofBytes(TestAudio.toneWav(16_000, 1, 2.0, 440), "audio/wav");

        Transcript transcript = provider.transcribe(audio, TranscriptionOptions.defaults());

        assertThat(transcript.text()).isEqualTo("bytes-32000 bytes-16000 bytes-16000");
        assertThat(transcript.words()).extracting(TranscriptWord::startMs).containsExactly(0L, 1000L, 1500L);
        assertThat(transcript.words()).extracting(TranscriptWord::endMs).containsExactly(1000L, 1500L, 2000L);
    }

    @Test
    void wordsCarryConfidenceSoLowConfidenceWordsAreFlagged() {
        Transcript transcript = provider.transcribe(AudioInput.ofBytes(TestAudio.toneWav(16_000, 1, 0.5, 440),
                "audio/wav"), TranscriptionOptions.defaults());

        assertThat(transcript.words()).allSatisfy(w -> assertThat(w.confidence()).isEqualTo(0.5));
        assertThat(transcript.lowConfidenceWords(0.6)).hasSize(1);
        assertThat(transcript.lowConfidenceWords(0.4)).isEmpty();
        assertThat(transcript.confidence()).isEqualTo(0.5);
    }

    @Test
    void theRequestedLanguageIsReportedAndPhraseHintsDoNotGetInTheWay() {
        var options = TranscriptionOptions.builder().language("en-GB").phraseHints(List.of("Kubernetes")).build();

        Transcript transcript = provider.transcribe(AudioInput.ofBytes(TestAudio.toneWav(16_000, 1, 0.3, 440),
                "audio/wav"), options);

        assertThat(transcript.language()).isEqualTo("en-GB");
        assertThat(transcript.engine()).isEqualTo("vosk");
    }

    @Test
    void webmIsRejectedBeforeAnyRecognizerIsOpened() {
        assertThatThrownBy(() -> provider.transcribe(AudioInput.ofBytes(TestAudio.webm(), "audio/webm"),
                TranscriptionOptions.defaults()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("WAV");
        assertThat(model.opened).isEmpty();
    }

    @Test
    void theRecognizerIsClosedWhenTheAudioBreaksOffMidway() {
        byte[] wav = TestAudio.toneWav(16_000, 1, 1.0, 440);
        model.onAccept = () -> {
            throw new IllegalStateException("native failure");
        };

        assertThatThrownBy(() -> provider.transcribe(AudioInput.ofBytes(wav, "audio/wav"),
                TranscriptionOptions.defaults())).hasMessageContaining("native failure");
        assertThat(model.opened).singleElement().satisfies(r -> assertThat(r.closed).isTrue());
    }

    @Test
    void concurrentInterviewsEachGetTheirOwnRecognizerAndOnlyTheirOwnAudio() throws Exception {
        int streams = 6;
        var barrier = new CyclicBarrier(streams);
        var firstChunk = ThreadLocal.withInitial(() -> true);
        model.onAccept = () -> {
            if (firstChunk.get()) {
                firstChunk.set(false);
                await(barrier);  // every stream is inside a recognizer at the same time
            }
        };
        ExecutorService pool = Executors.newFixedThreadPool(streams);
        try {
            List<Future<Transcript>> results = new ArrayList<>();
            for (int i = 0; i < streams; i++) {
                double seconds = 0.5 + i * 0.25;
                AudioInput audio = AudioInput.ofBytes(TestAudio.toneWav(22_050, 2, seconds, 300 + 50 * i), "audio/wav");
                results.add(pool.submit(() -> provider.transcribe(audio, TranscriptionOptions.defaults())));
            }

            for (int i = 0; i < streams; i++) {
                long expectedBytes = Math.round((0.5 + i * 0.25) * 16_000) * 2;
                String heard = results.get(i).get(20, TimeUnit.SECONDS).text();
                assertThat(Long.parseLong(heard.substring("bytes-".length()))).isBetween(expectedBytes - 8,
                        expectedBytes + 8);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(model.opened).hasSize(streams).allSatisfy(r -> assertThat(r.closed).isTrue());
        assertThat(model.mostActive.get()).isEqualTo(streams);
    }

    @Test
    void itIsOfflineWithWordTimingsAndConfidence() {
        assertThat(provider.id()).isEqualTo("vosk");
        assertThat(provider.capabilities()).contains(Capability.OFFLINE, Capability.WORD_TIMINGS,
                Capability.WORD_CONFIDENCE, Capability.STREAMING).doesNotContain(Capability.WEBM_AUDIO);
    }

    @Test
    void closingTheProviderReleasesTheModel() {
        provider.close();

        assertThat(model.closed).isTrue();
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException | BrokenBarrierException | TimeoutException e) {
            throw new IllegalStateException("the streams did not run together", e);
        }
    }
}
