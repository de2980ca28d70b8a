package dev.aiinterview.api;

import java.util.List;
import java.util.Objects;

/**
 * What the SDK understood of a job description.
 *
 * @param roleTitle         the role's title, such as "Senior Backend Engineer"
 * @param seniority         how senior the role is
 * @param yearsOfExperience the minimum years of experience the description asks for, or {@code null}
 * @param summary           two or three sentences describing the role
 * @param topics            the topics to probe, typically five to seven, most important first
 */
public record JobProfile(
        String roleTitle,
        Seniority seniority,
        Integer yearsOfExperience,
        String summary,
        List<Topic> topics) {

    public JobProfile {
        Objects.requireNonNull(roleTitle, "roleTitle");
        seniority = seniority == null ? Seniority.UNSPECIFIED : seniority;
        summary = summary == null ? "" : summary;
        topics = topics == null ? List.of() : List.copyOf(topics);
    }

    /** The topic with this id. */
    public java.util.Optional<Topic> topic(String id) {
        return topics.stream().filter(t -> t.id().equals(id)).findFirst();
    }
}
