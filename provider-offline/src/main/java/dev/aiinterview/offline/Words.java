package dev.aiinterview.offline;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Word-level helpers: tokens, stop words and a light stemmer for overlap measures. */
final class Words {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’+#.-]*[\\p{L}\\p{N}+#]|[\\p{L}\\p{N}]");

    private static final Set<String> STOP = Set.of(
            "a", "about", "above", "across", "after", "again", "all", "also", "am", "an", "and", "any", "are", "as",
            "at", "be", "because", "been", "before", "being", "between", "both", "but", "by", "can", "could", "did",
            "do", "does", "doing", "down", "during", "each", "either", "etc", "even", "every", "few", "for", "from",
            "further", "get", "got", "had", "has", "have", "having", "he", "her", "here", "him", "his", "how", "i",
            "if", "in", "into", "is", "it", "its", "it's", "just", "me", "more", "most", "much", "my", "no", "nor",
            "not", "now", "of", "off", "on", "once", "one", "only", "or", "other", "our", "ours", "out", "over", "own",
            "per", "really", "same", "she", "should", "so", "some", "such", "than", "that", "the", "their", "them",
            "then", "there", "these", "they", "this", "those", "through", "to", "too", "under", "until", "up", "upon",
            "us", "very", "was", "we", "well", "were", "what", "when", "where", "which", "while", "who", "whom", "why",
            "will", "with", "within", "would", "you", "your", "yours", "you'll", "you're", "we're", "i'm", "i've",
            "i'd", "don't", "didn't", "let", "like", "make", "made", "many", "may", "might", "must", "need", "via",
            "tell", "time", "describe", "walk", "give", "example", "imagine", "suppose", "say", "thing", "things",
            "way", "ways", "lot", "kind", "sort", "stuff", "yes", "yeah", "okay", "ok", "um", "uh", "er", "erm",
            "mean", "know", "think", "pretty", "quite", "maybe", "basically", "actually", "always", "never");

    /** Words so common in job descriptions that they say nothing about a topic. */
    private static final Set<String> GENERIC = Set.of(
            "experience", "experienced", "years", "year", "strong", "ability", "able", "skills", "skill", "work",
            "working", "team", "teams", "role", "including", "include", "includes", "new", "using", "use", "across",
            "ensure", "ensuring", "excellent", "good", "great", "proven", "demonstrated", "solid", "knowledge",
            "understanding", "familiarity", "plus", "preferred", "required", "requirements", "must", "nice", "have",
            "bonus", "ideally", "based", "level", "help", "support", "related", "relevant", "other", "various",
            "high", "highly", "key", "part", "day", "daily", "responsible", "responsibilities", "candidate",
            "position", "job", "company", "environment", "etc", "well", "within", "least", "minimum");

    static List<String> tokens(String text) {
        var out = new ArrayList<String>();
        if (text == null) {
            return out;
        }
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            out.add(m.group().toLowerCase(Locale.ROOT).replace('’', '\''));
        }
        return out;
    }

    static boolean isStop(String word) {
        return STOP.contains(word);
    }

    /** Lower-case words that carry meaning: no stop words, no generic job-ad words, at least three letters. */
    static List<String> content(String text) {
        return tokens(text).stream()
                .filter(w -> w.length() >= 3 && !STOP.contains(w) && !GENERIC.contains(w))
                .toList();
    }

    /** Distinct stems of the content words. */
    static Set<String> stems(String text) {
        var out = new LinkedHashSet<String>();
        content(text).forEach(w -> out.add(stem(w)));
        return out;
    }

    /** A crude stem, enough to match "reviews" with "reviewed" and "reviewing". */
    static String stem(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.endsWith("'s")) {
            w = w.substring(0, w.length() - 2);
        }
        for (String suffix : List.of("ations", "ation", "ings", "ing", "ies", "ied", "ers", "er", "ed", "es", "s")) {
            if (w.length() > suffix.length() + 3 && w.endsWith(suffix)) {
                return w.substring(0, w.length() - suffix.length());
            }
        }
        return w;
    }

    static int count(String text) {
        return tokens(text).size();
    }

    private Words() {
    }
}
