package dev.aiinterview.web;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;

/** Recordings made in the test: a WAV tone as the browser would send, and the data set's job description. */
final class TestMedia {

    /** A 16 kHz mono 16-bit WAV of a tone. */
    static byte[] wav(double seconds) {
        var format = new AudioFormat(16_000, 16, 1, true, false);
        int frames = (int) (16_000 * seconds);
        byte[] pcm = new byte[frames * 2];
        for (int i = 0; i < frames; i++) {
            short s = (short) (Math.sin(2 * Math.PI * 440 * i / 16_000.0) * 8000);
            pcm[2 * i] = (byte) s;
            pcm[2 * i + 1] = (byte) (s >> 8);
        }
        try (var in = new AudioInputStream(new ByteArrayInputStream(pcm), format, frames)) {
            var out = new ByteArrayOutputStream();
            AudioSystem.write(in, AudioFileFormat.Type.WAVE, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The start of a WebM file: the EBML signature and a little more. */
    static byte[] webm() {
        byte[] bytes = new byte[2048];
        bytes[0] = 0x1A;
        bytes[1] = 0x45;
        bytes[2] = (byte) 0xDF;
        bytes[3] = (byte) 0xA3;
        return bytes;
    }

    static String jobDescription() {
        try {
            return Files.readString(Path.of(System.getProperty("examples.data", "../data"), "backend-engineer", "jd.md"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private TestMedia() {
    }
}
