package dev.aiinterview.offline;

import dev.aiinterview.api.Importance;
import dev.aiinterview.api.TopicKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Chooses the topics of a job description: every vocabulary skill and every duty or requirement line becomes a
 * candidate, mentions of the same skill merge, and the strongest candidates are picked with some diversity (at
 * most one nice-to-have and two soft skills while there are alternatives, see {@link TopicSelector}).
 */
final class TopicExtractor {

    private static final Pattern QUALIFICATION = Pattern.compile("(?i)\\b(degree|bachelor'?s?|master'?s?|ph\\.?d"
            + "|diploma|licen[sc]e[ds]?|licensure|certifi(?:ed|cate|cates|cation|cations)|accredit\\w*|registration"
            + "|qualification|security clearance|bsn|msn|mba|nclex)\\b");
    private static final Pattern MUST = Pattern.compile("(?i)\\b(must|required|essential|critical|mandatory)\\b");
    private static final Pattern LEAD_IN = Pattern.compile("(?i)^(?:you will|you'll|you’ll|you have|you bring|you are"
            + "|we need|a |an |the |ability to|able to|the ability to|proven track record (?:of|in)|track record (?:of|in)"
            + "|proven|strong|demonstrated|excellent|solid|good|great|deep|hands-on|working|some|basic|advanced|"
            + "\\d{1,2}\\s*\\+?\\s*(?:-\\s*\\d{1,2}\\s*)?(?:years?|yrs?)'?\\s*(?:of)?|(?:professional |relevant |prior )?"
            + "experience (?:with|in|of|using|as)?|knowledge (?:of|in)|familiarity with|understanding of|skills? in"
            + "|proficiency (?:in|with)|comfort(?:able)? with)\\s*");
    private static final Pattern COLLEAGUE = Pattern.compile("(?i)\\b(managers?|owners?|engineers?|designers?|sres"
            + "|analysts?|scientists?|specialists?|representatives?|reps|officers?|partners?|operators)$");
    private static final Pattern COLLABORATE_WITH = Pattern.compile("(?i)\\b(with|alongside|to|from|between"
            + "|and|our|support|supporting)\\s+(?:[\\w-]+,?\\s+){0,4}$");
    private static final int QUALIFIER_REACH = 25;
    private static final int LONG_PROSE_WORDS = 20;
    private static final Pattern EXPERIENCE = Pattern.compile("(?i)\\b(experience|years?)\\b");
    private static final Pattern ALTERNATIVE = Pattern.compile("\\s*(?:,\\s*)?(?:or|/)\\s*");
    private static final int WORDS_PER_QUOTE = 16;

    private final SkillVocabulary vocabulary;

    TopicExtractor(SkillVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    List<TopicCandidate> extract(List<JdLine> lines, int min, int max) {
        Map<String, TopicCandidate> byKey = new LinkedHashMap<>();
        Map<Integer, Integer> subjects = new HashMap<>();
        for (JdLine line : lines) {
            if (line.section() == JdSection.ABOUT) {
                continue;
            }
            Importance importance = importance(line);
            List<SkillMatch> all = vocabulary.find(line.text());
            List<SkillMatch> matches = all.stream().filter(m -> !colleague(line.text(), m)).toList();
            if (matches.size() < all.size() && matches.isEmpty()) {
                continue;
            }
            if (!matches.isEmpty()) {
                Set<SkillMatch> primary = primaries(line.text(), matches);
                subjects.put(line.order(), primary.size());
                SkillMatch previous = null;
                for (SkillMatch m : matches) {
                    String name = Phrases.capitalize(m.skill().name());
                    TopicCandidate c = byKey.computeIfAbsent(Quotes.normalize(name),
                            k -> new TopicCandidate(k, name, m.skill(), kind(line, m), importance, line));
                    c.mention(line, importance, quote(line.text(), m), primary.contains(m));
                    if (kind(line, m) == TopicKind.QUALIFICATION) {
                        c.kind = TopicKind.QUALIFICATION;
                    }
                    matches.stream().filter(o -> o != m).forEach(o -> c.related.add(o.skill().name()));
                    if (previous != null && ALTERNATIVE.matcher(line.text().substring(previous.end(), m.start())).matches()) {
                        c.alternativeOn.add(line.order());
                    }
                    previous = m;
                }
            } else if (substantive(line)) {
                String name = phraseName(line.text());
                if (Words.count(name) >= 2) {
                    TopicCandidate c = byKey.computeIfAbsent(Quotes.normalize(name),
                            k -> new TopicCandidate(k, name, null, kind(line, null), importance, line));
                    c.mention(line, importance, Quotes.shorten(line.text(), WORDS_PER_QUOTE), true);
                }
            }
        }
        return TopicSelector.select(new ArrayList<>(byKey.values()), subjects, min, max);
    }

    private static Importance importance(JdLine line) {
        return switch (line.section()) {
            case NICE_TO_HAVE -> Importance.NICE_TO_HAVE;
            case REQUIREMENTS -> Importance.ESSENTIAL;
            default -> MUST.matcher(line.text()).find() ? Importance.ESSENTIAL : Importance.IMPORTANT;
        };
    }

    /**
     * A qualification when a certificate, licence or degree is named next to the skill (or anywhere on the line,
     * for a line no skill covers); else a responsibility under the duties, a skill elsewhere.
     */
    private static TopicKind kind(JdLine line, SkillMatch m) {
        String t = line.text();
        // A line that lists credentials ("Current BLS and ACLS certification") makes each a qualification; a line
        // that also asks for experience ("3 years in a warehouse and a forklift licence") only the one named next
        // to the credential.
        boolean credentialsOnly = !EXPERIENCE.matcher(t).find();
        String near = m == null || credentialsOnly ? t : t.substring(Math.max(0, m.start() - QUALIFIER_REACH),
                Math.min(t.length(), m.end() + QUALIFIER_REACH));
        if (QUALIFICATION.matcher(near).find()) {
            return TopicKind.QUALIFICATION;
        }
        return line.section() == JdSection.RESPONSIBILITIES ? TopicKind.RESPONSIBILITY : TopicKind.SKILL;
    }

    /**
     * The matches a line is about: its first; in a long piece of prose ("coaching your representatives ...,
     * running the pipeline review ..., and negotiating the larger deals") also the first of each comma clause.
     */
    private static Set<SkillMatch> primaries(String text, List<SkillMatch> matches) {
        Set<SkillMatch> out = new HashSet<>();
        out.add(matches.get(0));
        if (text.split("\\s+").length < LONG_PROSE_WORDS) {
            return out;
        }
        int clause = 0;
        int seen = -1;
        int comma = text.indexOf(", ");
        for (SkillMatch m : matches) {
            while (comma >= 0 && comma < m.start()) {
                clause++;
                comma = text.indexOf(", ", comma + 2);
            }
            if (clause != seen) {
                out.add(m);
                seen = clause;
            }
        }
        return out;
    }

    /** "Working closely with product managers": a job title named as a colleague, not a skill asked for. */
    static boolean colleague(String text, SkillMatch m) {
        if (!COLLEAGUE.matcher(m.text()).find()) {
            return false;
        }
        return COLLABORATE_WITH.matcher(text.substring(Math.max(0, m.start() - 40), m.start())).find();
    }

    /**
     * A line no skill covers is a topic when it is a bullet, or a sentence that states a duty with a verb (not
     * "This is a hands-on role", "You'll be the first person our customers talk to").
     */
    private static boolean substantive(JdLine line) {
        boolean section = line.section() != JdSection.OVERVIEW || line.bullet();
        boolean stated = line.bullet() || Phrases.verbPhrase(instruction(line.text()), 6).isPresent();
        return section && stated && Words.content(line.text()).size() >= 2;
    }

    /** A short name for a line no vocabulary skill covers: its first clause, a duty named as an activity. */
    static String phraseName(String text) {
        return Phrases.asActivity(instruction(text));
    }

    /** A line's first clause without lead-ins, as written ("Write and update help-centre articles"). */
    private static String instruction(String text) {
        String t = Quotes.trimPunctuation(text);
        String before;
        do {
            before = t;
            t = LEAD_IN.matcher(t).replaceFirst("");
        } while (!t.equals(before) && !t.isEmpty());
        String name = Phrases.clause(t, 6);
        // "Answer customer questions by chat, email", "Spot recurring issues and share": the first item is the name.
        for (String joiner : List.of(", ", " and ")) {
            int at = name.indexOf(joiner);
            if (at > 0 && Words.count(name.substring(0, at)) >= 3) {
                name = name.substring(0, at);
            }
        }
        return Phrases.capitalize(name);
    }

    /** A short verbatim phrase around a match: the line, its clause, or a window of words. */
    static String quote(String line, SkillMatch m) {
        String[] tokens = line.strip().split("\\s+");
        if (tokens.length <= WORDS_PER_QUOTE) {
            return Quotes.trimPunctuation(line);
        }
        int start = clauseStart(line, m.start());
        int end = clauseEnd(line, m.end());
        String clause = line.substring(start, end);
        if (Words.count(clause) >= 3 && clause.strip().split("\\s+").length <= WORDS_PER_QUOTE) {
            return Quotes.trimPunctuation(clause);
        }
        int index = line.substring(0, m.start()).strip().isEmpty() ? 0
                : line.substring(0, m.start()).strip().split("\\s+").length;
        return Quotes.window(line, index - 5, index + 9);
    }

    private static int clauseStart(String line, int from) {
        for (int i = from - 1; i >= 0; i--) {
            if (";:(".indexOf(line.charAt(i)) >= 0) {
                return i + 1;
            }
        }
        return 0;
    }

    private static int clauseEnd(String line, int from) {
        for (int i = from; i < line.length(); i++) {
            if (";:)".indexOf(line.charAt(i)) >= 0) {
                return i;
            }
        }
        return line.length();
    }
}
