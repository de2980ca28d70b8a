package dev.aiinterview.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts the prose of a job description into the pieces the engine reads one at a time: sentences, bullets written
 * inline ("... • Kafka • Terraform"), a "... is a plus" clause apart from the requirement it follows, and never
 * a piece longer than {@link #MAX_WORDS} words. The bound is what keeps planning linear in the advert's length:
 * the topic extractor's work per piece grows with the piece's length, so an advert pasted as one 50,000-character
 * sentence must not become one piece.
 */
final class LineSplitter {

    /** The longest piece, in whitespace-separated tokens. */
    static final int MAX_WORDS = 40;

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[A-Z0-9\"“(])");
    private static final Pattern INLINE_BULLET = Pattern.compile("(?:^|\\s+)[•·▪◦●■✓✔]\\s+");
    /** Where one clause ends and another starts, whatever they say. */
    private static final Pattern CLAUSE_BREAK = Pattern.compile(";\\s+|,\\s+(?:and|but|while|whereas)\\s+"
            + "|\\s+(?:but|whereas)\\s+|\\s+[-–—]\\s+");
    /** A bare comma, which separates clauses only when the words before it make a requirement of their own. */
    private static final Pattern COMMA = Pattern.compile(",\\s+");
    private static final Pattern ANY_BREAK = Pattern.compile(CLAUSE_BREAK.pattern() + "|" + COMMA.pattern());
    private static final Pattern SEMICOLON = Pattern.compile(";\\s+");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    /** The sentences of a prose line, inline bullets apart; {@link #bounded} cuts the long ones. */
    static List<String> sentences(String line) {
        var out = new ArrayList<String>();
        for (String part : INLINE_BULLET.split(line)) {
            out.addAll(List.of(SENTENCE_END.split(part)));
        }
        return out;
    }

    /**
     * A line with a "nice to have" cue split into clauses, so the cue covers only its own clause: "Forklift
     * certification is required, and Spanish is a plus" is two pieces. Lines without a cue stay whole.
     */
    static List<String> clauses(String line, Pattern niceCue, Pattern requiredCue) {
        if (!niceCue.matcher(line).find()) {
            return List.of(line);
        }
        var out = new ArrayList<String>();
        for (String clause : CLAUSE_BREAK.split(line)) {
            splitRequirementCommas(clause, niceCue, requiredCue, out);
        }
        return out;
    }

    /** "Forklift certification required, Spanish a plus": the comma ends a clause that is a requirement itself. */
    private static void splitRequirementCommas(String clause, Pattern niceCue, Pattern requiredCue, List<String> out) {
        Matcher comma = COMMA.matcher(clause);
        int start = 0;
        while (comma.find()) {
            String before = clause.substring(start, comma.start());
            String after = clause.substring(comma.end());
            if (requiredCue.matcher(before).find() && !niceCue.matcher(before).find() && niceCue.matcher(after).find()) {
                out.add(before);
                start = comma.end();
            }
        }
        out.add(clause.substring(start));
    }

    /**
     * A sentence cut into pieces of at most {@link #MAX_WORDS} words, each a verbatim part of it: at clause breaks
     * and commas where there are some (neighbouring short parts stay together, so a list stays one piece), else
     * every {@link #MAX_WORDS} words.
     */
    static List<String> bounded(String sentence) {
        if (WHITESPACE.split(sentence.strip(), MAX_WORDS + 1).length <= MAX_WORDS) {
            return List.of(sentence);
        }
        if (sentence.contains("; ")) {
            // Semicolons separate the items of a list written as prose: each item is a piece of its own.
            var out = new ArrayList<String>();
            for (String item : SEMICOLON.split(sentence)) {
                out.addAll(bounded(item));
            }
            return out;
        }
        var segments = new ArrayList<int[]>();
        Matcher cut = ANY_BREAK.matcher(sentence);
        int from = 0;
        while (cut.find()) {
            addByWords(sentence, from, cut.start(), segments);
            from = cut.end();
        }
        addByWords(sentence, from, sentence.length(), segments);
        var out = new ArrayList<String>();
        int start = -1;
        int end = -1;
        int words = 0;
        for (int[] seg : segments) {
            if (start >= 0 && words + seg[2] > MAX_WORDS) {
                out.add(sentence.substring(start, end));
                start = -1;
                words = 0;
            }
            start = start < 0 ? seg[0] : start;
            end = seg[1];
            words += seg[2];
        }
        if (start >= 0) {
            out.add(sentence.substring(start, end));
        }
        return out;
    }

    /** Adds the span [from, to) as segments {start, end, words} of at most {@link #MAX_WORDS} words each. */
    private static void addByWords(String text, int from, int to, List<int[]> segments) {
        int start = -1;
        int words = 0;
        int i = from;
        while (i < to) {
            while (i < to && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i >= to) {
                break;
            }
            if (words == MAX_WORDS) {
                segments.add(new int[] {start, lastEnd(text, start, i), words});
                start = -1;
                words = 0;
            }
            start = start < 0 ? i : start;
            while (i < to && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            words++;
        }
        if (words > 0) {
            segments.add(new int[] {start, lastEnd(text, start, i), words});
        }
    }

    /** The end of the last word before {@code before}. */
    private static int lastEnd(String text, int start, int before) {
        int e = before;
        while (e > start && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return e;
    }

    private LineSplitter() {
    }
}
