package dev.aiinterview.offline;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bundled skills vocabulary ({@code skills.tsv}): canonical names, aliases, domain and technical flag, and a
 * matcher that finds them in free text on word boundaries, longest match first.
 */
final class SkillVocabulary {

    private static final Logger LOG = LoggerFactory.getLogger(SkillVocabulary.class);
    private static final String RESOURCE = "skills.tsv";

    /** One way of writing a skill; case-sensitive forms are kept as written, the others in lower case. */
    private record Form(String text, boolean caseSensitive, Skill skill) {}

    private final List<Skill> skills;
    private final List<Form> forms;
    private final Map<String, Skill> byName;

    private SkillVocabulary(List<Skill> skills, List<Form> forms) {
        this.skills = List.copyOf(skills);
        this.forms = forms.stream().sorted(Comparator.comparingInt((Form f) -> -f.text().length())).toList();
        this.byName = new HashMap<>();
        skills.forEach(s -> byName.putIfAbsent(s.name().toLowerCase(Locale.ROOT), s));
    }

    /** The bundled vocabulary, read once on first use. */
    static SkillVocabulary standard() {
        return Holder.STANDARD;
    }

    private static final class Holder {
        static final SkillVocabulary STANDARD = load();
    }

    private static SkillVocabulary load() {
        try (InputStream in = SkillVocabulary.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The offline engine's vocabulary " + RESOURCE
                        + " is missing from the classpath; the provider-offline jar is incomplete");
            }
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            SkillVocabulary vocabulary = parse(reader.lines().toList());
            LOG.debug("Loaded {} skills for the offline engine", vocabulary.skills.size());
            return vocabulary;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }

    /** Parses vocabulary lines; '#' starts a comment line. */
    static SkillVocabulary parse(List<String> lines) {
        var skills = new ArrayList<Skill>();
        var forms = new ArrayList<Form>();
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t");
            if (cols.length != 4) {
                throw new IllegalArgumentException("Vocabulary line needs 4 tab-separated columns: " + line);
            }
            String name = strip(cols[0]);
            var aliases = new ArrayList<String>();
            for (String alias : cols[1].split("\\|")) {
                if (!alias.isBlank()) {
                    aliases.add(alias.strip());
                }
            }
            var skill = new Skill(name, aliases.stream().map(SkillVocabulary::strip).toList(), cols[2].strip(),
                    Boolean.parseBoolean(cols[3].strip()));
            skills.add(skill);
            forms.add(form(cols[0].strip(), skill));
            aliases.forEach(a -> forms.add(form(a, skill)));
        }
        return new SkillVocabulary(skills, forms);
    }

    private static Form form(String written, Skill skill) {
        boolean exact = written.startsWith("=");
        String text = strip(written);
        return new Form(exact ? text : text.toLowerCase(Locale.ROOT), exact, skill);
    }

    private static String strip(String written) {
        return written.startsWith("=") ? written.substring(1).strip() : written.strip();
    }

    List<Skill> skills() {
        return skills;
    }

    /** The skill with this canonical name, ignoring case. */
    Optional<Skill> byName(String name) {
        return Optional.ofNullable(byName.get(name.toLowerCase(Locale.ROOT).strip()));
    }

    /** Every skill mentioned in a text, in text order, without overlaps (the longest form wins). */
    List<SkillMatch> find(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        char[] lower = new char[text.length()];
        for (int i = 0; i < lower.length; i++) {
            lower[i] = Character.toLowerCase(text.charAt(i));
        }
        String folded = new String(lower);
        var found = new ArrayList<SkillMatch>();
        for (Form form : forms) {
            String haystack = form.caseSensitive() ? text : folded;
            int from = 0;
            int at;
            while ((at = haystack.indexOf(form.text(), from)) >= 0) {
                int end = boundaryEnd(text, at, at + form.text().length());
                if (end > 0) {
                    found.add(new SkillMatch(form.skill(), at, end, text.substring(at, end)));
                }
                from = at + 1;
            }
        }
        found.sort(Comparator.comparingInt(SkillMatch::start).thenComparingInt(m -> -m.length()));
        var kept = new ArrayList<SkillMatch>();
        int covered = -1;
        for (SkillMatch m : found) {
            if (m.start() >= covered) {
                kept.add(m);
                covered = m.end();
            }
        }
        return kept;
    }

    /** The end of a match on word boundaries (allowing a plural 's'), or -1 when it is inside a word. */
    private static int boundaryEnd(String text, int start, int end) {
        if (start > 0 && isWordChar(text.charAt(start - 1)) && isWordChar(text.charAt(start))) {
            return -1;
        }
        if (end >= text.length() || !isWordChar(text.charAt(end)) || !isWordChar(text.charAt(end - 1))) {
            return end;
        }
        char next = text.charAt(end);
        if ((next == 's' || next == 'S') && (end + 1 >= text.length() || !isWordChar(text.charAt(end + 1)))) {
            return end + 1;
        }
        return -1;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c);
    }
}
