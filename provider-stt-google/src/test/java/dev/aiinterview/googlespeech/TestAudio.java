package dev.aiinterview.googlespeech;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;

/** Audio made in the test, so no recording is checked in. */
final class TestAudio {

    /** A 440 Hz tone as 16-bit PCM frames, every channel the same. */
    static byte[] pcm(float rate, int channels, double seconds) {
        return dev.aiinterview.testkit.TestAudio.tonePcm(rate, channels, seconds);
    }

    static byte[] wav(float rate, int channels, double seconds) {
        return wav(pcm(rate, channels, seconds), new AudioFormat(rate, 16, channels, true, false));
    }

    static byte[] wav(byte[] frames, AudioFormat format) {
        return dev.aiinterview.testkit.TestAudio.wav(frames, format);
    }

    /** A μ-law WAV, as telephone systems record. */
    static byte[] muLawWav(double seconds) {
        try (AudioInputStream pcm = new AudioInputStream(new ByteArrayInputStream(pcm(8_000, 1, seconds)),
                new AudioFormat(8_000, 16, 1, true, false), (long) (8_000 * seconds))) {
            AudioFormat ulaw = new AudioFormat(AudioFormat.Encoding.ULAW, 8_000, 8, 1, 1, 8_000, false);
            return wav(AudioSystem.getAudioInputStream(ulaw, pcm).readAllBytes(), ulaw);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The start of a WebM file as a browser's MediaRecorder writes it: the EBML header, then (further on) an audio
     * track whose SamplingFrequency element (0xB5, 8-byte float) gives the rate, then some "Opus" payload.
     */
    static byte[] webm(double samplingFrequency, int payloadBytes) {
        ByteBuffer b = ByteBuffer.allocate(64 + payloadBytes);
        b.put(new byte[] {0x1A, 0x45, (byte) 0xDF, (byte) 0xA3, (byte) 0x9F, 0x42, (byte) 0x86, (byte) 0x81, 0x01});
        b.put("webm".getBytes());
        b.put(new byte[] {(byte) 0xE1, (byte) 0x8D, (byte) 0x9F, (byte) 0x81, 0x01});  // Audio: Channels = 1
        b.put((byte) 0xB5).put((byte) 0x88).putDouble(samplingFrequency);
        while (b.hasRemaining()) {
            b.put((byte) 0x5A);
        }
        return b.array();
    }

    private TestAudio() {
    }
}
