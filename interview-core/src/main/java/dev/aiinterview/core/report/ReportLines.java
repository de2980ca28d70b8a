package dev.aiinterview.core.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Keeps the report's "gaps" and "for the human interviewer to probe" lists distinct: gaps say what the answers
 * lacked, probes say what a person should ask. A summary engine that restates a gap as a probe ("Probe Kafka:
 * names no tools" after "Kafka: names no tools") adds nothing, so such a probe is dropped; repeats within a list
 * are dropped too.
 */
final class ReportLines {

    /** The list without blank lines and without lines that repeat an earlier one (ignoring case and punctuation). */
    static List<String> distinct(List<String> lines) {
        Map<String, String> byKey = new LinkedHashMap<>();
        for (String line : lines) {
            String key = key(line);
            if (!key.isEmpty()) {
                byKey.putIfAbsent(key, line.strip());
            }
        }
        return List.copyOf(byKey.values());
    }

    /** The probes that are more than a gap restated: a probe that contains a whole gap line is dropped. */
    static List<String> probesBeyondGaps(List<String> probes, List<String> gaps) {
        List<String> gapKeys = gaps.stream().map(ReportLines::key).filter(k -> !k.isEmpty()).toList();
        var kept = new ArrayList<String>();
        for (String probe : distinct(probes)) {
            String key = " " + key(probe) + " ";
            if (gapKeys.stream().noneMatch(g -> key.contains(" " + g + " "))) {
                kept.add(probe);
            }
        }
        return List.copyOf(kept);
    }

    private static String key(String line) {
        return line == null ? "" : line.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    private ReportLines() {
    }
}
