package dev.aiinterview.api;

import java.util.List;
import java.util.Objects;

/**
 * The assessment of one answer. It rates content only: what was said, never how the candidate looks or sounds.
 *
 * @param rating     the overall rating
 * @param scores     scores on clarity, relevance and the probed skill
 * @param strengths  what the answer does well
 * @param weaknesses what it lacks
 * @param evidence   short verbatim quotes from the transcript that support the rating
 * @param star       STAR coverage for a behavioral question, else {@code null}
 * @param rationale  two or three sentences explaining the rating to a human reviewer
 * @param engine     which engine produced this evaluation
 */
public record Evaluation(
        Rating rating,
        CriterionScores scores,
        List<String> strengths,
        List<String> weaknesses,
        List<String> evidence,
        StarAssessment star,
        String rationale,
        Provenance engine) {

    public Evaluation {
        Objects.requireNonNull(rating, "rating");
        Objects.requireNonNull(scores, "scores");
        strengths = strengths == null ? List.of() : List.copyOf(strengths);
        weaknesses = weaknesses == null ? List.of() : List.copyOf(weaknesses);
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
        rationale = rationale == null ? "" : rationale;
    }
}
