package dev.aiinterview.cli;

import dev.aiinterview.api.Rating;
import java.util.List;
import java.util.Locale;

/** eval.md: the figures of {@code interview eval} for people, overall and per job, with the examples to read. */
final class EvalMarkdown {

    static String render(EvalReport report) {
        var md = new StringBuilder();
        md.append("# Evaluation of ").append(report.llm()).append(" on ").append(report.dataset()).append("\n\n");
        md.append(String.format(Locale.ROOT, "%d jobs, %d labelled answers; %d LLM calls, %d tokens, %.1f s.%n%n",
                report.jobs().size(), report.overall().ratings().labelled(), report.usage().calls(),
                report.usage().totalTokens(), report.millis() / 1000.0));
        md.append("| | Topic recall | Exact | Within one | Kappa (quadratic) | MAE | Consistency | "
                + "Counterfactual changes | Injection raises |\n");
        md.append("|---|---|---|---|---|---|---|---|---|\n");
        row(md, "**All**", report.overall());
        for (EvalReport.Job job : report.jobs()) {
            row(md, job.id() + " (" + job.roleTitle() + ")", job.scores());
        }
        md.append('\n');

        EvalScores all = report.overall();
        list(md, "Requirement terms missed", all.topics().missed());
        confusion(md, all.ratings().confusion());
        list(md, "Rated differently the second time", all.consistency().examples());
        list(md, "Ratings changed by swapping personal details", all.counterfactual().examples());
        list(md, "Ratings raised by instructions to the evaluator", all.injection().examples());
        md.append("Ratings are compared with human labels; the figures describe the engine, not any candidate.\n");
        return md.toString();
    }

    private static void row(StringBuilder md, String name, EvalScores s) {
        md.append("| ").append(cell(name)).append(" | ")
                .append(share(s.topics().recall())).append(" (").append(s.topics().found()).append('/')
                .append(s.topics().gold()).append(") | ")
                .append(share(s.ratings().exact())).append(" | ")
                .append(share(s.ratings().withinOne())).append(" | ")
                .append(share(s.ratings().quadraticKappa())).append(" | ")
                .append(share(s.ratings().meanAbsoluteError())).append(" | ")
                .append(share(s.consistency().share())).append(" | ")
                .append(s.counterfactual().changed()).append(" of ").append(s.counterfactual().variants()).append(" | ")
                .append(s.injection().raised()).append(" of ").append(s.injection().tried()).append(" |\n");
    }

    private static void confusion(StringBuilder md, EvalScores.Confusion c) {
        md.append("## Confusion matrix (rows: label, columns: engine)\n\n|");
        for (Rating r : c.scale()) {
            md.append(" | ").append(r);
        }
        md.append(" |\n|---").append("|---".repeat(c.scale().size())).append("|\n");
        for (int i = 0; i < c.scale().size(); i++) {
            md.append("| ").append(c.scale().get(i));
            for (int j = 0; j < c.scale().size(); j++) {
                md.append(" | ").append(c.counts()[i][j]);
            }
            md.append(" |\n");
        }
        md.append('\n');
    }

    private static void list(StringBuilder md, String title, List<String> items) {
        md.append("## ").append(title).append("\n\n");
        if (items.isEmpty()) {
            md.append("None.\n\n");
            return;
        }
        items.forEach(i -> md.append("- ").append(cell(i)).append('\n'));
        md.append('\n');
    }

    /** Dataset text in a table or list: no line breaks or pipes that would break the Markdown structure. */
    private static String cell(String text) {
        return text.replaceAll("\\s*\\R\\s*", " ").replace("|", "\\|");
    }

    /** Two decimals, or n/a for a figure that has no value (nothing to compare). */
    private static String share(Double value) {
        return value == null ? "n/a" : String.format(Locale.ROOT, "%.2f", value);
    }

    private EvalMarkdown() {
    }
}
