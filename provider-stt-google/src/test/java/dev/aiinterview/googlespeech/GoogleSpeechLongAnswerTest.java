package dev.aiinterview.googlespeech;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.cloud.speech.v1.RecognizeRequest;
import dev.aiinterview.api.AudioInput;
import dev.aiinterview.api.Transcript;
import dev.aiinterview.api.TranscriptWord;
import dev.aiinterview.spi.SpeechToTextProvider;
import dev.aiinterview.spi.TranscriptionOptions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Answers longer than Google takes inline, through the strict double: it refuses inline audio over 60 s as Google
 * does, and hears each tone burst as one word timed from the start of its own request, so the test can tell that
 * the answer was cut at silences and every word found its place in the whole answer again.
 */
class GoogleSpeechLongAnswerTest {

    static final double SECONDS = 150;
    static final List<TestAudio.Burst> BURSTS = TestAudio.bursts(SECONDS);
    static final byte[] WAV = TestAudio.wav(TestAudio.render(BURSTS, 16_000, SECONDS), 16_000);
    static final byte[] WEBM = TestWebm.chrome().write(TestWebm.encode(TestAudio.render(BURSTS, 48_000, SECONDS)));

    private static final long TOLERANCE_MS = 120;

    private final MockSpeechServer google = new MockSpeechServer();
    private final SpeechToTextProvider provider = google.provider();

    @AfterEach
    void stop() {
        provider.close();
        google.close();
    }

    static Stream<Arguments> answers() {
        return Stream.of(Arguments.of("WAV", AudioInput.ofBytes(WAV, "audio/wav")),
                Arguments.of("WebM/Opus", AudioInput.ofBytes(WEBM, "audio/webm")));
    }

    @ParameterizedTest(name = "a 150-second {0} answer")
    @MethodSource("answers")
    void aLongAnswerIsTranscribedInChunksWithEveryWordOnceAtItsPlace(String kind, AudioInput answer) {
        // when
        Transcript t = provider.transcribe(answer, TranscriptionOptions.defaults());

        // then several requests, none over Google's minute (the double would have refused it)
        List<RecognizeRequest> requests = google.recognizeRequests();
        assertThat(requests).hasSizeGreaterThanOrEqualTo(3);
        assertThat(requests).allSatisfy(r -> assertThat(StrictMockSpeech.seconds(r.getConfig(), r.getAudio()))
                .isPositive().isLessThanOrEqualTo(50.0));
        // every burst once, in order: none lost or doubled at a cut
        assertThat(t.words()).extracting(TranscriptWord::text)
                .containsExactlyElementsOf(BURSTS.stream().map(TestAudio.Burst::word).toList());
        long previous = -1;
        for (int i = 0; i < BURSTS.size(); i++) {
            TranscriptWord word = t.words().get(i);
            assertThat(word.startMs()).as("start of %s", word.text()).isGreaterThan(previous)
                    .isBetween(BURSTS.get(i).startMs() - TOLERANCE_MS, BURSTS.get(i).startMs() + TOLERANCE_MS);
            assertThat(word.endMs()).as("end of %s", word.text())
                    .isBetween(BURSTS.get(i).endMs() - TOLERANCE_MS, BURSTS.get(i).endMs() + TOLERANCE_MS);
            previous = word.startMs();
        }
        assertThat(t.text()).startsWith("tone400 tone420 ").endsWith(" " + BURSTS.get(BURSTS.size() - 1).word());
        assertThat(t.confidence()).isEqualTo(0.9);
    }
}
