package dev.aiinterview.googlespeech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import com.google.cloud.speech.v1.RecognitionConfig.AudioEncoding;
import dev.aiinterview.api.AudioInput;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpeechAudioTest {

    private static final Duration TEN_MINUTES = Duration.ofMinutes(10);

    @Test
    void aWavKnowsItsDurationAndRateFromItsHeader() {
        SpeechAudio wav = read(TestAudio.wav(44_100, 2, 1.5), "audio/wav");

        assertThat(wav.encoding()).isEqualTo(AudioEncoding.LINEAR16);
        assertThat(wav.sampleRate()).isEqualTo(44_100);
        assertThat(wav.seconds()).isCloseTo(1.5, offset(0.001));
        assertThat(wav.webm()).isNull();
    }

    @Test
    void aWebmKnowsItsDurationFromItsBlocksAndKeepsItsBytes() {
        byte[] bytes = TestWebm.chrome().write(TestWebm.fakePackets(150, 30));

        SpeechAudio webm = read(bytes, "audio/webm");

        assertThat(webm.encoding()).isEqualTo(AudioEncoding.WEBM_OPUS);
        assertThat(webm.sampleRate()).isEqualTo(48_000);
        assertThat(webm.content()).isEqualTo(bytes);
        assertThat(webm.seconds()).as("150 packets of 20 ms less the pre-skip")
                .isCloseTo(3.0 - 312 / 48_000.0, offset(1e-9));
    }

    @Test
    void oneRequestTakesAnAudioOnlyAnswerUpToTheChunkLength() {
        Duration chunk = Duration.ofSeconds(50);
        SpeechAudio shortWebm = read(TestWebm.chrome().write(TestWebm.fakePackets(2_000, 30)), "audio/webm");
        SpeechAudio longWebm = read(TestWebm.chrome().write(TestWebm.fakePackets(2_600, 30)), "audio/webm");
        SpeechAudio withVideo = read(TestWebm.chrome().withVideo().write(TestWebm.fakePackets(100, 30)), "video/webm");

        assertThat(shortWebm.fitsOneRequest(chunk)).isTrue();
        assertThat(longWebm.fitsOneRequest(chunk)).isFalse();
        assertThat(withVideo.fitsOneRequest(chunk)).as("the video would be sent for nothing").isFalse();
    }

    @Test
    void pcmForChunkingIs16KilohertzMonoWhateverTheWavRate() {
        short[] at48k = TestAudio.render(List.of(new TestAudio.Burst(0, 1_000, 500)), 48_000, 2.0);

        short[] pcm = read(TestAudio.wav(at48k, 48_000), "audio/wav").pcm16k("test");

        assertThat(pcm.length).isBetween(31_990, 32_010);
        assertThat(ToneRecognizer.bursts(pcm, 16_000)).singleElement()
                .satisfies(b -> assertThat(b[1] - b[0]).isBetween(15_500, 16_500));
    }

    private static SpeechAudio read(byte[] bytes, String mime) {
        return SpeechAudio.read(AudioInput.ofBytes(bytes, mime), TEN_MINUTES);
    }
}
