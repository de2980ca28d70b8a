package dev.aiinterview.offline;

import dev.aiinterview.api.QuestionType;
import dev.aiinterview.api.Rating;
import dev.aiinterview.api.Seniority;

/**
 * The three criterion scores and the rating. Clarity and skill read the answer alone, so the same answer scores
 * the same on them whatever it is given to; only relevance depends on the question (its topic and what kind of
 * answer it asks for). An answer that does not address the topic, or says nothing beyond the question's own terms
 * and stock phrases, cannot show the skill however fluent it is.
 */
record AnswerScores(int clarity, int relevance, int skill, Rating rating) {

    /**
     * An answer with fewer distinct words of its own than this, or fewer than one in this many of its words, is a
     * template or a list of the question's terms: it says nothing the question did not.
     */
    static final int MIN_OWN_WORDS = 8;
    static final int WORDS_PER_OWN_WORD = 10;

    static AnswerScores of(AnswerAnalyzer.Reading r, QuestionType type, Seniority seniority) {
        if (r.empty()) {
            return new AnswerScores(1, 1, 1, Rating.POOR);
        }
        int clarity = clarity(r);
        int relevance = relevance(r, type);
        // An answer that barely touches the topic cannot show the skill it probes, however well it is told.
        int skill = Math.min(substance(r, seniority), relevance <= 2 ? relevance : relevance + 1);
        // What the answer shows of the skill weighs most; fluency and keeping to the topic cannot make up for it.
        double weighted = 0.15 * clarity + 0.6 * skill + 0.25 * relevance;
        Rating rating = Rating.nearest(1 + (weighted - 1) * 3 / 4);
        if (relevance <= 1 || contentFree(r)) {
            rating = Rating.POOR;
        } else if (relevance <= 3 && rating.points() > relevance) {
            // Only an answer that keeps to the topic can be Excellent; one that barely touches it is at most Fair.
            rating = Rating.values()[relevance - 1];
        }
        return new AnswerScores(clarity, relevance, skill, rating);
    }

    static boolean contentFree(AnswerAnalyzer.Reading r) {
        return r.wordList() || r.ownWords() < MIN_OWN_WORDS || r.ownWords() * WORDS_PER_OWN_WORD < r.words();
    }

    static int clarity(AnswerAnalyzer.Reading r) {
        if (r.wordList()) {
            return 1;
        }
        int score = r.words() < 15 ? 1 : r.words() < 40 ? 2 : r.words() < 80 ? 3 : 4;
        if (r.words() > 450) {
            score--;
        }
        if (r.steps() >= 2 || r.starParts() >= 3) {
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

    /** How closely the answer keeps to the topic, and whether it is the kind of answer the question asks for. */
    static int relevance(AnswerAnalyzer.Reading r, QuestionType type) {
        double x = r.relevance();
        int score = x >= 0.5 ? 5 : x >= 0.34 ? 4 : x >= 0.2 ? 3 : x > 0.08 ? 2 : 1;
        // One passing word of the topic is not an answer about it: each level needs another distinct term.
        score = Math.min(score, 1 + r.topicHits());
        boolean fits = switch (type) {
            case BEHAVIORAL -> !r.action().isEmpty() && (!r.situation().isEmpty() || !r.result().isEmpty());
            case SITUATIONAL -> r.plan() || r.steps() >= 2 || !r.action().isEmpty();
            case TECHNICAL -> !r.tools().isEmpty() || r.reasoning() > 0 || r.steps() >= 2;
        };
        if (!fits && score > 1) {
            score--;
        }
        if (contentFree(r)) {
            score = Math.min(score, 2);
        }
        if (r.words() < 15) {
            score = Math.min(score, 2);
        }
        return clamp(score);
    }

    /** What the answer shows of the work, from the answer alone: specifics, ownership, outcome and reasoning. */
    static int substance(AnswerAnalyzer.Reading r, Seniority seniority) {
        if (contentFree(r)) {
            return r.wordList() ? 1 : Math.min(2, r.ownWords() / 4 + 1);
        }
        double points = 1;
        points += Math.min(1.0, r.figures().size() * 0.5);
        points += Math.min(1.0, r.tools().size() * 0.35);
        points += Math.min(1.0, r.reasoning() * 0.5);
        points += !r.action().isEmpty() || r.plan() ? 0.5 : 0;
        points += !r.result().isEmpty() ? 0.5 : 0;
        points += !r.situation().isEmpty() || r.steps() >= 2 ? 0.5 : 0;
        points += r.contentWords() >= 30 ? 1 : r.contentWords() >= 18 ? 0.5 : 0;
        points -= Math.min(1.5, r.hedges() * 0.5);
        if (r.words() < 15) {
            points -= 1.5;
        } else if (r.words() < 30) {
            points -= 0.5;
        }
        if (seniority == Seniority.SENIOR || seniority == Seniority.LEAD || seniority == Seniority.PRINCIPAL) {
            // Senior roles are expected to show reasoning, not only activity.
            points -= r.reasoning() == 0 ? 0.5 : 0;
        }
        return clamp((int) Math.round(points));
    }

    private static int clamp(int score) {
        return Math.max(1, Math.min(5, score));
    }
}
