package dev.aiinterview.api;

import java.util.Objects;

/**
 * One open-ended interview question.
 *
 * @param id                 stable identifier within a plan, such as {@code q1}
 * @param type               behavioral, technical or situational
 * @param topicId            the {@link Topic#id()} it probes
 * @param text               the question as the candidate sees it
 * @param goodAnswerShows    what a good answer demonstrates, for the evaluator and the human reviewer
 */
public record Question(String id, QuestionType type, String topicId, String text, String goodAnswerShows) {

    public Question {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(topicId, "topicId");
        Objects.requireNonNull(text, "text");
        goodAnswerShows = goodAnswerShows == null ? "" : goodAnswerShows;
    }

    /** The same question with other text, for edits made by a person. */
    public Question withText(String newText) {
        return new Question(id, type, topicId, newText, goodAnswerShows);
    }
}
