package dev.aiinterview.capture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.aiinterview.spi.CaptureOptions;
import dev.aiinterview.spi.Recording;
import dev.aiinterview.spi.Recording.StopReason;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import org.junit.jupiter.api.Test;

/** Recording from an injected stream rather than a line: a 22.05 kHz mono source that ends. */
class InjectedStreamTest {

    @Test
    void aStreamIsRecordedUntilItEndsAndConvertedTo16KilohertzMono() {
        AudioFormat format = new AudioFormat(22_050, 16, 1, true, false);
        byte[] pcm = new byte[22_050 * 2 * 3 / 2];  // 1.5 s
        for (int i = 0; i < pcm.length / 2; i++) {
            short s = (short) (Math.sin(2 * Math.PI * 300 * i / 22_050.0) * 10_000);
            pcm[2 * i] = (byte) s;
            pcm[2 * i + 1] = (byte) (s >> 8);
        }
        var capture = new JavaSoundCapture(() -> List.of(Microphone.of(
                () -> new AudioInputStream(new ByteArrayInputStream(pcm), format, pcm.length / 2), format, "Stream")),
                null, Duration.ofMillis(100), Duration.ofMillis(200));
        List<Double> rms = new ArrayList<>();

        Recording recording = capture.record(CaptureOptions.builder().build(), (r, p) -> rms.add(r));

        assertThat(recording.stopReason()).isEqualTo(StopReason.END_OF_INPUT);
        Wavs.Pcm read = Wavs.read(recording);
        assertThat(read.seconds()).isCloseTo(1.5, within(0.01));
        assertThat(read.frequency()).isCloseTo(300, within(5.0));
        assertThat(rms).hasSize(15).allSatisfy(r -> assertThat(r).isCloseTo(10_000 / 32768.0 / Math.sqrt(2),
                within(0.01)));
    }
}
