package dev.aiinterview.googlespeech;

import io.github.jaredmdobson.concentus.OpusDecoder;
import io.github.jaredmdobson.concentus.OpusException;
import dev.aiinterview.api.webm.WebmAudio;
import dev.aiinterview.api.webm.WebmDemuxer;
import java.util.Arrays;
import java.util.Locale;

/**
 * Opus on the JVM: a packet's duration from its TOC byte (RFC 6716, section 3.1), and packets decoded with
 * Concentus, a pure-Java port of libopus, to 16 kHz mono 16-bit PCM. Decoding is at 48 kHz, then low-passed and
 * decimated by three: Concentus 1.0.2 decodes hybrid-mode packets (which Chrome's MediaRecorder writes for speech
 * at low bitrates) to silence when asked for 16 or 24 kHz output, but correctly at 48 kHz. Stereo is mixed down by
 * the decoder.
 */
final class OpusPcm {

    static final int RATE = 16_000;
    /** The longest packet Opus allows: 120 ms. */
    static final int MAX_PACKET_SAMPLES_48K = 5_760;

    // Frame sizes in 48 kHz samples by configuration: SILK 10/20/40/60 ms, hybrid 10/20 ms, CELT 2.5/5/10/20 ms.
    private static final double[] LOW_PASS = lowPass(47, 7_500.0 / 48_000);
    private static final int DELAY = LOW_PASS.length / 2;

    /** The track as 16 kHz mono PCM, the pre-skip dropped. */
    static short[] decode(WebmAudio audio, String source) {
        OpusDecoder decoder;
        try {
            decoder = new OpusDecoder(48_000, 1);
        } catch (OpusException e) {
            throw new IllegalStateException("Concentus refused a 48 kHz mono decoder", e);
        }
        Decimator decimator = new Decimator(Math.max(0, audio.samples48k() - audio.preSkip()));
        short[] frame = new short[MAX_PACKET_SAMPLES_48K];
        long decoded = 0;
        for (byte[] packet : audio.packets()) {
            int n;
            try {
                n = decoder.decode(packet, 0, packet.length, frame, 0, frame.length, false);
            } catch (OpusException | RuntimeException e) {
                throw WebmDemuxer.invalid(source, "has Opus audio that cannot be decoded at "
                        + String.format(Locale.ROOT, "%.2f s", decoded / 48_000.0) + " (" + e.getMessage() + ")");
            }
            int skip = (int) Math.max(0, Math.min(n, audio.preSkip() - decoded));
            decimator.push(frame, skip, n);
            decoded += n;
        }
        return decimator.finish();
    }

    /** Filters 48 kHz samples and keeps every third, centred so the output is not delayed. */
    private static final class Decimator {

        private final short[] out;
        private final double[] ring = new double[64];
        private long in;
        private int written;

        Decimator(long samples48k) {
            out = new short[Math.toIntExact((samples48k + 2) / 3)];
        }

        void push(short[] samples, int from, int to) {
            for (int i = from; i < to; i++) {
                add(samples[i]);
            }
        }

        private void add(double sample) {
            ring[(int) (in & 63)] = sample;
            long centre = in - DELAY;
            if (centre >= 0 && centre % 3 == 0 && written < out.length) {
                double sum = 0;
                for (int t = 0; t < LOW_PASS.length; t++) {
                    sum += LOW_PASS[t] * ring[(int) ((in - t) & 63)];
                }
                out[written++] = (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, Math.round(sum)));
            }
            in++;
        }

        short[] finish() {
            for (int i = 0; i < DELAY; i++) {
                add(0);
            }
            return written == out.length ? out : Arrays.copyOf(out, written);
        }
    }

    private static double[] lowPass(int taps, double cutoff) {
        double[] h = new double[taps];
        double sum = 0;
        int m = taps - 1;
        for (int i = 0; i < taps; i++) {
            double x = i - m / 2.0;
            double sinc = x == 0 ? 2 * cutoff : Math.sin(2 * Math.PI * cutoff * x) / (Math.PI * x);
            double blackman = 0.42 - 0.5 * Math.cos(2 * Math.PI * i / m) + 0.08 * Math.cos(4 * Math.PI * i / m);
            h[i] = sinc * blackman;
            sum += h[i];
        }
        for (int i = 0; i < taps; i++) {
            h[i] /= sum;  // unity gain at 0 Hz
        }
        return h;
    }

    private OpusPcm() {
    }
}
