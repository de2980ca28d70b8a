package dev.aiinterview.cli;

import dev.aiinterview.api.InterviewReport;
import dev.aiinterview.api.QuestionResult;
import dev.aiinterview.api.Rating;
import dev.aiinterview.api.Turn;
import dev.aiinterview.api.RequirementAssessment;
import dev.aiinterview.core.report.ReportCounts;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Locale;

/** The few lines {@code interview run} prints when the report itself went to files. */
final class RunSummary {

    static String render(InterviewReport report, Path json, Path markdown) {
        var text = new StringBuilder();
        text.append("Interview report: ").append(report.roleTitle()).append(" (")
                .append(PlanText.words(report.seniority().name())).append(")\n");
        text.append(ReportCounts.of(report).describe()).append(". ");
        if (report.averageScore() == 0) {
            text.append("No answer could be evaluated.\n");
        } else {
            text.append(String.format(Locale.ROOT, "Average rating %.2f of 4 (%s).%n", report.averageScore(),
                    Rating.nearest(report.averageScore())));
        }

        fallbacks(report, text);

        text.append("\nRequirements:\n");
        int width = report.requirements().stream().mapToInt(r -> r.topic().length()).max().orElse(0);
        for (RequirementAssessment r : report.requirements()) {
            text.append(String.format(Locale.ROOT, "  %-" + width + "s  %-13s %s%n", r.topic(),
                    PlanText.words(r.importance().name()),
                    r.rating() == null ? (report.asked(r) ? "not assessed" : "not covered by this interview")
                            : String.format(Locale.ROOT, "%-9s (%.1f)", r.rating(), r.score())));
        }

        text.append('\n');
        if (json != null) {
            text.append("Report JSON: ").append(json).append('\n');
        }
        if (markdown != null) {
            text.append("Report Markdown: ").append(markdown).append('\n');
        }
        text.append("The report supports a human decision and makes none: read the answers before deciding.\n");
        return text.toString();
    }

    /** Which answers a fallback engine evaluated, and why: a recruiter must know which engine judged what. */
    private static void fallbacks(InterviewReport report, StringBuilder text) {
        var fellBack = new ArrayList<String>();
        String reason = null;
        int n = 1;
        for (QuestionResult q : report.questions()) {
            for (Turn t : q.turns()) {
                if (t.evaluation() != null && t.evaluation().engine().fallback()) {
                    fellBack.add(n + (t.followUpIndex() == 0 ? "" : "-f" + t.followUpIndex()));
                    reason = t.evaluation().engine().fallbackReason();
                }
            }
            n++;
        }
        if (!fellBack.isEmpty()) {
            text.append("Fallback: the answers to ").append(String.join(", ", fellBack))
                    .append(" were evaluated by the fallback engine (").append(reason).append(").\n");
        }
    }

    private RunSummary() {
    }
}
