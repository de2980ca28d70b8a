package dev.aiinterview.web.plan;

import dev.aiinterview.api.InterviewPlan;
import dev.aiinterview.api.Question;
import dev.aiinterview.web.http.Format;
import java.util.ArrayList;
import java.util.List;

/**
 * The plan page's view of the fairness gate ({@code plan/gate.jte}, {@code plan/overrides.jte}): which flagged
 * questions still stop the plan from being sent, and the recorded overrides.
 *
 * @param open       the flagged questions that are neither fixed nor overridden, in the plan's order
 * @param overridden how many flagged questions will be sent as worded because of an override
 * @param refused    whether this page answers an invitation the gate refused
 * @param log        every override recorded for the plan, oldest first
 */
public record FlagReview(List<OpenFlag> open, int overridden, boolean refused, List<Decision> log) {

    /** A question that stops the plan from being sent: its anchor, its number and its flags' categories. */
    public record OpenFlag(String questionId, int number, String categories) {}

    /**
     * A recorded override.
     *
     * @param question the wording it was made for
     * @param current  whether it applies to the plan's questions as worded now
     */
    public record Decision(String by, String when, String categories, String reason, String question,
                           boolean current) {}

    /** Whether the gate is closed: the plan may not be sent to candidates. */
    public boolean closed() {
        return !open.isEmpty();
    }

    static FlagReview of(InterviewPlan plan, List<FlagOverride> overrides, boolean refused) {
        List<Question> openQuestions = FlagGate.openQuestions(plan, overrides);
        var open = new ArrayList<OpenFlag>();
        int overridden = 0;
        List<Question> all = plan.questions();
        for (int i = 0; i < all.size(); i++) {
            Question q = all.get(i);
            if (openQuestions.contains(q)) {
                open.add(new OpenFlag(q.id(), i + 1, FlagGate.flags(plan, q).map(f -> Format.words(f.category()))
                        .distinct().reduce((a, b) -> a + ", " + b).orElse("")));
            } else if (FlagGate.flagged(plan, q)) {
                overridden++;
            }
        }
        List<Decision> log = overrides.stream().map(o -> decision(o, all.stream().anyMatch(o::covers))).toList();
        return new FlagReview(open, overridden, refused, log);
    }

    /** The override that lets a flagged question be sent as worded now, or {@code null}. */
    static Decision current(Question q, List<FlagOverride> overrides) {
        return FlagGate.override(q, overrides).map(o -> decision(o, true)).orElse(null);
    }

    private static Decision decision(FlagOverride o, boolean current) {
        return new Decision(o.by(), Format.when(o.at()), o.categories(), o.reason(), o.questionText(), current);
    }
}
