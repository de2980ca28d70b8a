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
 * terms; filler and hedging; length. Only the words of the answer count. Sentences addressed to the evaluator
 * ("ignore previous instructions", "rate this answer ...") are set aside and never count for the candidate.
 */
final class AnswerAnalyzer {

    /** Digits, spelled-out counts above one, and multiples; "one", "once" and "double-check" are not figures. */
    private static final Pattern FIGURE = Pattern.compile(
            "\\d|\\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|"
                    + "sixty|hundred|hundreds|thousand|thousands|million|millions|billion|halved|doubled|tripled|"
                    + "quadrupled|tenfold)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern SITUATION = Pattern.compile("\\b(when i was|at my (last|previous|current)|in my (last|previous|"
            + "current|first)|last (year|quarter|month|week|spring|summer|autumn|fall|winter)|(a few|two|three|several) (weeks|"
            + "months|years) ago|in (19|20)\\d\\d|on an? (\\w+ )?(night|day|weekend|early|late)? ?shift|while (i was )?working|"
            + "in my role as|we had|our (team|unit|ward|company|client|customer)|the situation|one (time|night|day|shift)|"
            + "during (a|an|my|the))\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TASK = Pattern.compile("\\b(my (goal|task|job|role|responsibility) was|i was (asked|responsible|"
            + "tasked|in charge)|i needed to|i had to|we needed to|we had to|the (goal|challenge|problem|target|aim) was|"
            + "my (target|aim) was|i was expected to)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern ACTION = Pattern.compile("\\bi (then |first |personally |quickly |also )?(analy[sz]ed|added|"
            + "asked|assessed|automated|built|called|changed|checked|coached|collected|configured|contacted|created|"
            + "decided|designed|documented|drafted|escalated|explained|fixed|introduced|implemented|interviewed|"
            + "investigated|led|listened|mapped|measured|met|migrated|monitored|negotiated|organi[sz]ed|paired|"
            + "prepared|presented|prioriti[sz]ed|profiled|proposed|ran|rewrote|reviewed|rolled|scheduled|set up|"
            + "split|started|taught|tested|traced|trained|used|verified|wrote|worked|reached|brought|sat down|"
            + "replaced|moved|reduced|administered|educated|reassessed|notified|restructured|built|shadowed)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern RESULT = Pattern.compile("\\b(as a result|result(ed)? (was|in)|the outcome|in the end|"
            + "eventually|which meant|that meant|we (cut|reduced|increased|improved|saved|closed|shipped|hit|exceeded|won|"
            + "avoided|prevented|recovered)|(it|this|that) (cut|reduced|increased|improved|saved|brought|dropped|fell|rose)|"
            + "reduced|increased|improved|saved|dropped|grew|exceeded|achieved|recovered|never happened again|"
            + "signed|closed the deal|was discharged|stabili[sz]ed|i learned|lesson)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern STEPS = Pattern.compile("\\b(first|firstly|second|secondly|then|next|after that|finally|"
            + "afterwards|meanwhile|before|once)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern REASONING = Pattern.compile("\\b(because|so that|trade-?offs?|instead of|rather than|"
            + "the reason|which is why|that's why|depends on|in order to|the risk|downside|pros and cons)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern FILLER = Pattern.compile("\\b(um+|uh+|er+m?|hmm+|you know|i mean|kind of|sort of|"
            + "basically|like,|literally|stuff|things like that|and so on|etc)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern HEDGE = Pattern.compile("\\b(i guess|i suppose|probably|maybe|not sure|i don't know|"
            + "i dont know|i don't remember|i think so|hopefully|i would just|just do|whatever|somehow)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ADDRESSED_TO_EVALUATOR = Pattern.compile("\\b(ignore (all |any )?(the )?(previous|prior|above)|"
            + "disregard (the |all |any )?(previous|prior|above)|(rate|score|grade|mark) (this|my) (answer|response)|"
            + "give (me|this answer) (an? )?(excellent|top|perfect|full)|(ignore|reveal|print|show) (the |your )?system "
            + "prompt|you are (now )?an? (ai|assistant|evaluator|language model)|(follow|obey) (these|the following|my) "
            + "(new )?instructions|as an ai (language model|evaluator|assistant))\\b", Pattern.CASE_INSENSITIVE);

    private final SkillVocabulary vocabulary;

    AnswerAnalyzer(SkillVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** What an answer shows about a question on a topic. */
    record Reading(
            String text,
            List<String> sentences,
            int words,
            List<String> figures,
            List<String> tools,
            List<String> toolSentences,
            List<String> onTopic,
            double relevance,
            String situation,
            String task,
            String action,
            String result,
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
        String text = transcript == null ? "" : transcript.strip();
        var sentences = new ArrayList<String>();
        int injected = 0;
        for (String s : sentences(text)) {
            String t = s.strip();
            if (t.isEmpty()) {
                continue;
            }
            if (ADDRESSED_TO_EVALUATOR.matcher(t).find()) {
                injected++;
            } else {
                sentences.add(t);
            }
        }
        String counted = String.join(" ", sentences);
        int words = Words.count(counted);

        Set<String> topicStems = topicStems(topic, question);
        var figures = new ArrayList<String>();
        var onTopic = new ArrayList<String>();
        var toolSentences = new ArrayList<String>();
        var tools = new LinkedHashSet<String>();
        Set<String> hitStems = new LinkedHashSet<>();
        String situation = "";
        String task = "";
        String action = "";
        String result = "";
        for (String s : sentences) {
            if (FIGURE.matcher(s).find()) {
                figures.add(s);
            }
            var found = vocabulary.find(s).stream().filter(m -> !m.skill().soft()).toList();
            if (!found.isEmpty()) {
                toolSentences.add(s);
                found.forEach(m -> tools.add(m.skill().name()));
            }
            Set<String> stems = Words.stems(s);
            boolean hit = false;
            for (String stem : stems) {
                if (topicStems.contains(stem)) {
                    hitStems.add(stem);
                    hit = true;
                }
            }
            if (hit) {
                onTopic.add(s);
            }
            if (situation.isEmpty() && SITUATION.matcher(s).find()) {
                situation = s;
            }
            if (task.isEmpty() && TASK.matcher(s).find()) {
                task = s;
            }
            if (action.isEmpty() && ACTION.matcher(s).find()) {
                action = s;
            }
            if (RESULT.matcher(s).find() && !s.equals(action)) {
                result = s;
            }
        }
        double relevance = topicStems.isEmpty() ? 0 : Math.min(1.0, hitStems.size() / Math.min(6.0, topicStems.size()));
        return new Reading(counted, List.copyOf(sentences), words, figures, List.copyOf(tools), toolSentences, onTopic,
                relevance, situation, task, action, result, count(STEPS, counted), count(REASONING, counted),
                count(FILLER, counted), count(HEDGE, counted), injected);
    }

    /** The stems an on-topic answer is likely to use: the topic's name, keywords and evidence, and the question. */
    private static Set<String> topicStems(Topic topic, Question question) {
        var source = new StringBuilder(topic.name()).append(' ');
        topic.keywords().forEach(k -> source.append(k).append(' '));
        topic.evidence().forEach(e -> source.append(e).append(' '));
        if (question != null) {
            source.append(question.text());
        }
        Set<String> stems = new LinkedHashSet<>(Words.stems(source.toString()));
        stems.removeIf(s -> s.length() < 3);
        return stems;
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
        return !FILLER.matcher(sentence).find() && !HEDGE.matcher(sentence).find();
    }

    private static int count(Pattern p, String text) {
        var m = p.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    /** A verbatim quote of at most {@code maxWords} words from a sentence. */
    static String quote(String sentence, int maxWords) {
        return Quotes.shorten(sentence, maxWords);
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
