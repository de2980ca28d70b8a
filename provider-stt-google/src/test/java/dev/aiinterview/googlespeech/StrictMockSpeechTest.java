package dev.aiinterview.googlespeech;

import static dev.aiinterview.googlespeech.MockSpeechServer.result;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.api.gax.rpc.InvalidArgumentException;
import com.google.cloud.speech.v1.RecognitionAudio;
import com.google.cloud.speech.v1.RecognitionConfig;
import com.google.cloud.speech.v1.RecognitionConfig.AudioEncoding;
import com.google.cloud.speech.v1.RecognizeResponse;
import com.google.cloud.speech.v1.SpeechClient;
import com.google.cloud.speech.v1.WordInfo;
import com.google.protobuf.ByteString;
import java.util.List;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The double is as strict as Cloud Speech about inline audio, so tests through it mean something. */
class StrictMockSpeechTest {

    private final MockSpeechServer google = new MockSpeechServer();
    private final SpeechClient client = google.client();

    @AfterEach
    void stop() {
        client.close();
        google.close();
    }

    @Test
    void recognizeRefusesInlineLinear16OverAMinuteWithGooglesError() {
        assertThatThrownBy(() -> client.recognize(linear16(16_000, 1), pcm(61 * 32_000)))
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessageContaining(StrictMockSpeech.SYNC_TOO_LONG);
        assertThatThrownBy(() -> client.recognize(linear16(8_000, 2), pcm(61 * 32_000)))
                .as("the duration counts the channels").isInstanceOf(InvalidArgumentException.class);
    }

    @Test
    void longRunningRecognizeRefusesInlineAudioOverAMinuteToo() {
        assertThatThrownBy(() -> client.longRunningRecognizeAsync(linear16(16_000, 1), pcm(61 * 32_000)).get())
                .isInstanceOf(ExecutionException.class)
                .cause().isInstanceOf(InvalidArgumentException.class)
                .hasMessageContaining("Inline audio exceeds duration limit. Please use a GCS URI.");
    }

    @Test
    void moreThanTenMegabytesIsRefusedWithGooglesPayloadMessage() {
        assertThatThrownBy(() -> client.recognize(linear16(48_000, 2), pcm(10_485_762)))
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessageContaining("Request payload size exceeds the limit: 10485760 bytes.");
    }

    @Test
    void aWebmIsMeasuredByItsBlocks() {
        RecognitionConfig webm = RecognitionConfig.newBuilder().setEncoding(AudioEncoding.WEBM_OPUS)
                .setSampleRateHertz(48_000).setLanguageCode("en-US").build();
        google.answer(result("fine", 0.9f));

        assertThat(client.recognize(webm, audio(TestWebm.chrome().write(TestWebm.fakePackets(2_950, 20))))
                .getResultsList()).hasSize(1);
        assertThatThrownBy(() -> client.recognize(webm, audio(TestWebm.chrome().write(
                TestWebm.fakePackets(3_050, 20))))).hasMessageContaining(StrictMockSpeech.SYNC_TOO_LONG);
    }

    @Test
    void withNothingQueuedItHearsEachBurstAsAWordTimedFromTheStartOfItsOwnAudio() {
        // given one minute's audio of three bursts
        List<TestAudio.Burst> bursts = List.of(new TestAudio.Burst(1_000, 1_400, 500),
                new TestAudio.Burst(30_000, 30_500, 880), new TestAudio.Burst(59_000, 59_600, 1_200));
        byte[] pcm = TestAudio.bytes(TestAudio.render(bursts, 16_000, 60));
        RecognitionConfig config = linear16(16_000, 1).toBuilder().setEnableWordTimeOffsets(true).build();

        // when
        RecognizeResponse response = client.recognize(config, audio(pcm));

        // then
        List<WordInfo> words = response.getResults(0).getAlternatives(0).getWordsList();
        assertThat(words).extracting(WordInfo::getWord).containsExactly("tone500", "tone880", "tone1200");
        assertThat(words).extracting(w -> w.getStartTime().getSeconds() * 1000
                        + w.getStartTime().getNanos() / 1_000_000)
                .containsExactly(1_000L, 30_000L, 59_000L);
        assertThat(words).allSatisfy(w -> assertThat(w.getConfidence()).as("not requested").isZero());
    }

    private static RecognitionConfig linear16(int rate, int channels) {
        return RecognitionConfig.newBuilder().setEncoding(AudioEncoding.LINEAR16).setSampleRateHertz(rate)
                .setAudioChannelCount(channels).setLanguageCode("en-US").build();
    }

    private static RecognitionAudio pcm(int bytes) {
        return audio(new byte[bytes]);
    }

    private static RecognitionAudio audio(byte[] content) {
        return RecognitionAudio.newBuilder().setContent(ByteString.copyFrom(content)).build();
    }
}
