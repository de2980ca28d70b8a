package dev.aiinterview.contract;

import java.text.Normalizer;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Text comparisons used by semantic checks: quotes must really come from the text they claim to quote. Public so
 * that engines which write quotes (the offline engine) check them exactly as the contracts will.
 */
public final class Text {

    // Character.getType categories that the rule keeps: \p{L} (letters) and \p{N} (numbers).
    private static final int LETTERS_AND_NUMBERS = 1 << Character.UPPERCASE_LETTER | 1 << Character.LOWERCASE_LETTER
            | 1 << Character.TITLECASE_LETTER | 1 << Character.MODIFIER_LETTER | 1 << Character.OTHER_LETTER
            | 1 << Character.DECIMAL_DIGIT_NUMBER | 1 << Character.LETTER_NUMBER | 1 << Character.OTHER_NUMBER;

    /** Lower case, NFKC, typographic quotes folded, every run of other characters one space. */
    public static String normalize(String s) {
        // One pass instead of replaceAll("[^\\p{L}\\p{N}%$']+", " ") and strip(): the quote check runs this on
        // whole answers and job descriptions, and the regex was most of a contract call's own cost.
        var out = new StringBuilder(s.length());
        if (isAscii(s)) {
            // NFKC leaves ASCII as it is and there are no typographic quotes to fold: lower-case while copying.
            boolean gap = false;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c >= 'A' && c <= 'Z') {
                    c = (char) (c + ('a' - 'A'));
                } else if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '%' || c == '$' || c == '\'')) {
                    gap = true;
                    continue;
                }
                if (gap && out.length() > 0) {
                    out.append(' ');
                }
                gap = false;
                out.append(c);
            }
            return out.toString();
        }
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        n = n.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u201c', '"').replace('\u201d', '"');
        boolean gap = false;
        for (int i = 0; i < n.length(); ) {
            int cp = n.codePointAt(i);
            i += Character.charCount(cp);
            if ((LETTERS_AND_NUMBERS >> Character.getType(cp) & 1) == 0 && cp != '%' && cp != '$' && cp != '\'') {
                gap = true;
                continue;
            }
            if (gap && out.length() > 0) {
                out.append(' ');
            }
            gap = false;
            out.appendCodePoint(cp);
        }
        return out.toString();
    }

    /**
     * Whether {@code quote} occurs in {@code text}, ignoring case, punctuation, white space and a trailing or
     * leading ellipsis. Quotes the model shortened with "..." in the middle match when every part occurs.
     */
    public static boolean containsQuote(String text, String quote) {
        return quotesFrom(text).test(quote);
    }

    /**
     * {@link #containsQuote(String, String)} for many quotes from one text: the text is normalized once, here,
     * rather than once per quote.
     */
    public static Predicate<String> quotesFrom(String text) {
        String haystack = " " + normalize(text) + " ";
        return quote -> occursIn(haystack, quote);
    }

    private static boolean occursIn(String haystack, String quote) {
        int from = 0;
        boolean any = false;
        // The parts between ellipses ("..." or U+2026), left to right, as split("\\.\\.\\.|\u2026") gives
        // them without a regex; the empty parts that split would add or drop normalize to nothing and are skipped.
        for (int start = 0; start <= quote.length(); ) {
            int end = nextEllipsis(quote, start);
            String needle = normalize(quote.substring(start, end));
            start = end + (end < quote.length() && quote.charAt(end) == '\u2026' ? 1 : 3);
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

    /** Where the next "..." or U+2026 starts at or after {@code from}, or the quote's length. */
    private static int nextEllipsis(String quote, int from) {
        for (int i = from; i < quote.length(); i++) {
            char c = quote.charAt(i);
            if (c == '\u2026' || c == '.' && quote.startsWith("...", i)) {
                return i;
            }
        }
        return quote.length();
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    static String abbreviate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "\u2026";
    }

    private Text() {
    }
}
