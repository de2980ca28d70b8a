package dev.aiinterview.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Recordings made in the test: a WAV tone as the browser would send, and the data set's job description. */
public final class TestMedia {

    /** A 16 kHz mono 16-bit WAV of a tone. */
    public static byte[] wav(double seconds) {
        return dev.aiinterview.testkit.TestAudio.toneWav(seconds);
    }

    /** A 4-second WebM recording with Opus audio, as Chromium's MediaRecorder writes it. */
    public static byte[] webm() {
        try (var in = TestMedia.class.getResourceAsStream("/media/answer.webm")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String jobDescription() {
        try {
            return Files.readString(Path.of(System.getProperty("examples.data", "../data"), "backend-engineer", "jd.md"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private TestMedia() {
    }
}
