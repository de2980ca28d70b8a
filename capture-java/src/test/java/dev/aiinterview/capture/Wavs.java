package dev.aiinterview.capture;

import dev.aiinterview.spi.Recording;
import java.io.BufferedInputStream;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;

/** Reads back what a capture recorded. */
final class Wavs {

    record Pcm(AudioFormat format, short[] samples) {
        double seconds() {
            return samples.length / format.getSampleRate();
        }

        /** The dominant frequency, from zero crossings. */
        double frequency() {
            int crossings = 0;
            for (int i = 1; i < samples.length; i++) {
                if ((samples[i - 1] < 0) != (samples[i] < 0)) {
                    crossings++;
                }
            }
            return crossings / 2.0 / seconds();
        }
    }

    static Pcm read(Recording recording) {
        try (AudioInputStream in = AudioSystem.getAudioInputStream(
                new BufferedInputStream(recording.audio().openStream()))) {
            byte[] bytes = in.readAllBytes();
            short[] s = new short[bytes.length / 2];
            for (int i = 0; i < s.length; i++) {
                s[i] = (short) ((bytes[2 * i] & 0xff) | (bytes[2 * i + 1] << 8));
            }
            return new Pcm(in.getFormat(), s);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private Wavs() {
    }
}
