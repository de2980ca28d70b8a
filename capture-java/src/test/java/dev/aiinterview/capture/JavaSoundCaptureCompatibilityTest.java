package dev.aiinterview.capture;

import dev.aiinterview.spi.MediaCapture;
import dev.aiinterview.testkit.MediaCaptureCompatibilityKit;

/** The SDK's capture kit, through a line that offers only 44.1 kHz stereo, so conversion is exercised too. */
class JavaSoundCaptureCompatibilityTest extends MediaCaptureCompatibilityKit {

    @Override
    protected MediaCapture createCapture() {
        return JavaSoundCaptureTest.capture(new FakeLine(FakeLine.tone(), 3.0, 0, FakeLine.pcm(44_100, 2, false)));
    }
}
