package dev.aiinterview.contract;

import java.util.List;

/** Every prompt contract the SDK uses. */
public final class Contracts {

    /** All contracts, in the order an interview uses them. */
    public static List<PromptContract<?, ?>> all() {
        return List.of(JdAnalysis.CONTRACT, QuestionPlan.CONTRACT, QuestionReview.CONTRACT,
                AnswerEvaluation.CONTRACT, FollowUpQuestion.CONTRACT, InterviewSummary.CONTRACT);
    }

    private Contracts() {
    }
}
