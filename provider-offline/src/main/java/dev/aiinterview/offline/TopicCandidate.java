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
    final TopicKind kind;
    final JdLine firstLine;
    Importance importance;
    double weight;
    int primaryMentions;
    final List<String> evidence = new ArrayList<>();
    final List<JdLine> lines = new ArrayList<>();
    final Set<String> related = new LinkedHashSet<>();

    TopicCandidate(String key, String name, Skill skill, TopicKind kind, Importance importance, JdLine firstLine) {
        this.key = key;
        this.name = name;
        this.skill = skill;
        this.kind = kind;
        this.importance = importance;
        this.firstLine = firstLine;
    }

    void mention(JdLine line, Importance lineImportance, String quote, boolean primary) {
        if (rank(lineImportance) > rank(importance)) {
            importance = lineImportance;
        }
        if (primary) {
            primaryMentions++;
        }
        weight += primary ? 1.0 : 0.4;
        if (!lines.contains(line)) {
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

    double score() {
        double s = switch (importance) {
            case ESSENTIAL -> 6;
            case IMPORTANT -> 4;
            case NICE_TO_HAVE -> 1.5;
        };
        s += 1.5 * Math.min(primaryMentions, 3) + Math.min(weight - primaryMentions, 2);
        if (kind == TopicKind.RESPONSIBILITY) {
            s += 1;
        }
        if (skill == null) {
            s -= 1;
        }
        if (soft()) {
            s -= 1;
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
