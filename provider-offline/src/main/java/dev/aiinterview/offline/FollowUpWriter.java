package dev.aiinterview.offline;

import dev.aiinterview.api.QuestionType;
import dev.aiinterview.api.Topic;
import dev.aiinterview.contract.AnswerEvaluation;
import java.util.Optional;

/**
 * Finds the weakest part of an answer and drafts one open question that probes it, in the topic's own words
 * and, where the answer made a claim, quoting it back.
 */
final class FollowUpWriter {

    /** What an answer left open, most important first. */
    enum Gap {
        NO_SITUATION("a concrete example", "a real situation the candidate was in, with enough detail to judge it", true),
        NO_ACTION("the candidate's own actions", "what the candidate personally did, as distinct from the team", true),
        NO_RESULT("the outcome", "the measurable result and how the candidate knew it worked", true),
        NO_SPECIFICS("specifics", "named tools, techniques or figures that show hands-on depth", false),
        NO_REASONING("the reasoning", "why this approach was chosen over the alternatives and what it risked", false),
        NO_PLAN("the order of steps", "a concrete, ordered plan and how progress would be checked", false),
        OFF_TOPIC("the topic itself", "direct experience with the topic the question was about", true);

        final String label;
        final String probes;
        /** Whether the answer cannot be judged without it, so it is asked about even after a strong answer. */
        final boolean essential;

        Gap(String label, String probes, boolean essential) {
            this.label = label;
            this.probes = probes;
            this.essential = essential;
        }
    }

    private final SkillVocabulary vocabulary;

    FollowUpWriter(SkillVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** The most important thing the answer left open, if anything. */
    static Optional<Gap> weakest(AnswerAnalyzer.Reading r, QuestionType type) {
        if (r.empty()) {
            return Optional.empty();
        }
        if (r.relevance() < 0.15) {
            return Optional.of(Gap.OFF_TOPIC);
        }
        if (type == QuestionType.BEHAVIORAL) {
            if (r.situation().isEmpty() && r.figures().isEmpty()) {
                return Optional.of(Gap.NO_SITUATION);
            }
            if (r.action().isEmpty()) {
                return Optional.of(Gap.NO_ACTION);
            }
            if (r.result().isEmpty()) {
                return Optional.of(Gap.NO_RESULT);
            }
        }
        if (type == QuestionType.SITUATIONAL && r.steps() < 2) {
            return Optional.of(Gap.NO_PLAN);
        }
        if (r.figures().isEmpty() && r.tools().isEmpty()) {
            return Optional.of(Gap.NO_SPECIFICS);
        }
        if (r.reasoning() == 0) {
            return Optional.of(Gap.NO_REASONING);
        }
        if (r.figures().isEmpty()) {
            return Optional.of(type == QuestionType.BEHAVIORAL ? Gap.NO_RESULT : Gap.NO_SPECIFICS);
        }
        return Optional.empty();
    }

    /** A follow-up decision that asks about the gap. */
    AnswerEvaluation.FollowUpDecision write(Gap gap, Topic topic, String askedBefore, AnswerAnalyzer.Reading r) {
        String question = question(gap, topic, r);
        if (Quotes.normalize(question).equals(Quotes.normalize(askedBefore == null ? "" : askedBefore))) {
            question = "What is one detail about " + skill(topic) + " that you have not mentioned yet, and why does it matter?";
        }
        return new AnswerEvaluation.FollowUpDecision(true, Phrases.capitalize(gap.label) + ": " + gap.probes, question);
    }

    String question(Gap gap, Topic topic, AnswerAnalyzer.Reading r) {
        String skill = skill(topic);
        String claim = claim(r);
        return switch (gap) {
            case NO_SITUATION -> "Tell me about one specific time you dealt with " + skill
                    + ": where were you, what was at stake and what happened?";
            case NO_ACTION -> claim.isEmpty()
                    ? "What did you personally do in that situation, step by step, as opposed to the wider team?"
                    : "You said \"" + claim + "\". What did you personally do there, step by step?";
            case NO_RESULT -> "What was the result of what you did, and how did you measure whether it worked?";
            case NO_SPECIFICS -> "Which specific tools, methods or figures would show how you handled " + skill
                    + " in that case?";
            case NO_REASONING -> claim.isEmpty()
                    ? "Why did you choose that approach to " + skill + ", and what alternatives did you consider?"
                    : "You said \"" + claim + "\". Why that approach, and what alternatives did you weigh?";
            case NO_PLAN -> "What would you do first in that situation, what next, and how would you know it was working?";
            case OFF_TOPIC -> "How have you applied " + skill + " in your own work, and what did you learn from it?";
        };
    }

    /**
     * A claim worth quoting back: the first clause of an on-topic sentence without filler or hedging, whole and
     * short, so the follow-up never quotes "um, I guess" or stops mid-phrase. Empty when there is none.
     */
    static String claim(AnswerAnalyzer.Reading r) {
        for (String sentence : r.onTopic()) {
            if (!AnswerAnalyzer.quotable(sentence)) {
                continue;
            }
            // Only a whole clause is quoted back: one longer than the limit would be cut mid-phrase.
            String clause = Phrases.clause(sentence, 40);
            int words = Words.count(clause);
            if (words >= 4 && words <= 16 && Quotes.occursIn(r.text(), clause)) {
                return clause;
            }
        }
        return "";
    }

    private String skill(Topic topic) {
        return Phrases.inSentence(topic.name(), vocabulary);
    }
}
