package dev.aiinterview.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aiinterview.spi.CaptureOptions;
import dev.aiinterview.spi.MediaCapture;
import dev.aiinterview.spi.Recording;
import java.io.BufferedInputStream;
import java.time.Duration;
import java.util.ArrayList;

import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import org.junit.jupiter.api.Test;

/**
 * The tests every {@link MediaCapture} must pass. A capture module extends this class and returns a capture
 * whose input (an injected line or stream) holds at least two seconds of sound.
 */
public abstract class MediaCaptureCompatibilityKit {

    /** The capture under test, fed at least two seconds of non-silent audio. */
    protected abstract MediaCapture createCapture();

    @Test
    void itListsDevicesWithAtMostOneDefault() {
        try (MediaCapture capture = createCapture()) {
            assertThat(capture.devices()).isNotNull();
            assertThat(capture.devices().stream().filter(d -> d.isDefault()).count()).isLessThanOrEqualTo(1);
        }
    }

    @Test
    void aRecordingIs16KilohertzMono16BitWavAndStopsAtTheMaximumDuration() throws Exception {
        var levels = new ArrayList<double[]>();
        try (MediaCapture capture = createCapture()) {
            Recording recording = capture.record(CaptureOptions.builder().maxDuration(Duration.ofSeconds(1)).build(),
                    (rms, peak) -> levels.add(new double[] {rms, peak}));

            assertThat(recording.stopReason()).isEqualTo(Recording.StopReason.MAX_DURATION);
            assertThat(recording.duration()).isBetween(Duration.ofMillis(900), Duration.ofMillis(1100));
            try (AudioInputStream wav = AudioSystem.getAudioInputStream(
                    new BufferedInputStream(recording.audio().openStream()))) {
                AudioFormat f = wav.getFormat();
                assertThat(f.getSampleRate()).isEqualTo(16_000f);
                assertThat(f.getChannels()).isEqualTo(1);
                assertThat(f.getSampleSizeInBits()).isEqualTo(16);
                assertThat(f.getEncoding()).isEqualTo(AudioFormat.Encoding.PCM_SIGNED);
                assertThat(wav.getFrameLength()).isBetween(14_400L, 17_600L);
            }
        }
        assertThat(levels).isNotEmpty();
        assertThat(levels).allSatisfy(l -> {
            assertThat(l[0]).isBetween(0.0, 1.0);
            assertThat(l[1]).isBetween(0.0, 1.0);
        });
        assertThat(levels.stream().mapToDouble(l -> l[0]).max().orElse(0)).as("the input is not silent").isPositive();
    }

}
