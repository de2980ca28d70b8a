package dev.aiinterview.testkit;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;

/**
 * Audio made in tests with javax.sound, so no recording needs checking in: tones as PCM frames or WAV files, and
 * the start of a WebM file as a browser's MediaRecorder writes it.
 */
public final class TestAudio {

    /** The EBML signature every WebM file starts with. */
    private static final byte[] EBML = {0x1A, 0x45, (byte) 0xDF, (byte) 0xA3};

    /** A 440 Hz tone as 16-bit signed little-endian PCM frames; every channel carries the same tone. */
    public static byte[] tonePcm(float sampleRate, int channels, double seconds) {
        int frames = (int) Math.round(sampleRate * seconds);
        byte[] pcm = new byte[frames * 2 * channels];
        for (int i = 0; i < frames; i++) {
            short s = (short) (Math.sin(2 * Math.PI * 440 * i / sampleRate) * 8000);
            for (int c = 0; c < channels; c++) {
                int at = (i * channels + c) * 2;
                pcm[at] = (byte) s;
                pcm[at + 1] = (byte) (s >> 8);
            }
        }
        return pcm;
    }

    /** A 440 Hz tone as a 16-bit PCM WAV file. */
    public static byte[] toneWav(float sampleRate, int channels, double seconds) {
        return wav(tonePcm(sampleRate, channels, seconds), new AudioFormat(sampleRate, 16, channels, true, false));
    }

    /** A 440 Hz tone as the 16 kHz mono 16-bit WAV that speech-to-text engines want. */
    public static byte[] toneWav(double seconds) {
        return toneWav(16_000f, 1, seconds);
    }

    /** A WAV file of raw frames in any format javax.sound can write. */
    public static byte[] wav(byte[] frames, AudioFormat format) {
        var out = new ByteArrayOutputStream();
        try (var in = new AudioInputStream(new ByteArrayInputStream(frames), format,
                frames.length / format.getFrameSize())) {
            AudioSystem.write(in, AudioFileFormat.Type.WAVE, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** {@code size} bytes that start like a WebM file (the EBML signature), the rest zero. */
    public static byte[] webmStart(int size) {
        byte[] bytes = new byte[Math.max(size, EBML.length)];
        System.arraycopy(EBML, 0, bytes, 0, EBML.length);
        return bytes;
    }

    private TestAudio() {
    }
}
