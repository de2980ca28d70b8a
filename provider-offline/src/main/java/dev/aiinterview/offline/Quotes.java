package dev.aiinterview.offline;

import dev.aiinterview.contract.Text;
import java.util.ArrayList;
import java.util.List;

/**
 * Verbatim quoting. Quotes are compared with their source by the contracts' own {@link Text} rule (whole words,
 * case, punctuation and white space ignored), so every quote the engine emits passes the semantic checks.
 */
final class Quotes {

    static String normalize(String s) {
        return Text.normalize(s);
    }

    /** Whether {@code quote} occurs in {@code source}, by the contracts' own rule. */
    static boolean occursIn(String source, String quote) {
        return Text.containsQuote(source, quote);
    }

    /**
     * A quote of at most {@code maxWords} words from a sentence of the source: the sentence itself when short
     * enough, else its first words. Whitespace-separated tokens are kept as written.
     */
    static String shorten(String sentence, int maxWords) {
        String[] tokens = sentence.strip().split("\\s+");
        if (tokens.length <= maxWords) {
            return trimPunctuation(sentence.strip());
        }
        return trimPunctuation(String.join(" ", List.of(tokens).subList(0, maxWords)));
    }

    /**
     * A whole sentence as a quote, without its closing punctuation. A sentence longer than {@code maxWords} words is
     * cut at its last clause boundary (a comma, semicolon, colon or dash) within the limit, never mid-clause when
     * there is a boundary to cut at.
     */
    static String sentence(String sentence, int maxWords) {
        String[] tokens = sentence.strip().split("\\s+");
        if (tokens.length <= maxWords) {
            return trimPunctuation(sentence.strip());
        }
        for (int n = maxWords; n >= maxWords / 3; n--) {
            String last = tokens[n - 1];
            if (last.endsWith(",") || last.endsWith(";") || last.endsWith(":") || tokens[n].matches("[-–—]")) {
                return trimPunctuation(String.join(" ", List.of(tokens).subList(0, n)));
            }
        }
        return shorten(sentence, maxWords);
    }

    /** The words of a sentence from index {@code from} (inclusive) to {@code to} (exclusive), as written. */
    static String window(String sentence, int from, int to) {
        String[] tokens = sentence.strip().split("\\s+");
        int a = Math.max(0, from);
        int b = Math.min(tokens.length, to);
        return a >= b ? "" : trimPunctuation(String.join(" ", List.of(tokens).subList(a, b)));
    }

    static String trimPunctuation(String s) {
        String t = s.strip();
        while (!t.isEmpty() && ",;:.-–—(\"'*".indexOf(t.charAt(t.length() - 1)) >= 0) {
            t = t.substring(0, t.length() - 1).strip();
        }
        while (!t.isEmpty() && ",;:.-–—)\"'*".indexOf(t.charAt(0)) >= 0) {
            t = t.substring(1).strip();
        }
        return t;
    }

    /** Keeps the quotes that really occur in the source, without duplicates, at most {@code max}. */
    static List<String> verified(String source, List<String> quotes, int max) {
        var out = new ArrayList<String>();
        var seen = new ArrayList<String>();
        for (String q : quotes) {
            if (q == null || q.isBlank() || out.size() >= max) {
                continue;
            }
            String n = normalize(q);
            if (occursIn(source, q) && seen.stream().noneMatch(s -> s.contains(n) || n.contains(s))) {
                out.add(q.strip());
                seen.add(n);
            }
        }
        return out;
    }

    private Quotes() {
    }
}
