package dev.aiinterview.offline;

import dev.aiinterview.api.Question;
import dev.aiinterview.api.Topic;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What an answer on a topic is measured against: the topic's own terms (name, keywords, evidence), the same with
 * the question's wording, and the fields of the skills the topic names. Also finds the words a sentence adds of
 * its own beyond those terms and stock phrases.
 *
 * @param topic        stems of the topic's name, keywords and evidence
 * @param withQuestion the same plus the question's wording
 * @param fields       the fields (technology, healthcare, commercial ...) of the named skills, soft skills aside
 */
record TopicTerms(Set<String> topic, Set<String> withQuestion, Set<String> fields) {

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’+#.-]*[\\p{L}\\p{N}+#]|[\\p{L}\\p{N}]");

    static TopicTerms of(Topic topic, Question question, SkillVocabulary vocabulary) {
        var text = new StringBuilder(topic.name());
        topic.keywords().forEach(k -> text.append(". ").append(k));
        var fields = new LinkedHashSet<String>();
        vocabulary.find(text.toString()).stream().map(m -> field(m.skill().domain()))
                .filter(d -> !d.isBlank() && !"soft".equals(d)).forEach(fields::add);
        return new TopicTerms(stems(topic, null), stems(topic, question), fields);
    }

    /** Neighbouring domains of the vocabulary read as one field: a database is on topic for backend work. */
    static String field(String domain) {
        return switch (domain) {
            case "software", "data", "cloud", "security" -> "technology";
            case "sales", "marketing", "customer-service" -> "commercial";
            case "operations", "logistics", "manufacturing", "retail" -> "operations";
            default -> domain;
        };
    }

    /**
     * The stems a sentence adds in its own words: not in {@code exclude}, not stock phrases, not stop words, and not
     * capitalised names after the first word (so a name never counts, whichever name it is).
     */
    Set<String> own(String sentence, Set<String> exclude) {
        var out = new LinkedHashSet<String>();
        var m = TOKEN.matcher(sentence);
        boolean first = true;
        while (m.find()) {
            String token = m.group();
            boolean name = !first && PersonalDetails.capitalised(token);
            first = false;
            if (name) {
                continue;
            }
            for (String stem : keys(Words.stems(token))) {
                if (!exclude.contains(stem) && !StoryParts.STOCK.contains(stem) && !StoryParts.STOCK.contains(stem + "e")) {
                    out.add(stem);
                }
            }
        }
        return out;
    }

    /** Stems compared for overlap: a final "e" dropped, so "service" meets "services" (stemmed "servic"). */
    static Set<String> keys(Set<String> stems) {
        var out = new LinkedHashSet<String>();
        for (String s : stems) {
            out.add(s.length() > 4 && s.endsWith("e") ? s.substring(0, s.length() - 1) : s);
        }
        return out;
    }

    private static Set<String> stems(Topic topic, Question question) {
        var source = new StringBuilder(topic.name()).append(' ');
        topic.keywords().forEach(k -> source.append(k).append(' '));
        topic.evidence().forEach(e -> source.append(e).append(' '));
        if (question != null) {
            source.append(question.text());
        }
        Set<String> stems = keys(Words.stems(source.toString()));
        stems.removeIf(s -> s.length() < 3);
        return stems;
    }
}
