package dev.aiinterview.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The quote rule is the contracts' definition of "verbatim": a faster implementation must not move it. */
class TextTest {

    /** The rule as first written, with regular expressions: the reference the one-pass version is held to. */
    private static String reference(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        n = n.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u201c', '"').replace('\u201d', '"');
        n = n.replaceAll("[^\\p{L}\\p{N}%$']+", " ");
        return n.strip();
    }

    private static boolean referenceContainsQuote(String text, String quote) {
        String haystack = " " + reference(text) + " ";
        int from = 0;
        boolean any = false;
        for (String part : quote.split("\\.\\.\\.|\u2026")) {
            String needle = reference(part);
            if (needle.isEmpty()) {
                continue;
            }
            int at = haystack.indexOf(" " + needle + " ", from);
            if (at < 0) {
                return false;
            }
            from = at + needle.length() + 1;
            any = true;
        }
        return any;
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "...", "  Hello,   World!  ", "It's 15% of $200 -- OK?", "TAB\tand\nnew line",
            "\u201cQuoted\u201d and \u2018single\u2019", "Caf\u00e9 na\u00efve \u00c9COLE", "\ufb01ne \u2460 \u00bd \u2167",
            "\uff21\uff22\uff23 full width", "\u0130stanbul \u03a3\u039f\u03a3", "\ud835\udc00 math bold, \ud840\udc00 ext-B",
            "lone \ud800 surrogate", "emoji \ud83d\ude00 here", "\u0663\u0664 Arabic-Indic digits", "a\u0301 combining",
            "\u00a0no-break\u2003em space\u200bzero width", "x\u2026y", "C++ / C# / .NET", "under_score and-dash"})
    void normalizingGivesWhatTheRegexRuleGave(String s) {
        assertThat(Text.normalize(s)).isEqualTo(reference(s));
    }

    @Test
    void normalizingRandomTextGivesWhatTheRegexRuleGave() {
        // Given text drawn from ASCII, Latin-1, typographic punctuation, other scripts and surrogates
        var random = new Random(20261204);
        char[] pool = ("aZ09 %$'\".,;:!?-_()[]{}\t\n\u00e9\u00c9\u00df\u00bd\u00a0\u2019\u2018\u201c\u201d\u2026"
                + "\u03a3\u03c3\u0130\u0131\u0301\ufb01\uff21\u2460\u0663\u4e2d\u3000\u200b\ud835\udc00\ud83d\ude00\ud800")
                .toCharArray();
        for (int i = 0; i < 20_000; i++) {
            var sb = new StringBuilder();
            int length = random.nextInt(24);
            for (int j = 0; j < length; j++) {
                sb.append(pool[random.nextInt(pool.length)]);
            }
            String s = sb.toString();
            // Then the one-pass rule agrees with the regex rule
            assertThat(Text.normalize(s)).as("normalize(%s)", s.codePoints()
                    .mapToObj(Integer::toHexString).toList()).isEqualTo(reference(s));
        }
    }

    @Test
    void quotesAreFoundExactlyWhereTheRegexRuleFoundThem() {
        String text = "I never reduced costs myself; the team reduced costs by 15% over 14 years. "
                + "We shipped \u201cv2\u201d \u2014 on time \u2026 mostly.";
        String[] quotes = {"the team reduced costs by 15%", "I never ... the team reduced costs", "5% over 14 years",
                "the team reduced ... I never", "...", "\u2026", "We shipped \"v2\"", "on time... mostly",
                "ON TIME \u2026 MOSTLY", "costs by 15", "reduced costs myself the team", "", "....", ". . .",
                "I never....the team", "I never.....the team", "\u2026I never\u2026", "...I never...", "I never..",
                "the team.. reduced", "We shipped\u2026...on time", "mostly...\u2026", "14 years \u2026 ... We shipped"};
        var prepared = Text.quotesFrom(text);
        for (String quote : quotes) {
            boolean expected = referenceContainsQuote(text, quote);
            assertThat(Text.containsQuote(text, quote)).as(quote).isEqualTo(expected);
            assertThat(prepared.test(quote)).as(quote).isEqualTo(expected);
        }
    }

    @Test
    void randomQuotesWithEllipsesAreJudgedAsTheRegexRuleJudgedThem() {
        // Given quotes stitched from words of the text, dots, ellipses and spaces
        String text = "First we measured. Then... we cut the p99 from 2 s to 40 ms \u2026 and kept it there.";
        String[] pieces = {"first", "we", "measured", "then", "cut", "the", "p99", "2 s", "40 ms", "kept it", "there",
                ".", "..", "...", "....", "\u2026", " ", " ", "x"};
        var random = new Random(42);
        var prepared = Text.quotesFrom(text);
        for (int i = 0; i < 5_000; i++) {
            var quote = new StringBuilder();
            int length = random.nextInt(8);
            for (int j = 0; j < length; j++) {
                quote.append(pieces[random.nextInt(pieces.length)]);
            }
            String q = quote.toString();
            // Then the verdict is the regex rule's
            assertThat(prepared.test(q)).as(q).isEqualTo(referenceContainsQuote(text, q));
        }
    }
}
