package dev.aiinterview.api;

/** How the candidate answered. */
public enum AnswerMode {
    /** Spoken; the transcript comes from a speech-to-text provider. */
    AUDIO,
    /** Typed. Evaluated with the same rubric as spoken answers. */
    TEXT,
    /** No answer was given. A skipped answer is recorded, never invented. */
    SKIPPED
}
