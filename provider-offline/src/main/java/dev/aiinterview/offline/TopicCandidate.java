package dev.aiinterview.offline;

import dev.aiinterview.api.Importance;
import dev.aiinterview.api.TopicKind;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A topic the description supports, gathered over every line that mentions it (duplicates merge here). */
final class TopicCandidate {

    final String key;
    final String name;
    final Skill skill;
    TopicKind kind;
    /** Whether a duty named it first, which weighs in its score whatever kind it ends up with. */
    final boolean dutyFirst;
    final JdLine firstLine;
    Importance importance;
    double weight;
    int primaryMentions;
    /** The first line where this topic is the line's main subject, or {@code null}. */
    JdLine primaryLine;
    final List<String> evidence = new ArrayList<>();
    final List<JdLine> lines = new ArrayList<>();
    final Set<String> related = new LinkedHashSet<>();
    /** Lines where it is named as an alternative to the skill before it ("Java or Kotlin"). */
    final Set<Integer> alternativeOn = new java.util.HashSet<>();

    TopicCandidate(String key, String name, Skill skill, TopicKind kind, Importance importance, JdLine firstLine) {
        this.key = key;
        this.name = name;
        this.skill = skill;
        this.kind = kind;
        this.dutyFirst = kind == TopicKind.RESPONSIBILITY;
        this.importance = importance;
        this.firstLine = firstLine;
    }

    void mention(JdLine line, Importance lineImportance, String quote, boolean primary) {
        if (rank(lineImportance) > rank(importance)) {
            importance = lineImportance;
        }
        // A skill the requirements ask for is a skill, even when a duty mentioned it first.
        boolean required = line.section() == JdSection.REQUIREMENTS || line.section() == JdSection.NICE_TO_HAVE;
        if (kind == TopicKind.RESPONSIBILITY && skill != null && required) {
            kind = TopicKind.SKILL;
        }
        if (primary) {
            primaryMentions++;
            primaryLine = primaryLine == null ? line : primaryLine;
        }
        weight += primary ? 1.0 : 0.4;
        // Lines arrive in order and a line's mentions together: comparing with the last one keeps this constant
        // time, where contains() made a skill named on every line of a long advert quadratic.
        if (lines.isEmpty() || lines.get(lines.size() - 1) != line) {
            lines.add(line);
        }
        if (quote != null && !quote.isBlank() && evidence.size() < 3
                && evidence.stream().noneMatch(e -> Quotes.normalize(e).equals(Quotes.normalize(quote)))) {
            evidence.add(quote);
        }
    }

    boolean technical() {
        return skill != null && skill.technical();
    }

    boolean soft() {
        return skill != null && skill.soft();
    }

    /** The first line that mentions the topic. */
    JdLine mainLine() {
        return lines.isEmpty() ? firstLine : lines.get(0);
    }

    /** The line a topic stands for: where it is the main subject, else where it first appears. */
    JdLine anchorLine() {
        return primaryLine != null ? primaryLine : mainLine();
    }

    double score() {
        double s = switch (importance) {
            case ESSENTIAL -> 6;
            case IMPORTANT -> 4;
            case NICE_TO_HAVE -> 1.5;
        };
        s += 1.5 * Math.min(primaryMentions, 3) + Math.min(weight - primaryMentions, 2);
        if (dutyFirst) {
            s += 1;
        }
        if (skill == null) {
            s -= 1;
        }
        if (soft()) {
            // Less so when a requirement line asks for it by name ("Clear communication with non-technical
            // colleagues"): then it is as much a topic as a tool.
            boolean asked = primaryLine != null && primaryLine.section() == JdSection.REQUIREMENTS;
            s -= asked ? 0.5 : 1;
        }
        if (lines.stream().allMatch(l -> l.section() == JdSection.OVERVIEW)) {
            // Named only in the company's or the role's introduction ("sell our scheduling software").
            s -= 2;
        }
        return s - firstLine.order() * 0.02;
    }

    static int rank(Importance importance) {
        return switch (importance) {
            case ESSENTIAL -> 3;
            case IMPORTANT -> 2;
            case NICE_TO_HAVE -> 1;
        };
    }
}
