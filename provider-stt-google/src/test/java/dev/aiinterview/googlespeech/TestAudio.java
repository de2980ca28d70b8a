package dev.aiinterview.googlespeech;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;

/** Audio made in the test, so no recording but one short browser WebM is checked in. */
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
     * A tone burst of a test signal: when it sounds and at which frequency, so a word the double recognises
     * ({@link ToneRecognizer}) can be traced back to it.
     */
    record Burst(long startMs, long endMs, int hz) {

        /** The word {@link ToneRecognizer} reports for this burst. */
        String word() {
            return "tone" + hz;
        }
    }

    /**
     * 400 ms bursts about every 2 s (a little irregular) from 1.7 s, each 20 Hz higher than the last from 400 Hz. Two
     * of them sound at 50 s and 100 s, so a chunker that cut at the 50 s limit instead of in a pause would split them.
     */
    static List<Burst> bursts(double seconds) {
        List<Burst> bursts = new ArrayList<>();
        for (int i = 0; ; i++) {
            long start = 1_700 + i * 2_000L + (i % 4) * 100L;
            if (start + 400 > seconds * 1000) {
                return bursts;
            }
            bursts.add(new Burst(start, start + 400, 400 + 20 * i));
        }
    }

    /** The bursts as 16-bit mono PCM, silence between them, each with 5 ms fades so it does not click. */
    static short[] render(List<Burst> bursts, int rate, double seconds) {
        short[] pcm = new short[(int) Math.round(rate * seconds)];
        int fade = rate / 200;
        for (Burst b : bursts) {
            int from = (int) (b.startMs() * rate / 1000);
            int to = (int) (b.endMs() * rate / 1000);
            for (int i = from; i < to && i < pcm.length; i++) {
                double edge = Math.min(1, Math.min(i - from, to - 1 - i) / (double) fade);
                pcm[i] = (short) (Math.sin(2 * Math.PI * b.hz() * (i - from) / rate) * 8000 * edge);
            }
        }
        return pcm;
    }

    /** Samples as little-endian bytes. */
    static byte[] bytes(short[] pcm) {
        ByteBuffer b = ByteBuffer.allocate(pcm.length * 2).order(ByteOrder.LITTLE_ENDIAN);
        b.asShortBuffer().put(pcm);
        return b.array();
    }

    /** Mono 16-bit PCM samples as a WAV file. */
    static byte[] wav(short[] pcm, int rate) {
        return wav(bytes(pcm), new AudioFormat(rate, 16, 1, true, false));
    }

    private TestAudio() {
    }
}
