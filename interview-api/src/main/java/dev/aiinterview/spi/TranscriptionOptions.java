package dev.aiinterview.spi;

import java.util.List;
import java.util.Objects;

/** How to transcribe: language, vocabulary hints, and which details to return. */
public final class TranscriptionOptions {

    private final String language;
    private final List<String> phraseHints;
    private final boolean wordTimings;
    private final boolean segments;

    private TranscriptionOptions(Builder b) {
        this.language = Objects.requireNonNull(b.language, "language");
        this.phraseHints = List.copyOf(b.phraseHints);
        this.wordTimings = b.wordTimings;
        this.segments = b.segments;
    }

    /** English (en-US), word timings on, no hints. */
    public static TranscriptionOptions defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** BCP-47 language tag such as {@code en-US}. */
    public String language() {
        return language;
    }

    /** Terms likely to be said (the job's skills and tools), to improve recognition of technical vocabulary. */
    public List<String> phraseHints() {
        return phraseHints;
    }

    /** Whether per-word timings and confidence are wanted. */
    public boolean wordTimings() {
        return wordTimings;
    }

    /** Whether segments (phrases with timings) are wanted. */
    public boolean segments() {
        return segments;
    }

    /** Builds {@link TranscriptionOptions}. */
    public static final class Builder {
        private String language = "en-US";
        private List<String> phraseHints = List.of();
        private boolean wordTimings = true;
        private boolean segments;

        private Builder() {
        }

        public Builder language(String language) {
            this.language = language;
            return this;
        }

        public Builder phraseHints(List<String> phraseHints) {
            this.phraseHints = phraseHints == null ? List.of() : phraseHints;
            return this;
        }

        public Builder wordTimings(boolean wordTimings) {
            this.wordTimings = wordTimings;
            return this;
        }

        public Builder segments(boolean segments) {
            this.segments = segments;
            return this;
        }

        public TranscriptionOptions build() {
            return new TranscriptionOptions(this);
        }
    }
}
