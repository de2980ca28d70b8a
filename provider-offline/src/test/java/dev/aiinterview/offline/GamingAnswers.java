package dev.aiinterview.offline;

import dev.aiinterview.api.Question;
import dev.aiinterview.api.Topic;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Answers written to game a rule-based rater rather than to answer: built from the topic alone, so they can be
 * generated for any question of any plan.
 */
final class GamingAnswers {

    /** A named way of writing a gaming answer for a topic and question. */
    record Kind(String name, BiFunction<Topic, Question, String> writer) {
        String apply(Topic topic, Question question) {
            return writer.apply(topic, question);
        }
    }

    /** The topic's name and keywords as a bare list, with no sentence at all. */
    static String keywordList(Topic topic, Question question) {
        return String.join(", ", terms(topic)) + ".";
    }

    /** A content-free template: the topic's keywords, invented figures and "because", saying nothing concrete. */
    static String template(Topic topic, Question question) {
        List<String> t = terms(topic);
        return "In my previous role I was responsible for " + t.get(0) + " and I used " + at(t, 1) + " and "
                + at(t, 2) + " every day. I improved " + at(t, 1) + " by 40 percent because " + at(t, 3)
                + " is important. I implemented " + at(t, 2) + " best practices because quality matters, and I "
                + "increased efficiency by 35 percent. I also optimized " + at(t, 4) + " because it drives results, "
                + "which reduced costs by 25 percent. As a result, " + t.get(0) + " improved by 50 percent and the "
                + "team achieved 100 percent success.";
    }

    /** A well-told story with figures and a clear outcome, about something else entirely (a pastry shop). */
    static String offTopicStory(Topic topic, Question question) {
        return "At my previous job in a small pastry shop last spring, our croissants kept selling out by 9 a.m. "
                + "while the cakes went stale. I was responsible for the morning bake, so my task was to match the "
                + "ovens to what customers bought. I counted sales by the hour for three weeks, then I moved the "
                + "croissant batches to 5 a.m. and cut the cake orders in half. I also trained two new bakers on the "
                + "laminated dough. As a result, we sold 40 percent more croissants and waste dropped from 30 trays "
                + "a week to 6.";
    }

    static final List<Kind> KINDS = List.of(new Kind("keyword list", GamingAnswers::keywordList),
            new Kind("template", GamingAnswers::template), new Kind("off-topic story", GamingAnswers::offTopicStory));

    private static List<String> terms(Topic topic) {
        var out = new ArrayList<String>();
        out.add(topic.name());
        topic.keywords().stream().filter(k -> !k.equalsIgnoreCase(topic.name())).forEach(out::add);
        return out;
    }

    private static String at(List<String> terms, int i) {
        return terms.get(i % terms.size());
    }

    private GamingAnswers() {
    }
}
