package dev.aiinterview.core.check;

import dev.aiinterview.api.AudioInput;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;

/** A short WAV of silence, 16 kHz mono 16-bit, the format every speech-to-text provider takes. */
final class Silence {

    private static final AudioFormat FORMAT = new AudioFormat(16_000, 16, 1, true, false);

    static AudioInput wav(int millis) {
        int frames = 16 * millis;
        byte[] pcm = new byte[frames * 2];
        try (var stream = new AudioInputStream(new ByteArrayInputStream(pcm), FORMAT, frames)) {
            var out = new ByteArrayOutputStream();
            AudioSystem.write(stream, AudioFileFormat.Type.WAVE, out);
            return AudioInput.ofBytes(out.toByteArray(), "audio/wav");
        } catch (IOException e) {
            throw new UncheckedIOException("Writing a WAV to memory cannot fail", e);
        }
    }

    private Silence() {
    }
}
