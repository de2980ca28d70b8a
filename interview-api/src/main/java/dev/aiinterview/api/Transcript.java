package dev.aiinterview.api;

import java.util.List;
import java.util.Objects;

/**
 * What was said in an answer, or what was typed for a text answer.
 *
 * @param text       the full transcript
 * @param language   BCP-47 language tag, detected or configured, or {@code null}
 * @param words      recognised words with timings and confidence, empty when the engine gives none
 * @param confidence overall confidence from 0 to 1, or {@code null}
 * @param engine     the speech-to-text provider id, or {@code "text"} for a typed answer
 */
public record Transcript(String text, String language, List<TranscriptWord> words, Double confidence, String engine) {

    /** The {@link #engine()} of an answer the candidate typed. */
    public static final String TYPED = "text";

    public Transcript {
        Objects.requireNonNull(text, "text");
        words = words == null ? List.of() : List.copyOf(words);
        engine = engine == null ? TYPED : engine;
    }

    /** A transcript of an answer the candidate typed. */
    public static Transcript typed(String text) {
        return new Transcript(text, null, List.of(), null, TYPED);
    }

    /** Words whose confidence is below the threshold: a human should check them. */
    public List<TranscriptWord> lowConfidenceWords(double threshold) {
        return words.stream().filter(w -> w.isLowConfidence(threshold)).toList();
    }
}
