package dev.aiinterview.offline;

import dev.aiinterview.api.QuestionType;
import dev.aiinterview.api.Rating;
import dev.aiinterview.api.Seniority;
import dev.aiinterview.contract.AnswerEvaluation;
import java.util.ArrayList;
import java.util.List;

/**
 * Serves {@code answer-evaluation} from transcript evidence. Clarity comes from length, filler and structure;
 * relevance from how many of the topic's and question's terms the answer uses; the skill score from specificity
 * (figures, named tools, reasoning) and, for behavioral questions, STAR coverage. The rating follows the mean of
 * the three scores. Sentences addressed to the evaluator are disregarded and reported as a weakness.
 */
final class AnswerEvaluationHandler {

    private final AnswerAnalyzer analyzer;
    private final FollowUpWriter followUps;

    AnswerEvaluationHandler(AnswerAnalyzer analyzer, SkillVocabulary vocabulary) {
        this.analyzer = analyzer;
        this.followUps = new FollowUpWriter(vocabulary);
    }

    AnswerEvaluation.Output handle(AnswerEvaluation.Input in) {
        QuestionType type = in.question().type();
        var r = analyzer.read(in.transcript(), in.topic(), in.question());
        int clarity = clarity(r);
        int relevance = relevance(r);
        int skill = skill(r, type, in.seniority());
        if (r.empty()) {
            clarity = relevance = skill = 1;
        }
        double mean = (clarity + relevance + skill) / 3.0;
        Rating rating = Rating.nearest(1 + (mean - 1) * 3 / 4);

        List<String> evidence = evidence(r);
        var strengths = new ArrayList<String>();
        var weaknesses = new ArrayList<String>();
        describe(r, type, evidence, strengths, weaknesses);

        AnswerEvaluation.Star star = type == QuestionType.BEHAVIORAL
                ? new AnswerEvaluation.Star(q(r.situation()), q(r.task()), q(r.action()), q(r.result()))
                : new AnswerEvaluation.Star("", "", "", "");
        var gap = FollowUpWriter.weakest(r, type);
        // A story with a missing part is worth a follow-up whatever its rating; other gaps only below Excellent.
        boolean needed = in.followUpAllowed() && !r.empty() && gap.isPresent()
                && (rating.points() <= Rating.GOOD.points() || gap.get().essential);
        AnswerEvaluation.FollowUpDecision followUp = needed
                ? followUps.write(gap.get(), in.topic(), in.prompt(), r)
                : new AnswerEvaluation.FollowUpDecision(false, "", "");
        String rationale = rationale(rating, clarity, relevance, skill, r, type);
        return new AnswerEvaluation.Output(evidence, strengths, weaknesses, star, clarity, relevance, skill, rationale,
                rating, followUp);
    }

    static int clarity(AnswerAnalyzer.Reading r) {
        int score;
        if (r.words() < 15) {
            score = 1;
        } else if (r.words() < 40) {
            score = 2;
        } else if (r.words() < 80) {
            score = 3;
        } else {
            score = 4;
        }
        if (r.words() > 450) {
            score--;
        }
        if (r.steps() >= 2 || (r.starParts() >= 3)) {
            score++;
        }
        if (r.fillerRate() > 0.04) {
            score--;
        }
        if (r.fillerRate() > 0.08) {
            score--;
        }
        double wordsPerSentence = r.sentences().isEmpty() ? 0 : (double) r.words() / r.sentences().size();
        if (wordsPerSentence > 45) {
            score--;
        }
        return clamp(score);
    }

    static int relevance(AnswerAnalyzer.Reading r) {
        double x = r.relevance();
        int score = x >= 0.66 ? 5 : x >= 0.45 ? 4 : x >= 0.25 ? 3 : x > 0.08 ? 2 : 1;
        if (r.words() < 15) {
            score = Math.min(score, 2);
        }
        return clamp(score);
    }

    static int skill(AnswerAnalyzer.Reading r, QuestionType type, Seniority seniority) {
        double points = 1;
        points += Math.min(1.5, r.figures().size() * 0.5);
        points += Math.min(1.0, r.tools().size() * 0.35);
        points += Math.min(1.0, r.reasoning() * 0.5);
        switch (type) {
            case BEHAVIORAL -> points += r.starParts() * 0.4 - (r.action().isEmpty() ? 0.5 : 0);
            case SITUATIONAL -> points += Math.min(1.0, r.steps() * 0.35);
            case TECHNICAL -> points += r.tools().isEmpty() ? -0.5 : 0.5;
        }
        points -= Math.min(1.5, r.hedges() * 0.5);
        if (r.words() < 30) {
            points -= 1;
        }
        if (seniority == Seniority.SENIOR || seniority == Seniority.LEAD || seniority == Seniority.PRINCIPAL) {
            // Senior roles are expected to show reasoning, not only activity.
            points -= r.reasoning() == 0 ? 0.5 : 0;
        }
        return clamp((int) Math.round(points));
    }

    /** Up to three short quotes: figures first, then named tools, then on-topic sentences. */
    private static List<String> evidence(AnswerAnalyzer.Reading r) {
        var candidates = new ArrayList<String>();
        r.figures().forEach(s -> candidates.add(q(s)));
        r.toolSentences().forEach(s -> candidates.add(q(s)));
        r.onTopic().forEach(s -> candidates.add(q(s)));
        if (!r.result().isEmpty()) {
            candidates.add(q(r.result()));
        }
        return Quotes.verified(r.text(), candidates, 3);
    }

    private static void describe(AnswerAnalyzer.Reading r, QuestionType type, List<String> evidence,
            List<String> strengths, List<String> weaknesses) {
        if (r.empty()) {
            weaknesses.add("The answer has no content that addresses the question.");
        }
        if (!r.figures().isEmpty()) {
            strengths.add("Gives concrete figures: \"" + q(r.figures().get(0)) + "\".");
        }
        if (!r.tools().isEmpty()) {
            strengths.add("Names the tools and techniques used (" + String.join(", ", r.tools().stream().limit(4).toList())
                    + ").");
        }
        if (r.reasoning() > 0) {
            strengths.add("Explains the reasons behind the choices made.");
        }
        if (r.relevance() >= 0.45) {
            strengths.add("Stays on the topic the question probes.");
        }
        if (type == QuestionType.BEHAVIORAL) {
            if (r.starParts() >= 3 && !r.action().isEmpty() && !r.result().isEmpty() && r.words() >= 60) {
                strengths.add("Tells a structured story: situation, actions and outcome are clear.");
            }
            if (!r.empty() && r.action().isEmpty()) {
                weaknesses.add("Does not say what the candidate personally did.");
            }
            if (!r.empty() && r.result().isEmpty()) {
                weaknesses.add("Does not say what the outcome was or how it was measured.");
            }
            if (!r.empty() && r.situation().isEmpty()) {
                weaknesses.add("Gives no concrete situation; the example stays general.");
            }
        }
        if (type == QuestionType.SITUATIONAL && r.steps() >= 2) {
            strengths.add("Sets out an ordered plan of steps.");
        }
        if (!r.empty() && r.figures().isEmpty()) {
            weaknesses.add("No figures, scale or measurable outcomes are given.");
        }
        if (type == QuestionType.TECHNICAL && !r.empty() && r.tools().isEmpty()) {
            weaknesses.add("Names no specific tools, techniques or concepts.");
        }
        if (!r.empty() && r.relevance() < 0.25) {
            weaknesses.add("Says little about the topic the question probes.");
        }
        if (r.words() > 0 && r.words() < 40) {
            weaknesses.add("Too short to show the skill in any depth.");
        }
        if (r.hedges() >= 2) {
            weaknesses.add("Hedges repeatedly (\"maybe\", \"I guess\") instead of committing to an approach.");
        }
        if (r.fillerRate() > 0.04) {
            weaknesses.add("Filler words make the answer hard to follow.");
        }
        if (r.addressedToEvaluator() > 0) {
            weaknesses.add("Contains text addressed to the evaluator rather than an answer; it was disregarded.");
        }
        if (strengths.isEmpty() && !evidence.isEmpty()) {
            strengths.add("Touches on the question: \"" + evidence.get(0) + "\".");
        }
    }

    private static String rationale(Rating rating, int clarity, int relevance, int skill, AnswerAnalyzer.Reading r,
            QuestionType type) {
        var s = new StringBuilder("Rated ").append(Phrases.capitalize(AnswerAnalyzer.lower(rating.name())))
                .append(" from clarity ").append(clarity).append("/5, relevance ").append(relevance)
                .append("/5 and skill ").append(skill).append("/5. ");
        s.append("The answer has ").append(r.words()).append(" words, ").append(r.figures().size())
                .append(r.figures().size() == 1 ? " sentence" : " sentences").append(" with figures and ")
                .append(r.tools().size()).append(r.tools().size() == 1 ? " named tool or technique" : " named tools or techniques");
        if (type == QuestionType.BEHAVIORAL) {
            s.append(", and covers ").append(r.starParts()).append(" of the 4 STAR parts");
        }
        s.append(". Scored by the offline rule-based engine on the answer's content only.");
        return s.toString();
    }

    private static String q(String sentence) {
        return sentence.isEmpty() ? "" : AnswerAnalyzer.quote(sentence, 25);
    }

    private static int clamp(int score) {
        return Math.max(1, Math.min(5, score));
    }
}
