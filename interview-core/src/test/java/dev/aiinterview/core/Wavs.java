package dev.aiinterview.core;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;

/** Real WAV files made with javax.sound, for tests. */
public final class Wavs {

    /** A 440 Hz tone, 16 kHz mono 16-bit PCM. */
    public static byte[] tone(int seconds) throws IOException {
        var format = new AudioFormat(16_000, 16, 1, true, false);
        int frames = 16_000 * seconds;
        byte[] pcm = new byte[frames * 2];
        for (int i = 0; i < frames; i++) {
            short s = (short) (Math.sin(2 * Math.PI * 440 * i / 16_000.0) * 8000);
            pcm[2 * i] = (byte) s;
            pcm[2 * i + 1] = (byte) (s >> 8);
        }
        var out = new ByteArrayOutputStream();
        AudioSystem.write(new AudioInputStream(new ByteArrayInputStream(pcm), format, frames),
                AudioFileFormat.Type.WAVE, out);
        return out.toByteArray();
    }

    private Wavs() {
    }
}
