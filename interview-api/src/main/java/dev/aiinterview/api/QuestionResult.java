package dev.aiinterview.api;

import java.util.List;
import java.util.Objects;

/**
 * A question of the plan and every turn it took: the main answer and any follow-ups.
 *
 * @param question the question
 * @param turns    the main question's turn first, then its follow-ups in order
 */
public record QuestionResult(Question question, List<Turn> turns) {

    public QuestionResult {
        Objects.requireNonNull(question, "question");
        turns = turns == null ? List.of() : List.copyOf(turns);
    }
}
