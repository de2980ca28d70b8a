package dev.aiinterview.api;

import java.util.Objects;

/**
 * One prompt put to the candidate (a main question or one of its follow-ups) and what came of it.
 *
 * @param questionId     the main question
 * @param followUpIndex  0 for the main question, k for its k-th follow-up
 * @param prompt         the text the candidate saw
 * @param answer         the answer, or {@code null} while none has been received
 * @param evaluation     the evaluation, or {@code null} while pending, for a skipped answer, or when it failed
 * @param followUp       the follow-up this answer led to, or {@code null}
 * @param error          why processing failed, or {@code null}; the answer itself is kept either way
 */
public record Turn(
        String questionId,
        int followUpIndex,
        String prompt,
        Answer answer,
        Evaluation evaluation,
        FollowUp followUp,
        String error) {

    public Turn {
        Objects.requireNonNull(questionId, "questionId");
        Objects.requireNonNull(prompt, "prompt");
    }

    public Turn withAnswer(Answer newAnswer) {
        return new Turn(questionId, followUpIndex, prompt, newAnswer, evaluation, followUp, error);
    }

    public Turn withEvaluation(Evaluation newEvaluation, FollowUp newFollowUp) {
        return new Turn(questionId, followUpIndex, prompt, answer, newEvaluation, newFollowUp, null);
    }

    public Turn withError(String newError) {
        return new Turn(questionId, followUpIndex, prompt, answer, evaluation, followUp, newError);
    }
}
