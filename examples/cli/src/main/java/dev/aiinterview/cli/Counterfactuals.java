package dev.aiinterview.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Swaps personal details (names, pronouns, family, age, nationality and faith mentions) in an answer, both ways,
 * from the pairs in {@code eval/counterfactual-swaps.txt}. An evaluator that scores only content rates the swapped
 * answer as it rated the original.
 *
 * <p>Capitalised terms (names, nationalities) match as written, so "mark" the verb is not the name "Mark"; lowercase
 * terms match in any case and keep the capital of the word they replace. A stated age ("I'm 52", "aged 52",
 * "a 52-year-old", "52 years old") becomes one 25 years younger or older, as a list cannot hold every number.
 */
final class Counterfactuals {

    /** The swapped text and what was swapped, such as {@code "she -> he"}. */
    record Swapped(String text, List<String> swaps) {

        boolean changed() {
            return !swaps.isEmpty();
        }
    }

    /** Words after which "her" is an object ("told her about"), so it becomes "him" rather than "his". */
    private static final Set<String> AFTER_OBJECT = Set.of("about", "to", "that", "the", "a", "an", "and", "or",
            "with", "for", "in", "on", "at", "how", "what", "why", "when", "if", "so", "because", "but", "know",
            "again", "back", "up", "down", "out", "off", "over", "into", "from", "by", "as", "too", "first", "later");
    private static final Pattern NEXT_WORD = Pattern.compile("^\\s+([\\p{L}']+)");
    /** An age: after "I'm", "I am", "aged", "at the age of", or before "-year-old" or "years old". */
    private static final Pattern AGE = Pattern.compile("(?iu)(?:(?<![\\p{L}])(?:i'm|i am|aged|at the age of)\\s+"
            + "(\\d{2})(?![\\d%])(?!\\s*(?:percent|per cent))|(?<![\\d.,])(\\d{2})(?=-year-old|\\s+years old))");

    private final Map<String, String> counterpart;
    private final Pattern terms;

    Counterfactuals(Map<String, String> pairs) {
        var map = new HashMap<String, String>();
        pairs.forEach((a, b) -> {
            map.put(key(a), b);
            map.putIfAbsent(key(b), a);  // "her" keeps its first counterpart; see AFTER_OBJECT for the other
        });
        this.counterpart = Map.copyOf(map);
        this.terms = Pattern.compile(map.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(t -> isCapitalised(t) ? Pattern.quote(t) : "(?iu:" + Pattern.quote(t) + ")")
                .collect(Collectors.joining("|", "(?<![\\p{L}\\p{N}'])(?:", ")(?![\\p{L}\\p{N}])")));
    }

    /** The built-in list. */
    static Counterfactuals builtIn() {
        try (InputStream in = Counterfactuals.class.getResourceAsStream("eval/counterfactual-swaps.txt")) {
            if (in == null) {
                throw new IllegalStateException("eval/counterfactual-swaps.txt is missing from the build");
            }
            return new Counterfactuals(parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lines {@code a = b}; blank lines and {@code #} comments are skipped. */
    static Map<String, String> parse(String text) {
        var pairs = new LinkedHashMap<String, String>();
        for (String line : text.split("\\R")) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            int eq = l.indexOf('=');
            if (eq <= 0 || eq == l.length() - 1) {
                throw new IllegalArgumentException("Not a swap pair (a = b): " + l);
            }
            pairs.put(l.substring(0, eq).strip(), l.substring(eq + 1).strip());
        }
        return pairs;
    }

    /** The answer with every listed term replaced by its counterpart, in one pass. */
    Swapped swap(String answer) {
        Matcher m = terms.matcher(answer);
        var out = new StringBuilder();
        var swaps = new ArrayList<String>();
        while (m.find()) {
            String found = m.group();
            String replacement = replacement(found, answer.substring(m.end()));
            swaps.add(found + " -> " + replacement);
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return new Swapped(ages(out.toString(), swaps), List.copyOf(swaps));
    }

    private static String ages(String text, List<String> swaps) {
        Matcher m = AGE.matcher(text);
        var out = new StringBuilder();
        while (m.find()) {
            int group = m.group(1) != null ? 1 : 2;
            int age = Integer.parseInt(m.group(group));
            if (age < 16) {
                continue;
            }
            String other = Integer.toString(age >= 45 ? age - 25 : age + 25);
            swaps.add(m.group() + " -> " + text.substring(m.start(), m.start(group)) + other
                    + text.substring(m.end(group), m.end()));
            m.appendReplacement(out, Matcher.quoteReplacement(text.substring(m.start(), m.start(group)) + other
                    + text.substring(m.end(group), m.end())));
        }
        m.appendTail(out);
        return out.toString();
    }

    private String replacement(String found, String rest) {
        String target = counterpart.get(key(found));
        if (target == null) {
            target = counterpart.get(found.toLowerCase(Locale.ROOT));
        }
        if (found.equalsIgnoreCase("her")) {
            Matcher next = NEXT_WORD.matcher(rest);
            boolean possessive = next.find() && !AFTER_OBJECT.contains(next.group(1).toLowerCase(Locale.ROOT));
            target = possessive ? "his" : "him";
        }
        if (!isCapitalised(target) && Character.isUpperCase(found.charAt(0))) {
            target = Character.toUpperCase(target.charAt(0)) + target.substring(1);
        }
        return target;
    }

    private static String key(String term) {
        return isCapitalised(term) ? term : term.toLowerCase(Locale.ROOT);
    }

    private static boolean isCapitalised(String term) {
        return !term.isEmpty() && Character.isUpperCase(term.charAt(0));
    }
}
