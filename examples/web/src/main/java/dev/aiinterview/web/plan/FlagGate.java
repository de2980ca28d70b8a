package dev.aiinterview.web.plan;

import dev.aiinterview.api.InterviewPlan;
import dev.aiinterview.api.Question;
import dev.aiinterview.api.QuestionFlag;
import java.util.List;
import java.util.Optional;

/**
 * Whether a plan may be sent to candidates: not while a question the fairness review flagged is neither fixed
 * (edited until the review passes it, or deleted) nor overridden with a recorded reason for its current wording.
 */
public final class FlagGate {

    /** The questions whose flags are open, in the plan's order; empty when the plan may be sent. */
    public static List<Question> openQuestions(InterviewPlan plan, List<FlagOverride> overrides) {
        return plan.questions().stream()
                .filter(q -> flagged(plan, q) && override(q, overrides).isEmpty())
                .toList();
    }

    /** The latest override that applies to the question as worded now. */
    public static Optional<FlagOverride> override(Question q, List<FlagOverride> overrides) {
        FlagOverride latest = null;
        for (FlagOverride o : overrides) {
            if (o.covers(q)) {
                latest = o;
            }
        }
        return Optional.ofNullable(latest);
    }

    /** Whether the fairness review flagged the question as worded now. */
    public static boolean flagged(InterviewPlan plan, Question q) {
        return flags(plan, q).findAny().isPresent();
    }

    /** The review's flags on a question. */
    public static java.util.stream.Stream<QuestionFlag> flags(InterviewPlan plan, Question q) {
        return plan.flags().stream().filter(f -> f.questionId().equals(q.id()));
    }

    private FlagGate() {
    }
}
