package dev.aiinterview.vosk;

import java.io.ByteArrayInputStream;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;

/** Audio made in the test, so no recording is needed. */
final class TestAudio {

    /** A sine tone as a 16-bit little-endian PCM WAV; every channel carries the same tone. */
    static byte[] toneWav(float rate, int channels, double seconds, double hz) {
        return wav(tonePcm(rate, channels, seconds, hz, 0.5), new AudioFormat(rate, 16, channels, true, false));
    }

    static byte[] tonePcm(float rate, int channels, double seconds, double hz, double amplitude) {
        int frames = (int) Math.round(rate * seconds);
        byte[] pcm = new byte[frames * 2 * channels];
        for (int i = 0; i < frames; i++) {
            short s = (short) Math.round(Math.sin(2 * Math.PI * hz * i / rate) * amplitude * 32767);
            for (int c = 0; c < channels; c++) {
                int at = (i * channels + c) * 2;
                pcm[at] = (byte) s;
                pcm[at + 1] = (byte) (s >> 8);
            }
        }
        return pcm;
    }

    /** A WAV of raw frames in any format javax.sound can write. */
    static byte[] wav(byte[] frames, AudioFormat format) {
        return dev.aiinterview.testkit.TestAudio.wav(frames, format);
    }

    /** Converts a 16 kHz mono WAV to another format through javax.sound, as a recorder would have written it. */
    static byte[] convert(byte[] wav, AudioFormat to) {
        try (AudioInputStream in = AudioSystem.getAudioInputStream(new ByteArrayInputStream(wav))) {
            // javax.sound encodes μ-law only from 16-bit PCM at the same rate, so resample first.
            AudioFormat pcm = new AudioFormat(to.getSampleRate(), 16, to.getChannels(), true, false);
            AudioInputStream step = AudioSystem.getAudioInputStream(pcm, in);
            byte[] frames = (pcm.matches(to) ? step : AudioSystem.getAudioInputStream(to, step)).readAllBytes();
            return wav(frames, to);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The samples of 16-bit little-endian mono PCM. */
    static short[] samples(byte[] pcm) {
        short[] s = new short[pcm.length / 2];
        for (int i = 0; i < s.length; i++) {
            s[i] = (short) ((pcm[2 * i] & 0xff) | (pcm[2 * i + 1] << 8));
        }
        return s;
    }

    /** The dominant frequency of a tone, from its zero crossings. */
    static double frequency(short[] samples, float rate) {
        int crossings = 0;
        for (int i = 1; i < samples.length; i++) {
            if ((samples[i - 1] < 0) != (samples[i] < 0)) {
                crossings++;
            }
        }
        return crossings / 2.0 / (samples.length / rate);
    }

    static double rms(short[] samples) {
        double sum = 0;
        for (short s : samples) {
            sum += (s / 32768.0) * (s / 32768.0);
        }
        return Math.sqrt(sum / samples.length);
    }

    /** The first bytes of a WebM file as a browser's MediaRecorder writes it (EBML header). */
    static byte[] webm() {
        return new byte[] {0x1A, 0x45, (byte) 0xDF, (byte) 0xA3, (byte) 0x9F, 0x42, (byte) 0x86, (byte) 0x81, 0x01,
                0x42, (byte) 0xF7, (byte) 0x81, 0x01};
    }

    private TestAudio() {
    }
}
