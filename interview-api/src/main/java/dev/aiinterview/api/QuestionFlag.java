package dev.aiinterview.api;

import java.util.Objects;

/**
 * A problem the question review found in a question, with a proposed rewrite.
 *
 * @param questionId       the flagged question
 * @param category         what kind of problem it is
 * @param reason           why the question is a problem, in one sentence
 * @param suggestedRewrite a lawful, neutral question probing the same topic
 */
public record QuestionFlag(String questionId, FlagCategory category, String reason, String suggestedRewrite) {

    public QuestionFlag {
        Objects.requireNonNull(questionId, "questionId");
        Objects.requireNonNull(category, "category");
        reason = reason == null ? "" : reason;
        suggestedRewrite = suggestedRewrite == null ? "" : suggestedRewrite;
    }
}
