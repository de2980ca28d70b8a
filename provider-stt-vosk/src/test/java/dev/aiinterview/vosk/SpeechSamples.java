package dev.aiinterview.vosk;

import dev.aiinterview.api.AudioInput;
import dev.aiinterview.testkit.SpeechSample;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Real speech for the tests that have a model: {@code speech-sample.wav} (espeak-ng, 16 kHz mono, 6.7 s) and its
 * text, or a recording of your own named by {@code VOSK_SAMPLE_WAV} with its text in {@code VOSK_SAMPLE_TEXT}.
 */
final class SpeechSamples {

    static SpeechSample sample() {
        String wav = System.getenv("VOSK_SAMPLE_WAV");
        String text = System.getenv("VOSK_SAMPLE_TEXT");
        if (wav != null && !wav.isBlank() && text != null && !text.isBlank()) {
            return new SpeechSample(AudioInput.wav(Path.of(wav)), text);
        }
        return new SpeechSample(AudioInput.ofBytes(resource("speech-sample.wav"), "audio/wav"),
                new String(resource("speech-sample.txt"), StandardCharsets.UTF_8).trim());
    }

    static byte[] resource(String name) {
        try (InputStream in = Objects.requireNonNull(SpeechSamples.class.getResourceAsStream("/" + name), name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] bytes(SpeechSample sample) {
        try {
            return sample.audio().readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private SpeechSamples() {
    }
}
