package dev.aiinterview.contract;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Text comparisons used by semantic checks: quotes must really come from the text they claim to quote. Public so
 * that engines which write quotes (the offline engine) check them exactly as the contracts will.
 */
public final class Text {

    /** Lower case, NFKC, typographic quotes folded, every run of other characters one space. */
    public static String normalize(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        n = n.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u201c', '"').replace('\u201d', '"');
        n = n.replaceAll("[^\\p{L}\\p{N}%$']+", " ");
        return n.strip();
    }

    /**
     * Whether {@code quote} occurs in {@code text}, ignoring case, punctuation, white space and a trailing or
     * leading ellipsis. Quotes the model shortened with "..." in the middle match when every part occurs.
     */
    public static boolean containsQuote(String text, String quote) {
        String haystack = " " + normalize(text) + " ";
        int from = 0;
        boolean any = false;
        for (String part : quote.split("\\.\\.\\.|\u2026")) {
            String needle = normalize(part);
            if (needle.isEmpty()) {
                continue;
            }
            // Whole words, and the pieces of an elided quote in their order in the text.
            int at = haystack.indexOf(" " + needle + " ", from);
            if (at < 0) {
                return false;
            }
            from = at + needle.length() + 1;
            any = true;
        }
        return any;
    }

    static String abbreviate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "\u2026";
    }

    private Text() {
    }
}
