package dev.aiinterview.api;

import java.util.Objects;

/**
 * A probing question asked because an answer left something open.
 *
 * @param questionId the main question it follows
 * @param index      1 for the first follow-up of that question, 2 for the second, ...
 * @param text       the follow-up as the candidate sees it
 * @param probes     what it tries to find out, for the reviewer
 */
public record FollowUp(String questionId, int index, String text, String probes) {

    public FollowUp {
        Objects.requireNonNull(questionId, "questionId");
        Objects.requireNonNull(text, "text");
        if (index < 1) {
            throw new IllegalArgumentException("index counts from 1, was " + index);
        }
        probes = probes == null ? "" : probes;
    }
}
