package dev.aiinterview.api;

import java.util.Objects;

/**
 * One recognised word. Timings and confidence are {@code null} when the speech-to-text engine does not give them.
 *
 * @param text       the word
 * @param startMs    start offset in the audio, in milliseconds
 * @param endMs      end offset in the audio, in milliseconds
 * @param confidence the engine's confidence from 0 to 1
 */
public record TranscriptWord(String text, Long startMs, Long endMs, Double confidence) {

    public TranscriptWord {
        Objects.requireNonNull(text, "text");
    }

    /**
     * Whether a human should check this word: the engine gave a confidence below the threshold. A word with no
     * confidence is never flagged.
     */
    public boolean isLowConfidence(double threshold) {
        return confidence != null && confidence < threshold;
    }
}
