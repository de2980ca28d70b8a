package dev.aiinterview.cli;

import dev.aiinterview.api.InterviewPlan;
import dev.aiinterview.api.JobProfile;
import dev.aiinterview.api.Question;
import dev.aiinterview.api.QuestionFlag;
import dev.aiinterview.api.Topic;
import java.util.List;
import java.util.Locale;

/** A plan as plain text for the terminal: the role, its requirements, the questions, then the review flags. */
final class PlanText {

    static String render(InterviewPlan plan) {
        JobProfile profile = plan.profile();
        var text = new StringBuilder();
        text.append(profile.roleTitle()).append('\n');
        text.append("Seniority: ").append(words(profile.seniority().name()));
        if (profile.yearsOfExperience() != null) {
            text.append(", ").append(profile.yearsOfExperience()).append("+ years of experience");
        }
        text.append('\n');
        if (!profile.summary().isBlank()) {
            text.append(profile.summary().strip()).append('\n');
        }

        text.append("\nRequirements (").append(profile.topics().size()).append("):\n");
        int n = 1;
        for (Topic t : profile.topics()) {
            text.append(String.format(Locale.ROOT, "%3d. %s (%s, %s)%n", n++, t.name(), words(t.kind().name()),
                    words(t.importance().name())));
            if (!t.whyItMatters().isBlank()) {
                text.append("     Why: ").append(t.whyItMatters().strip()).append('\n');
            }
        }

        text.append("\nQuestions (").append(plan.questions().size()).append("):\n");
        n = 1;
        for (Question q : plan.questions()) {
            String topic = profile.topic(q.topicId()).map(Topic::name).orElse(q.topicId());
            text.append(String.format(Locale.ROOT, "%3d. [%s, %s] %s%n", n++, words(q.type().name()), topic,
                    q.text().strip()));
        }

        List<QuestionFlag> flags = plan.flags();
        if (flags.isEmpty()) {
            text.append("\nReview flags: none.\n");
        } else {
            text.append("\nReview flags (").append(flags.size()).append("): check these before using the plan.\n");
            for (QuestionFlag f : flags) {
                text.append("  - Question ").append(number(plan, f.questionId())).append(" (")
                        .append(words(f.category().name())).append("): ").append(f.reason().strip()).append('\n');
                if (!f.suggestedRewrite().isBlank()) {
                    text.append("    Suggested rewrite: ").append(f.suggestedRewrite().strip()).append('\n');
                }
            }
        }
        if (plan.engine() != null) {
            text.append("\nPlanned by ").append(plan.engine().provider())
                    .append(plan.engine().model() == null ? "" : " (" + plan.engine().model() + ")")
                    .append(" in ").append(plan.accounting().llmCalls()).append(" LLM call(s).\n");
        }
        return text.toString();
    }

    /** The 1-based position of a question, which is how the answers folder and the report number it. */
    private static String number(InterviewPlan plan, String questionId) {
        for (int i = 0; i < plan.questions().size(); i++) {
            if (plan.questions().get(i).id().equals(questionId)) {
                return String.valueOf(i + 1);
            }
        }
        return questionId;
    }

    /** NICE_TO_HAVE -> nice to have. */
    static String words(String enumName) {
        return enumName.toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private PlanText() {
    }
}
