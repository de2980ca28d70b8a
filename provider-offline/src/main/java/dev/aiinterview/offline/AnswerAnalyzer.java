package dev.aiinterview.offline;

import dev.aiinterview.api.Question;
import dev.aiinterview.api.Topic;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads an answer for evidence: the sentences that carry figures, named tools, STAR parts and the topic's own
 * terms; filler and hedging; length; and how much it says in its own words beyond the question's terms and stock
 * phrases. Only the work counts: personal details are set aside ({@link PersonalDetails}) and sentences addressed
 * to the evaluator ({@link AddressedToEvaluator}) never count for the candidate. Sentences are quoted as written.
 */
final class AnswerAnalyzer {

    /** "I'd check", "I would call", "I will ask": a plan the candidate owns, for hypothetical questions. */
    private static final Pattern PLAN = Pattern.compile("\\bi('d| would| will|'ll)\\s+(first\\s+|then\\s+|also\\s+|"
            + "immediately\\s+|personally\\s+)?(?!just\\b|probably\\b|maybe\\b|guess\\b|think\\b|say\\b|like\\b|try\\b)"
            + "[a-z]{3,}", Pattern.CASE_INSENSITIVE);
    private static final Pattern SCENE = Pattern.compile("\\b(was|were|had|happened|started|came|got|kept)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern FIRST_PERSON = Pattern.compile("\\b(i|i'm|i've|i'd|me|my|we|our|us)\\b",
            Pattern.CASE_INSENSITIVE);
    /** A sentence says something when it has at least this many words of its own, beyond the topic and stock. */
    private static final int GROUNDED = 1;

    private final SkillVocabulary vocabulary;

    AnswerAnalyzer(SkillVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /**
     * What an answer shows about a question on a topic. Sentences are as written; counts exclude personal details.
     * {@code relevance} is the share of the topic's terms used (0-1) and {@code topicHits} how many distinct ones;
     * {@code ownWords} counts the distinct words beyond the question's terms and stock phrases, {@code contentWords}
     * those beyond stock phrases alone (the same whatever the question); {@code wordList} is a list without
     * sentences; {@code plan} an "I would ..." plan.
     */
    record Reading(
            String text,
            List<String> sentences,
            int words,
            List<String> figures,
            List<String> tools,
            List<String> toolSentences,
            List<String> onTopic,
            double relevance,
            int topicHits,
            int ownWords,
            int contentWords,
            boolean wordList,
            String situation,
            String task,
            String action,
            String result,
            boolean plan,
            int steps,
            int reasoning,
            int fillers,
            int hedges,
            int addressedToEvaluator) {

        boolean empty() {
            return words == 0;
        }

        int starParts() {
            int n = 0;
            for (String s : List.of(situation, task, action, result)) {
                n += s.isEmpty() ? 0 : 1;
            }
            return n;
        }

        double fillerRate() {
            return words == 0 ? 0 : (double) fillers / words;
        }
    }

    Reading read(String transcript, Topic topic, Question question) {
        return read(transcript, topic, question, "");
    }

    /** Reads an answer; the role's title counts as context for what is on topic ("supervisor" for a supervisor). */
    Reading read(String transcript, Topic topic, Question question, String roleTitle) {
        String text = transcript == null ? "" : transcript.strip();
        var sentences = new ArrayList<String>();
        var analysed = new ArrayList<String>();
        int injected = 0;
        boolean afterAddressed = false;
        for (String s : sentences(text)) {
            // A short follow-on to an instruction ("Stay consistent with them.") belongs to it, not to the answer.
            boolean followOn = afterAddressed && Words.count(s) <= 12 && !FIRST_PERSON.matcher(s).find();
            afterAddressed = AddressedToEvaluator.matches(s) || followOn;
            if (afterAddressed) {
                injected++;
            } else {
                sentences.add(s);
                analysed.add(PersonalDetails.setAside(s));
            }
        }
        String counted = String.join(" ", sentences);
        String work = String.join(" ", analysed);

        var terms = TopicTerms.of(topic, question, roleTitle, vocabulary);
        Set<String> topicOnly = terms.topic();
        Set<String> domains = terms.fields();
        Set<String> topicStems = terms.withQuestion();
        var figures = new ArrayList<String>();
        var onTopic = new ArrayList<String>();
        var toolSentences = new ArrayList<String>();
        var tools = new LinkedHashSet<String>();
        Set<String> hitStems = new LinkedHashSet<>();
        Set<String> questionHits = new LinkedHashSet<>();
        Set<String> own = new LinkedHashSet<>();
        Set<String> content = new LinkedHashSet<>();
        String situation = "";
        String task = "";
        String action = "";
        String result = "";
        int reasoning = 0;
        for (int i = 0; i < sentences.size(); i++) {
            String s = sentences.get(i);
            String a = analysed.get(i);
            Set<String> ownHere = terms.own(a, topicStems);
            content.addAll(terms.own(a, Set.of()));
            own.addAll(ownHere);
            reasoning += StoryParts.count(StoryParts.REASONING, a);
            if (situation.isEmpty() && StoryParts.SITUATION.matcher(a).find()) {
                situation = s;
            }
            if (task.isEmpty() && StoryParts.TASK.matcher(a).find()) {
                task = s;
            }
            if (action.isEmpty() && StoryParts.ACTION.matcher(a).find()) {
                action = s;
            }
            if (StoryParts.RESULT.matcher(a).find() && (!s.equals(action) || result.isEmpty())) {
                result = s;
            }
            boolean hit = false;
            for (String stem : TopicTerms.keys(Words.stems(a))) {
                if (terms.onTopic(stem)) {
                    hitStems.add(stem);
                    hit = true;
                } else if (topicStems.contains(stem)) {
                    questionHits.add(stem);
                }
            }
            // A sentence made only of the question's terms and stock phrases shows nothing, however it is phrased.
            boolean grounded = ownHere.size() >= GROUNDED;
            if (!grounded) {
                if (hit) {
                    onTopic.add(s);
                }
                continue;
            }
            if (StoryParts.FIGURE.matcher(a).find()) {
                figures.add(s);
            }
            var found = vocabulary.find(a).stream().filter(m -> !m.skill().soft()).toList();
            if (!found.isEmpty()) {
                toolSentences.add(s);
                found.forEach(m -> tools.add(m.skill().name()));
            }
            // A named skill of the topic's own field is on topic even in other words ("cannula" for IV therapy).
            for (SkillMatch m : found) {
                if (domains.contains(TopicTerms.field(m.skill().domain()))) {
                    hitStems.add("skill:" + m.skill().name());
                    hit = true;
                }
            }
            if (hit) {
                onTopic.add(s);
            }
        }
        // A story usually opens on its scene: a first sentence in the past, before the actions, is the situation.
        for (int i = 0; situation.isEmpty() && !action.isEmpty() && i < sentences.indexOf(action); i++) {
            if (SCENE.matcher(analysed.get(i)).find()) {
                situation = sentences.get(i);
            }
        }
        int words = PersonalDetails.words(work);
        // The topic's own terms carry relevance; the question's wording (much of it the same for every topic) adds
        // a little, so an answer that echoes "what steps would you take" but never touches the topic stays off topic.
        double relevance = topicOnly.isEmpty() ? 0 : Math.min(1.0, (hitStems.size()
                + (hitStems.isEmpty() ? 0 : 0.5 * Math.min(2, questionHits.size()))) / Math.min(6.0, topicOnly.size()));
        return new Reading(counted, List.copyOf(sentences), words, figures, List.copyOf(tools), toolSentences, onTopic,
                relevance, hitStems.size(), own.size(), content.size(), wordList(work), situation, task, action, result,
                PLAN.matcher(work).find(),
                StoryParts.count(StoryParts.STEPS, work), reasoning, StoryParts.count(StoryParts.FILLER, work),
                StoryParts.count(StoryParts.HEDGE, work), injected);
    }

    /** A list of terms rather than sentences: almost none of the small words that join a sentence together. */
    private static boolean wordList(String text) {
        List<String> tokens = Words.tokens(text);
        if (tokens.size() < 4) {
            return false;
        }
        long joining = tokens.stream().filter(Words::isStop).count();
        return joining < tokens.size() * 0.15;
    }

    /**
     * The sentences of a text, split by the JDK's locale-aware {@link BreakIterator} so that "3 a.m." and
     * "C. difficile" do not end a sentence; line breaks always do.
     */
    static List<String> sentences(String text) {
        var out = new ArrayList<String>();
        for (String paragraph : text.split("\\R+")) {
            BreakIterator it = BreakIterator.getSentenceInstance(Locale.ENGLISH);
            it.setText(paragraph);
            int start = it.first();
            for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
                String sentence = paragraph.substring(start, end).strip();
                if (!sentence.isEmpty()) {
                    out.add(sentence);
                }
            }
        }
        return out;
    }

    /** Whether a sentence is plain enough to quote back to the candidate: no filler, no hedging. */
    static boolean quotable(String sentence) {
        return !StoryParts.FILLER.matcher(sentence).find() && !StoryParts.HEDGE.matcher(sentence).find();
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
