package dev.aiinterview.testkit;

import dev.aiinterview.spi.MediaCapture;

/** The WAV playback capture passes the kit, converting a 44.1 kHz stereo file to 16 kHz mono. */
class WavPlaybackCaptureCompatibilityTest extends MediaCaptureCompatibilityKit {

    @Override
    protected MediaCapture createCapture() {
        return new WavPlaybackCapture(TestAudio.toneWav(44_100, 2, 3));
    }
}
