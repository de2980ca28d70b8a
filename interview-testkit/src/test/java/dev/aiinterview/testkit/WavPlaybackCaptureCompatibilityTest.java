package dev.aiinterview.testkit;

import dev.aiinterview.spi.MediaCapture;
import java.io.IOException;
import java.io.UncheckedIOException;

/** The WAV playback capture passes the kit, converting a 44.1 kHz stereo file to 16 kHz mono. */
class WavPlaybackCaptureCompatibilityTest extends MediaCaptureCompatibilityKit {

    @Override
    protected MediaCapture createCapture() {
        try {
            return new WavPlaybackCapture(TestWavs.tone(44_100, 2, 3));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
