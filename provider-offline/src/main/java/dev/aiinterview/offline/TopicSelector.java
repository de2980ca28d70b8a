package dev.aiinterview.offline;

import dev.aiinterview.api.Importance;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Picks the strongest topic candidates with some diversity: at most one nice-to-have and two soft skills while
 * there are alternatives, and few topics from one line of the advert.
 */
final class TopicSelector {

    private static final double STRONG = 4.5;

    /**
     * @param subjects how many topics each line (by order) is about: one, or one per clause of a long prose line
     */
    static List<TopicCandidate> select(List<TopicCandidate> candidates, Map<Integer, Integer> subjects, int min,
            int max) {
        candidates.sort(Comparator.comparingDouble(TopicCandidate::score).reversed()
                .thenComparingInt(c -> c.firstLine.order()));
        var selected = new ArrayList<TopicCandidate>();
        Map<Integer, Integer> usedLines = new HashMap<>();
        Map<Integer, Integer> subjectTaken = new HashMap<>();
        int soft = 0;
        int nice = 0;
        // First one topic per line; then, if there is room, a second skill from a requirement line.
        for (boolean second : new boolean[] {false, true}) {
            for (TopicCandidate c : candidates) {
                if (selected.size() >= max) {
                    break;
                }
                // A weak topic waits for the second pass, so it never takes a place a strong one shares a line for.
                boolean weak = c.score() < STRONG && (!second || selected.size() >= min);
                if (selected.contains(c) || weak || (c.importance == Importance.NICE_TO_HAVE && nice >= 1)
                        || (c.soft() && soft >= 2) || lineTaken(c, usedLines, subjectTaken, subjects, second) || c.evidence.isEmpty()) {
                    continue;
                }
                selected.add(c);
                usedLines.merge(c.mainLine().order(), 1, Integer::sum);
                if (c.anchorLine() != c.mainLine()) {
                    usedLines.merge(c.anchorLine().order(), 1, Integer::sum);
                }
                if (c.primaryLine != null) {
                    subjectTaken.merge(c.primaryLine.order(), 1, Integer::sum);
                }
                soft += c.soft() ? 1 : 0;
                nice += c.importance == Importance.NICE_TO_HAVE ? 1 : 0;
            }
        }
        for (TopicCandidate c : candidates) {
            if (selected.size() >= min) {
                break;
            }
            if (!selected.contains(c) && !c.evidence.isEmpty()) {
                selected.add(c);
            }
        }
        selected.sort(Comparator.comparingInt((TopicCandidate c) -> -TopicCandidate.rank(c.importance))
                .thenComparing(Comparator.comparingDouble(TopicCandidate::score).reversed()));
        return selected;
    }

    /**
     * One topic per line, the first that mentions it; in the second pass a topic counts for the line where it is
     * the subject ('Negotiate pricing ... against a quarterly quota' is negotiation's line when quota has its
     * own), and a line may give two skills it asks for ("Strong SQL and Python"), though not two alternatives.
     */
    private static boolean lineTaken(TopicCandidate c, Map<Integer, Integer> usedLines,
            Map<Integer, Integer> subjectTaken, Map<Integer, Integer> subjects, boolean second) {
        if (!second) {
            return usedLines.containsKey(c.mainLine().order());
        }
        if (c.primaryLine != null) {
            int line = c.primaryLine.order();
            if (subjectTaken.getOrDefault(line, 0) < subjects.getOrDefault(line, 1)) {
                return false;
            }
        }
        int taken = usedLines.getOrDefault(c.anchorLine().order(), 0);
        boolean asked = c.skill != null && c.importance == Importance.ESSENTIAL && c.alternativeOn.isEmpty();
        return taken >= (asked ? 2 : 1);
    }

    private TopicSelector() {
    }
}
