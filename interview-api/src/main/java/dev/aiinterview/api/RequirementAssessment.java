package dev.aiinterview.api;

import java.util.List;
import java.util.Objects;

/**
 * How the interview went on one job requirement (one topic of the profile).
 *
 * @param topicId     the topic
 * @param topic       its name
 * @param kind        skill, responsibility or qualification
 * @param importance  how much it weighs for the role
 * @param rating      the rating of the answers that probed it, or {@code null} if none was evaluated
 * @param score       the mean of those answers' {@link Rating#points()}, 0 if none was evaluated
 * @param strengths   what the answers showed on this requirement
 * @param gaps        what they left unshown
 */
public record RequirementAssessment(
        String topicId,
        String topic,
        TopicKind kind,
        Importance importance,
        Rating rating,
        double score,
        List<String> strengths,
        List<String> gaps) {

    public RequirementAssessment {
        Objects.requireNonNull(topicId, "topicId");
        Objects.requireNonNull(topic, "topic");
        strengths = strengths == null ? List.of() : List.copyOf(strengths);
        gaps = gaps == null ? List.of() : List.copyOf(gaps);
    }
}
