package dev.aiinterview.offline;

import dev.aiinterview.api.Rating;
import dev.aiinterview.api.Topic;
import dev.aiinterview.contract.InterviewSummary;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Serves {@code interview-summary}: groups the evaluated answers by job requirement, keeps the strengths of the
 * answers rated Good or better and the weaknesses of the others, and writes a short factual summary. It describes
 * the evidence and never recommends a hiring decision.
 */
final class InterviewSummaryHandler {

    // Keyed by words of the offline evaluation's weaknesses (AnswerEvaluationHandler), most telling first.
    private static final List<Map.Entry<String, String>> PROBES = List.of(
            Map.entry("personally did", "ask which part of the work was theirs alone, as distinct from the team's."),
            Map.entry("outcome", "ask what the result was and how they measured it."),
            Map.entry("no concrete situation", "ask for one specific occasion: when it was and what was at stake."),
            Map.entry("no figures", "ask for the scale and the numbers: how big, how often, how much better."),
            Map.entry("names no specific tools", "ask which tools or techniques they would use, and why those."),
            Map.entry("says little about the topic", "ask how they have used {topic} in their own work."),
            Map.entry("stock phrases", "ask for one real piece of work on {topic}: what they did and what came of it."),
            Map.entry("lists terms", "ask them to describe, in sentences, one time they used {topic}."),
            Map.entry("too short", "give them room: ask them to walk through one piece of work on it, step by step."));

    InterviewSummary.Output handle(InterviewSummary.Input in) {
        Map<String, List<InterviewSummary.Item>> byTopic = new LinkedHashMap<>();
        in.topics().forEach(t -> byTopic.put(t.id(), new ArrayList<>()));
        in.items().forEach(i -> byTopic.computeIfAbsent(i.topicId(), k -> new ArrayList<>()).add(i));

        var notes = new ArrayList<InterviewSummary.RequirementNote>();
        var strong = new ArrayList<String>();
        var weak = new ArrayList<String>();
        var unshown = new ArrayList<String>();
        var strengths = new ArrayList<String>();
        var gaps = new ArrayList<String>();
        var focus = new ArrayList<String>();
        for (Topic topic : in.topics()) {
            List<InterviewSummary.Item> items = byTopic.get(topic.id());
            var topicStrengths = new ArrayList<String>();
            var topicGaps = new ArrayList<String>();
            if (items.isEmpty()) {
                topicGaps.add("Not shown: no answered question probed this requirement.");
                unshown.add(topic.name());
                focus.add(askAbout(topic));
            } else {
                double mean = items.stream().mapToInt(i -> i.rating().points()).average().orElse(0);
                for (var item : items) {
                    if (item.rating().points() >= Rating.GOOD.points()) {
                        item.strengths().stream().limit(2).forEach(s -> addOnce(topicStrengths, s));
                    } else {
                        item.weaknesses().stream().limit(2).forEach(w -> addOnce(topicGaps, w));
                    }
                }
                // The same rounding as the report's requirement table, so summary and table agree.
                if (Rating.nearest(mean).points() >= Rating.GOOD.points()) {
                    strong.add(topic.name());
                    strengths.add(topic.name() + ": " + (topicStrengths.isEmpty()
                            ? "answers rated " + label(mean) : lowerFirst(topicStrengths.get(0))));
                } else {
                    weak.add(topic.name());
                    gaps.add(topic.name() + ": " + (topicGaps.isEmpty()
                            ? "answers rated " + label(mean) : lowerFirst(topicGaps.get(0))));
                    focus.add(topic.name() + ": " + probeFor(topic, topicGaps.isEmpty() ? "" : topicGaps.get(0)));
                }
            }
            notes.add(new InterviewSummary.RequirementNote(topic.id(), topicStrengths, topicGaps));
        }
        unshown.forEach(u -> gaps.add(u + ": not covered by any answer"));
        return new InterviewSummary.Output(notes, strengths, gaps, focus, summary(in, strong, weak, unshown));
    }

    private static String summary(InterviewSummary.Input in, List<String> strong, List<String> weak,
            List<String> unshown) {
        long answered = in.items().stream().filter(i -> i.followUpIndex() == 0).count();
        long followUps = in.items().size() - answered;
        double mean = in.items().stream().mapToInt(i -> i.rating().points()).average().orElse(0);
        var s = new StringBuilder();
        s.append("The candidate answered ").append(answered).append(answered == 1 ? " question" : " questions");
        if (followUps > 0) {
            s.append(" and ").append(followUps).append(followUps == 1 ? " follow-up" : " follow-ups");
        }
        s.append(" for the ").append(in.roleTitle()).append(" role");
        if (in.skipped() > 0) {
            s.append("; ").append(in.skipped()).append(in.skipped() == 1 ? " prompt was" : " prompts were")
                    .append(" left unanswered");
        }
        s.append(". ");
        if (!in.items().isEmpty()) {
            s.append("Across the answers the average rating was ").append(label(mean)).append(" (")
                    .append(String.format(Locale.ROOT, "%.1f", mean)).append(" of 4). ");
        }
        s.append(strong.isEmpty()
                ? "No requirement was shown at a Good level or better. "
                : "The answers gave the clearest evidence on " + Phrases.join(strong) + ". ");
        s.append(weak.isEmpty()
                ? "No requirement was rated below Good. "
                : "The evidence was thinner on " + Phrases.join(weak) + ". ");
        if (!unshown.isEmpty()) {
            s.append("The interview gathered nothing on ").append(Phrases.join(unshown)).append(". ");
        }
        s.append("These ratings come from the offline rule-based engine and describe the content of the answers "
                + "only; a person should review the transcripts and make the decision.");
        return s.toString();
    }

    // A probe is a question for the human interviewer, not the gap again: the gaps list already says what the
    // answers lacked.
    private static String askAbout(Topic topic) {
        return topic.name() + ": ask them to describe recent work that used it.";
    }

    /** What to ask about a weak requirement, chosen by what its answers lacked most. */
    private static String probeFor(Topic topic, String gap) {
        String g = gap.toLowerCase(Locale.ROOT);
        for (Map.Entry<String, String> p : PROBES) {
            if (g.contains(p.getKey())) {
                return p.getValue().replace("{topic}", topic.name());
            }
        }
        return "ask for one specific example, what they did themselves and how it turned out.";
    }

    private static String label(double mean) {
        return Phrases.capitalize(Rating.nearest(mean).name().toLowerCase(Locale.ROOT));
    }

    private static String lowerFirst(String s) {
        String t = s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
        return Phrases.lowerFirst(t);
    }

    private static void addOnce(List<String> list, String s) {
        if (!list.contains(s)) {
            list.add(s);
        }
    }
}
