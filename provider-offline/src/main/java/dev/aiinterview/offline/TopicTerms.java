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
 * @param topic        stems of the topic's name, keywords and evidence, of what the question asks about and of
 *                     the role's title
 * @param withQuestion the same plus all of the question's wording
 * @param fields       the fields (technology, healthcare, commercial ...) of the named skills, soft skills aside
 */
record TopicTerms(Set<String> topic, Set<String> withQuestion, Set<String> fields) {

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’+#.-]*[\\p{L}\\p{N}+#]|[\\p{L}\\p{N}]");

    /**
     * The wording of an interview question that says nothing about its subject ("tell me about a time", "what steps
     * would you take over the next two weeks"): an answer that echoes it is not on topic for that.
     */
    private static final Set<String> FRAME = keys(Words.stems(String.join(" ",
            "tell time situation describe specific occasion stake part turn out walk recent example having goal steps",
            "take changed result results project made difference difficult handled depended outcome central measure",
            "plan notice learn learned calls relied happened tested shaped decision principles checks guide change",
            "stakes high common mistakes people detect prevent step tools techniques trade-offs weigh explain key",
            "ideas colleague details matter right practice concrete check correct holds help imagine join first week",
            "serious problem involve suppose asked half usual prioritise prioritize risks flag strongly disagrees",
            "approach before important deadline handle fall clearly short expected next two weeks urgent request",
            "arrives already full capacity decide communicate picture month need acting want",
            "recently happen cannot sometimes would could should find whose someone anything something",
            "today tomorrow yesterday give show style experience good best worst biggest hardest proud")));

    static TopicTerms of(Topic topic, Question question, String roleTitle, SkillVocabulary vocabulary) {
        var text = new StringBuilder(topic.name()).append(". ").append(roleTitle == null ? "" : roleTitle);
        topic.keywords().forEach(k -> text.append(". ").append(k));
        var fields = new LinkedHashSet<String>();
        vocabulary.find(text.toString()).stream().map(m -> field(m.skill().domain()))
                .filter(d -> !d.isBlank() && !"soft".equals(d)).forEach(fields::add);
        Set<String> onTopic = stems(topic, question);
        if (roleTitle != null) {
            onTopic.addAll(keys(Words.stems(roleTitle)));
        }
        Set<String> withQuestion = new LinkedHashSet<>(onTopic);
        if (question != null) {
            withQuestion.addAll(keys(Words.stems(question.text())));
        }
        return new TopicTerms(onTopic, withQuestion, fields);
    }

    /** Whether a stem of the answer is one of the topic's: the same, or one a longer form of the other. */
    boolean onTopic(String stem) {
        if (topic.contains(stem)) {
            return true;
        }
        // "supervisor" and "supervising" (stemmed "supervis"), "communicate" and "communication".
        if (stem.length() < 6) {
            return false;
        }
        for (String t : topic) {
            if (t.length() >= 6 && (t.startsWith(stem) || stem.startsWith(t))) {
                return true;
            }
        }
        return false;
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
            out.add(key(s));
            if (s.indexOf('-') > 0) {
                // "on-call" meets "on call", "non-technical" meets "technical".
                for (String part : s.split("-")) {
                    if (part.length() >= 4 && !Words.isStop(part)) {
                        out.add(key(Words.stem(part)));
                    }
                }
            }
        }
        return out;
    }

    private static String key(String s) {
        return s.length() > 4 && s.endsWith("e") ? s.substring(0, s.length() - 1) : s;
    }

    private static Set<String> stems(Topic topic, Question question) {
        var source = new StringBuilder(topic.name()).append(' ');
        topic.keywords().forEach(k -> source.append(k).append(' '));
        topic.evidence().forEach(e -> source.append(e).append(' '));
        Set<String> stems = keys(Words.stems(source.toString()));
        if (question != null) {
            // What the question itself is about counts as the topic; its interview wording does not.
            Set<String> asked = keys(Words.stems(question.text()));
            asked.removeAll(FRAME);
            stems.addAll(asked);
        }
        stems.removeIf(s -> s.length() < 3);
        return stems;
    }
}
