package dev.aiinterview.cli;

import dev.aiinterview.api.Topic;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How many of a job's gold requirement terms the plan found: a term counts as found when any of its alternatives
 * occurs, ignoring case, inside the name or an evidence quote of any planned topic.
 *
 * @param gold   gold terms
 * @param found  gold terms found
 * @param recall {@code found / gold}, or {@code null} without gold terms
 * @param missed the gold terms not found, as written in topics.txt
 */
record TopicRecall(int gold, int found, Double recall, List<String> missed) {

    static TopicRecall of(List<EvalDataset.GoldTerm> terms, List<Topic> topics) {
        List<String> haystack = new ArrayList<>();
        for (Topic t : topics) {
            haystack.add(t.name().toLowerCase(Locale.ROOT));
            t.evidence().forEach(e -> haystack.add(e.toLowerCase(Locale.ROOT)));
        }
        var missed = new ArrayList<String>();
        for (EvalDataset.GoldTerm term : terms) {
            boolean hit = term.alternatives().stream().map(a -> a.toLowerCase(Locale.ROOT))
                    .anyMatch(a -> haystack.stream().anyMatch(h -> h.contains(a)));
            if (!hit) {
                missed.add(term.line());
            }
        }
        return of(terms.size(), terms.size() - missed.size(), missed);
    }

    static TopicRecall of(int gold, int found, List<String> missed) {
        return new TopicRecall(gold, found, gold == 0 ? null : (double) found / gold, List.copyOf(missed));
    }

    /** Several jobs together: found over gold, summed (micro average); missed terms prefixed with their job. */
    static TopicRecall sum(List<String> jobIds, List<TopicRecall> perJob) {
        int gold = 0;
        int found = 0;
        var missed = new ArrayList<String>();
        for (int i = 0; i < perJob.size(); i++) {
            TopicRecall r = perJob.get(i);
            gold += r.gold();
            found += r.found();
            String job = jobIds.get(i);
            r.missed().forEach(m -> missed.add(job + ": " + m));
        }
        return of(gold, found, missed);
    }
}
