package dev.aiinterview.gemini;


/** Audio made in the test, so no recording is checked in. */
final class TestAudio {

    /** A 440 Hz tone as a 16 kHz mono 16-bit WAV. */
    static byte[] wav(double seconds) {
        return dev.aiinterview.testkit.TestAudio.toneWav(seconds);
    }

    /** The first bytes of a WebM file as a browser's MediaRecorder writes it (EBML header). */
    static byte[] webm() {
        return new byte[] {0x1A, 0x45, (byte) 0xDF, (byte) 0xA3, (byte) 0x9F, 0x42, (byte) 0x86, (byte) 0x81, 0x01,
                0x42, (byte) 0xF7, (byte) 0x81, 0x01};
    }

    private TestAudio() {
    }
}
