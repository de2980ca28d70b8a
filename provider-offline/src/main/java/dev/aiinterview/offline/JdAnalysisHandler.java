package dev.aiinterview.offline;

import dev.aiinterview.api.Importance;
import dev.aiinterview.api.Seniority;
import dev.aiinterview.api.TopicKind;
import dev.aiinterview.api.error.InvalidInputException;
import dev.aiinterview.contract.JdAnalysis;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Serves {@code jd-analysis}: parses the description, reads role, years and seniority, and picks the topics. */
final class JdAnalysisHandler {

    private static final List<String> GENERAL_TOPICS = List.of("Relevant experience", "Problem solving",
            "Communication", "Teamwork", "Reliability", "Learning and growth", "Time management", "Adaptability",
            "Customer focus", "Motivation for the role");

    private final SkillVocabulary vocabulary;

    JdAnalysisHandler(SkillVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    JdAnalysis.Output handle(JdAnalysis.Input in) {
        String text = in.jobDescription() == null ? "" : in.jobDescription();
        if (Words.count(text) == 0) {
            throw new InvalidInputException("The job description is empty: paste the text of the job ad to analyse");
        }
        int min = Math.max(1, in.minTopics());
        int max = Math.max(min, in.maxTopics());
        JdParser.Parsed parsed = JdParser.parse(text);
        String title = RoleReader.title(parsed, text);
        int years = RoleReader.years(parsed.lines());
        Seniority seniority = RoleReader.seniority(title, text, years);

        var topics = new ArrayList<JdAnalysis.TopicDraft>();
        for (TopicCandidate c : new TopicExtractor(vocabulary).extract(parsed.lines(), min, max)) {
            List<String> evidence = Quotes.verified(text, c.evidence, 3);
            if (!evidence.isEmpty()) {
                topics.add(new JdAnalysis.TopicDraft(evidence, c.name, c.kind, c.importance, c.technical(),
                        whyItMatters(c), keywords(c)));
            }
        }
        fillWithGeneralTopics(topics, parsed, text, title, min);
        return new JdAnalysis.Output(title, seniority, years, summary(title, seniority, years, topics), topics);
    }

    private static String whyItMatters(TopicCandidate c) {
        String line = Quotes.shorten(c.mainLine().text(), 30);
        String first = switch (c.kind) {
            case RESPONSIBILITY -> "It is one of the role's core duties: \"" + line + "\".";
            case QUALIFICATION -> "The description sets it as a formal requirement: \"" + line + "\".";
            case SKILL -> switch (c.importance) {
                case ESSENTIAL -> "The description asks for it directly: \"" + line + "\".";
                case IMPORTANT -> "The work described relies on it: \"" + line + "\".";
                case NICE_TO_HAVE -> "Listed as a plus: \"" + line + "\"; it would shorten the ramp-up but is not "
                        + "required.";
            };
        };
        if (c.kind != TopicKind.SKILL && c.importance == Importance.NICE_TO_HAVE) {
            first += " It is listed as a plus rather than a requirement.";
        }
        int mentions = c.lines.size();
        return mentions > 1 ? first + " It comes up in " + mentions + " places in the description." : first;
    }

    private List<String> keywords(TopicCandidate c) {
        Set<String> out = new LinkedHashSet<>();
        Set<String> seen = new HashSet<>();
        add(out, seen, c.skill != null ? c.skill.name() : Phrases.lowerFirst(c.name));
        if (c.skill != null) {
            c.skill.aliases().stream().filter(a -> a.length() > 2).limit(3).forEach(a -> add(out, seen, a));
        }
        c.related.stream().limit(3).forEach(r -> add(out, seen, r));
        for (JdLine line : c.lines) {
            for (String w : Words.content(line.text())) {
                if (out.size() >= 12) {
                    return List.copyOf(out);
                }
                if (w.length() >= 4 && w.chars().allMatch(ch -> Character.isLetter(ch) || ch == '-')) {
                    add(out, seen, w);
                }
            }
        }
        return List.copyOf(out);
    }

    private static void add(Set<String> out, Set<String> seen, String keyword) {
        if (out.size() < 12 && seen.add(keyword.toLowerCase(Locale.ROOT))) {
            out.add(keyword);
        }
    }

    /** Short descriptions yield few candidates: general topics, each anchored in a quote, make up the minimum. */
    private static void fillWithGeneralTopics(List<JdAnalysis.TopicDraft> topics, JdParser.Parsed parsed, String text,
            String title, int min) {
        if (topics.size() >= min) {
            return;
        }
        var quotes = new ArrayList<String>();
        parsed.lines().forEach(l -> quotes.add(Quotes.shorten(l.text(), 12)));
        if (Quotes.occursIn(text, title)) {
            quotes.add(title);
        }
        quotes.add(Quotes.shorten(text.strip().split("\\R")[0], 12));
        List<String> usable = Quotes.verified(text, quotes, 20);
        Set<String> names = new HashSet<>();
        topics.forEach(t -> names.add(Quotes.normalize(t.name())));
        int next = 0;
        for (String name : GENERAL_TOPICS) {
            if (topics.size() >= min || usable.isEmpty()) {
                return;
            }
            if (names.add(Quotes.normalize(name))) {
                String quote = usable.get(next++ % usable.size());
                var keywords = new ArrayList<String>(List.of(name.toLowerCase(Locale.ROOT)));
                Words.content(quote).stream().filter(w -> w.length() >= 4).distinct().limit(5).forEach(keywords::add);
                topics.add(new JdAnalysis.TopicDraft(List.of(quote), name, TopicKind.SKILL, Importance.IMPORTANT, false,
                        "The description is brief, so this general topic covers what it implies: \"" + quote + "\".",
                        keywords));
            }
        }
    }

    private static String summary(String title, Seniority seniority, int years, List<JdAnalysis.TopicDraft> topics) {
        var sentences = new ArrayList<String>();
        String level = seniority == Seniority.UNSPECIFIED ? "" : " at " + seniority.name().toLowerCase(Locale.ROOT) + " level";
        List<String> top = topics.stream().limit(3).map(t -> Phrases.lowerFirst(t.name())).toList();
        sentences.add(title + " role" + level + "; the description centres on " + Phrases.join(top) + ".");
        List<String> duties = topics.stream().filter(t -> t.kind() == TopicKind.RESPONSIBILITY).limit(2)
                .map(t -> Phrases.lowerFirst(t.name())).toList();
        if (!duties.isEmpty()) {
            sentences.add("Its main duties involve " + Phrases.join(duties) + ".");
        }
        List<String> plus = topics.stream().filter(t -> t.importance() == Importance.NICE_TO_HAVE).limit(2)
                .map(t -> Phrases.lowerFirst(t.name())).toList();
        if (years > 0) {
            sentences.add("It asks for at least " + years + (years == 1 ? " year" : " years") + " of experience"
                    + (plus.isEmpty() ? "." : " and lists " + Phrases.join(plus) + " as a plus."));
        } else if (!plus.isEmpty()) {
            sentences.add("It lists " + Phrases.join(plus) + " as a plus.");
        }
        return String.join(" ", sentences.subList(0, Math.min(3, sentences.size())));
    }
}
