package dev.aiinterview.offline;

import dev.aiinterview.api.QuestionType;
import dev.aiinterview.api.Rating;
import dev.aiinterview.contract.AnswerEvaluation;
import java.util.ArrayList;
import java.util.List;

/**
 * Serves {@code answer-evaluation} from transcript evidence. Clarity comes from length, filler and structure;
 * relevance from how many of the topic's and question's terms the answer uses; the skill score from specificity
 * (figures, named tools, reasoning, ownership, outcome) in the answer's own words; see {@link AnswerScores}. Evidence
 * is quoted as whole sentences. Sentences addressed to the evaluator are set aside and only noted.
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
        var r = analyzer.read(in.transcript(), in.topic(), in.question(), in.roleTitle());
        var scores = AnswerScores.of(r, type, in.seniority());
        Rating rating = scores.rating();

        List<String> evidence = AnswerScores.contentFree(r) ? List.of() : evidence(r);
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
        String rationale = rationale(scores, r, type);
        return new AnswerEvaluation.Output(evidence, strengths, weaknesses, star, scores.clarity(), scores.relevance(),
                scores.skill(), rationale, rating, followUp);
    }

    /** Up to three whole sentences: figures first, then named tools, then on-topic sentences and the outcome. */
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
        // Figures and names in an answer that says nothing of its own are claims, not strengths.
        boolean claimsOnly = AnswerScores.contentFree(r);
        if (!r.figures().isEmpty() && !claimsOnly) {
            strengths.add("Gives concrete figures: \"" + q(r.figures().get(0)) + "\".");
        }
        if (!r.tools().isEmpty() && !claimsOnly) {
            strengths.add("Names the tools and techniques used (" + String.join(", ", r.tools().stream().limit(4).toList())
                    + ").");
        }
        if (r.reasoning() > 0 && !claimsOnly) {
            strengths.add("Explains the reasons behind the choices made.");
        }
        if (r.relevance() >= 0.34 && !claimsOnly) {
            strengths.add("Stays on the topic the question probes.");
        }
        if (type == QuestionType.BEHAVIORAL && !claimsOnly) {
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
        if (!r.empty() && r.relevance() < 0.2) {
            weaknesses.add("Says little about the topic the question probes.");
        }
        if (!r.empty() && claimsOnly) {
            weaknesses.add(r.wordList()
                    ? "Lists terms instead of answering: there is no sentence about the work itself."
                    : "Says little beyond the question's own terms and stock phrases: no concrete detail of the work.");
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
            weaknesses.add("Contains text addressed to the evaluator rather than an answer; it was set aside and "
                    + "did not affect the rating.");
        }
        if (strengths.isEmpty() && !evidence.isEmpty()) {
            strengths.add("Touches on the question: \"" + evidence.get(0) + "\".");
        }
    }

    private static String rationale(AnswerScores scores, AnswerAnalyzer.Reading r, QuestionType type) {
        var s = new StringBuilder("Rated ").append(Phrases.capitalize(AnswerAnalyzer.lower(scores.rating().name())))
                .append(" from clarity ").append(scores.clarity()).append("/5, relevance ").append(scores.relevance())
                .append("/5 and skill ").append(scores.skill()).append("/5. ");
        s.append("The answer has ").append(r.words()).append(" words, ").append(r.figures().size())
                .append(r.figures().size() == 1 ? " sentence" : " sentences").append(" with figures and ")
                .append(r.tools().size()).append(r.tools().size() == 1 ? " named tool or technique" : " named tools or techniques");
        if (type == QuestionType.BEHAVIORAL) {
            s.append(", and covers ").append(r.starParts()).append(" of the 4 STAR parts");
        }
        s.append(". Scored by the offline rule-based engine on the answer's content only.");
        return s.toString();
    }

    /** A sentence quoted whole; only a very long one is cut, at a clause boundary. */
    private static String q(String sentence) {
        return sentence.isEmpty() ? "" : Quotes.sentence(sentence, 60);
    }
}
