package dev.aiinterview.googlespeech;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import org.junit.jupiter.api.Test;

class SpeechAudioTest {

    @Test
    void theWebmTrackSampleRateIsReadFromItsFloatOrDoubleElement() {
        assertThat(SpeechAudio.webmSampleRate(TestAudio.webm(16_000, 100))).isEqualTo(16_000);
        byte[] floatRate = ByteBuffer.allocate(16).put(new byte[] {0x1A, 0x45, (byte) 0xDF, (byte) 0xA3})
                .put((byte) 0xB5).put((byte) 0x84).putFloat(24_000f).array();
        assertThat(SpeechAudio.webmSampleRate(floatRate)).isEqualTo(24_000);
    }

    @Test
    void aWebmWithoutAUsableRateIsTakenAs48KilohertzAsBrowsersRecord() {
        assertThat(SpeechAudio.webmSampleRate(TestAudio.webm(44_100, 100))).isEqualTo(48_000);
        assertThat(SpeechAudio.webmSampleRate(new byte[] {0x1A, 0x45, (byte) 0xDF, (byte) 0xA3})).isEqualTo(48_000);
    }

    @Test
    void aWavKnowsItsDurationAndAWebmIsJudgedByItsSize() {
        var wav = new SpeechAudio(null, 16_000, new byte[0], 61.0);
        var smallWebm = new SpeechAudio(null, 48_000, new byte[500_000], null);
        var bigWebm = new SpeechAudio(null, 48_000, new byte[1_000_000], null);

        assertThat(wav.longerThan(60)).isTrue();
        assertThat(smallWebm.longerThan(60)).isFalse();
        assertThat(bigWebm.longerThan(60)).isTrue();
    }
}
