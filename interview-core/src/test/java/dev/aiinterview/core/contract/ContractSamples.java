package dev.aiinterview.core.contract;

import dev.aiinterview.contract.*;
import dev.aiinterview.core.llm.ContractRunner;
import dev.aiinterview.core.llm.ContractResult;
import dev.aiinterview.api.Importance;
import dev.aiinterview.api.Question;
import dev.aiinterview.api.QuestionType;
import dev.aiinterview.api.Rating;
import dev.aiinterview.api.Seniority;
import dev.aiinterview.api.Topic;
import dev.aiinterview.api.TopicKind;
import dev.aiinterview.core.Fixtures;
import java.util.List;
import java.util.Map;

/** One sample input per contract, for golden request tests. */
final class ContractSamples {

    static final Topic TOPIC = new Topic("t1", "PostgreSQL tuning", TopicKind.SKILL, Importance.ESSENTIAL, true,
            "Payments depend on fast queries.", List.of("Experience with PostgreSQL performance tuning"),
            List.of("postgresql", "index", "query plan"));
    static final Question QUESTION = new Question("q1", QuestionType.BEHAVIORAL, "t1",
            "Tell me about a time you made a slow PostgreSQL query fast.", "A measured before/after and the method.");
    static final String ANSWER = "I added a covering index and cut the query from 2 s to 40 ms.";

    static Map<PromptContract<?, ?>, Object> inputs() {
        return Map.of(
                JdAnalysis.CONTRACT, new JdAnalysis.Input(Fixtures.JD, 5, 7),
                QuestionPlan.CONTRACT, new QuestionPlan.Input("Senior Backend Engineer", Seniority.SENIOR,
                        List.of(TOPIC), 1),
                QuestionReview.CONTRACT, new QuestionReview.Input("Senior Backend Engineer", List.of(QUESTION)),
                AnswerEvaluation.CONTRACT, new AnswerEvaluation.Input("Senior Backend Engineer", Seniority.SENIOR,
                        TOPIC, QUESTION, QUESTION.text(), 0, List.of(), ANSWER, true),
                FollowUpQuestion.CONTRACT, new FollowUpQuestion.Input("Senior Backend Engineer", TOPIC, QUESTION,
                        List.of(new Exchange(QUESTION.text(), ANSWER))),
                InterviewSummary.CONTRACT, new InterviewSummary.Input("Senior Backend Engineer", Seniority.SENIOR,
                        List.of(TOPIC), List.of(new InterviewSummary.Item("q1", "t1", QuestionType.BEHAVIORAL,
                                QUESTION.text(), 0, Rating.GOOD, List.of("Measured result"), List.of("No rollback plan"),
                                List.of("cut the query from 2 s to 40 ms"))), 0));
    }

    private ContractSamples() {
    }
}
