package dev.aiinterview.googlespeech;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Cuts mono PCM into chunks no longer than a limit, each cut at the quietest moment in the last stretch before the
 * limit, so no word is split between two requests. Quiet is judged on the short-time energy of 20 ms frames: the
 * cut goes in the middle of the longest run of frames near the window's lowest energy (the latest such run on a
 * tie, for fewer chunks). A window without a clearly quiet frame (continuous sound) is cut at the limit.
 */
final class PcmChunker {

    /** A chunk: samples {@code [start, end)} of the whole. */
    record Span(int start, int end) {
    }

    static final int FRAME_MS = 20;
    /** How far back from the limit a cut is looked for, at most. */
    static final int WINDOW_MS = 12_000;

    // A frame is quiet when its energy is within 6 dB of the window's lowest, or below -60 dBFS (mean square of
    // about 33^2); the lowest must be at least 10 dB under the window's median for there to be a quiet point at all.
    private static final double NEAR_LOWEST = 4.0;
    private static final double ABSOLUTE_QUIET = 33.0 * 33.0;
    private static final double BELOW_MEDIAN = 0.1;

    private PcmChunker() {
    }

    /** Chunks of at most {@code maxMs} covering all of {@code pcm}, in order and without gaps or overlaps. */
    static List<Span> split(short[] pcm, int sampleRate, long maxMs) {
        int frame = sampleRate * FRAME_MS / 1000;
        int limit = (int) (maxMs * sampleRate / 1000) / frame * frame;  // whole frames, so offsets are exact ms
        int window = Math.min(WINDOW_MS * sampleRate / 1000 / frame, limit / frame / 2);
        List<Span> spans = new ArrayList<>();
        int start = 0;
        while (pcm.length - start > limit) {
            int cut = cut(pcm, start + limit - window * frame, window, frame);
            spans.add(new Span(start, cut));
            start = cut;
        }
        spans.add(new Span(start, pcm.length));
        return spans;
    }

    /** Where to cut among {@code frames} frames from {@code from}: a frame boundary, at most the window's end. */
    private static int cut(short[] pcm, int from, int frames, int frame) {
        double[] energy = new double[frames];
        for (int i = 0; i < frames; i++) {
            energy[i] = energy(pcm, from + i * frame, frame);
        }
        double lowest = Arrays.stream(energy).min().orElse(0);
        double[] sorted = energy.clone();
        Arrays.sort(sorted);
        double median = sorted[frames / 2];
        if (lowest > ABSOLUTE_QUIET && lowest > median * BELOW_MEDIAN) {
            return from + frames * frame;  // no pause to cut in: cut at the limit
        }
        double quiet = Math.max(lowest * NEAR_LOWEST, ABSOLUTE_QUIET);
        int bestStart = 0;
        int bestLength = 0;
        int runStart = -1;
        for (int i = 0; i <= frames; i++) {
            boolean isQuiet = i < frames && energy[i] <= quiet;
            if (isQuiet && runStart < 0) {
                runStart = i;
            } else if (!isQuiet && runStart >= 0) {
                if (i - runStart >= bestLength) {
                    bestStart = runStart;
                    bestLength = i - runStart;
                }
                runStart = -1;
            }
        }
        // The middle of the run, as a boundary between frames: the pause is shared by both chunks.
        int middle = bestStart + (bestLength + 1) / 2;
        return from + middle * frame;
    }

    /** Mean square of the samples {@code [from, from + length)}. */
    private static double energy(short[] pcm, int from, int length) {
        double sum = 0;
        for (int i = from; i < from + length; i++) {
            sum += (double) pcm[i] * pcm[i];
        }
        return sum / length;
    }
}
