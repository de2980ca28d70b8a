package dev.aiinterview.api;

import java.time.Instant;
import java.util.Objects;

/**
 * The candidate's answer to a question or a follow-up.
 *
 * @param mode        spoken, typed or skipped
 * @param media       the recording, or {@code null} for a typed or skipped answer
 * @param transcript  what was said or typed; {@code null} until transcribed, and for a skipped answer
 * @param receivedAt  when the SDK received it
 */
public record Answer(AnswerMode mode, MediaRef media, Transcript transcript, Instant receivedAt) {

    public Answer {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(receivedAt, "receivedAt");
    }

    /** The same answer with its transcript. */
    public Answer withTranscript(Transcript newTranscript) {
        return new Answer(mode, media, newTranscript, receivedAt);
    }
}
