package dev.aiinterview.api;

import java.util.List;
import java.util.Objects;

/**
 * One thing the interview should probe: a skill, a responsibility or a qualification taken from the job
 * description.
 *
 * @param id           stable identifier within a profile, such as {@code t1}
 * @param name         short name, such as "Kubernetes operations"
 * @param kind         skill, responsibility or qualification
 * @param importance   how much it weighs for the role
 * @param technical    whether the topic is technical, so that it can be probed with a technical question
 * @param whyItMatters one or two sentences on why the role needs it
 * @param evidence     phrases quoted verbatim from the job description that support the topic
 * @param keywords     terms an answer about this topic is expected to touch (used for relevance and STT hints)
 */
public record Topic(
        String id,
        String name,
        TopicKind kind,
        Importance importance,
        boolean technical,
        String whyItMatters,
        List<String> evidence,
        List<String> keywords) {

    public Topic {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        importance = importance == null ? Importance.IMPORTANT : importance;
        whyItMatters = whyItMatters == null ? "" : whyItMatters;
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
    }
}
