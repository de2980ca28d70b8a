package dev.aiinterview.core.report;

import dev.aiinterview.api.Accounting;
import dev.aiinterview.api.AnswerMode;
import dev.aiinterview.api.Evaluation;
import dev.aiinterview.api.InterviewReport;
import dev.aiinterview.api.QuestionResult;
import dev.aiinterview.api.RequirementAssessment;
import dev.aiinterview.api.StarAssessment;
import dev.aiinterview.api.Transcript;
import dev.aiinterview.api.TranscriptWord;
import dev.aiinterview.api.Turn;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;
import org.apiguardian.api.API;

/**
 * Renders a report as Markdown for a recruiter: summary first, then requirements, then every question with its
 * transcript, rating and quoted evidence. Words the speech-to-text engine was unsure of are marked for checking.
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public final class MarkdownReport {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final double lowConfidence;

    /** @param lowConfidence words with STT confidence below this are marked */
    public MarkdownReport(double lowConfidence) {
        this.lowConfidence = lowConfidence;
    }

    public String render(InterviewReport r) {
        var md = new StringBuilder();
        md.append("# Interview report: ").append(r.roleTitle()).append("\n\n");
        md.append("> ").append(r.disclaimer()).append("\n\n");
        md.append("| | |\n|---|---|\n");
        md.append("| Seniority | ").append(title(r.seniority().name())).append(" |\n");
        md.append("| Generated | ").append(WHEN.format(r.generatedAt())).append(" |\n");
        md.append("| Answers | ").append(ReportCounts.of(r).describe()).append(" |\n");
        md.append("| Average rating | ").append(r.averageScore() == 0 ? "n/a"
                : String.format(Locale.ROOT, "%.2f of 4", r.averageScore())).append(" |\n");
        md.append("| Engines | LLM: ").append(String.join(", ", r.engines().llm()))
                .append("; speech-to-text: ").append(r.engines().speechToText().isEmpty() ? "none (typed answers)"
                        : String.join(", ", r.engines().speechToText())).append(" |\n");
        md.append("| Cost | ").append(r.accounting().llmCalls()).append(" LLM calls, ")
                .append(r.accounting().tokens().totalTokens()).append(" tokens, ")
                .append(r.accounting().llmMillis()).append(" ms").append(speechCost(r.accounting())).append(" |\n\n");

        md.append("## Summary\n\n").append(r.summary()).append("\n\n");
        list(md, "### Strengths", r.strengths());
        list(md, "### Gaps", r.gaps());
        list(md, "### For the human interviewer to probe", r.focusForReviewer());

        md.append("## Requirements\n\n| Requirement | Kind | Importance | Rating | Score |\n|---|---|---|---|---|\n");
        for (RequirementAssessment a : r.requirements()) {
            md.append("| ").append(escape(a.topic())).append(" | ").append(title(a.kind().name())).append(" | ")
                    .append(title(a.importance().name())).append(" | ")
                    .append(a.rating() != null ? title(a.rating().name())
                            : r.asked(a) ? "not assessed" : "not covered by this interview")
                    .append(" | ")
                    .append(a.rating() == null ? "-" : String.format(Locale.ROOT, "%.1f", a.score())).append(" |\n");
        }
        md.append('\n');
        for (RequirementAssessment a : r.requirements()) {
            if (!a.strengths().isEmpty() || !a.gaps().isEmpty()) {
                md.append("**").append(a.topic()).append("**\n");
                a.strengths().forEach(s -> md.append("- Strength: ").append(s).append('\n'));
                a.gaps().forEach(g -> md.append("- Gap: ").append(g).append('\n'));
                md.append('\n');
            }
        }

        md.append("## Questions and answers\n\n");
        int n = 1;
        for (QuestionResult q : r.questions()) {
            md.append("### ").append(n++).append(". ").append(q.question().text()).append("\n\n");
            md.append("*").append(title(q.question().type().name())).append(" question. A good answer shows: ")
                    .append(q.question().goodAnswerShows()).append("*\n\n");
            for (Turn t : q.turns()) {
                turn(md, t);
            }
        }
        return md.toString();
    }

    private void turn(StringBuilder md, Turn t) {
        if (t.followUpIndex() > 0) {
            md.append("**Follow-up ").append(t.followUpIndex()).append(":** ").append(t.prompt()).append("\n\n");
        }
        if (t.answer() == null || t.answer().mode() == AnswerMode.SKIPPED) {
            md.append("_Skipped: no answer was given._\n\n");
            return;
        }
        Transcript tr = t.answer().transcript();
        if (tr == null) {
            md.append("_Not transcribed")
                    .append(t.error() == null ? "" : ": " + t.error()).append(". Listen to the recording._\n\n");
            return;
        }
        md.append(t.answer().mode() == AnswerMode.AUDIO ? "Transcript (" + tr.engine() + "):" : "Typed answer:")
                .append("\n\n> ").append(quoted(marked(tr))).append("\n\n");
        List<TranscriptWord> unsure = tr.lowConfidenceWords(lowConfidence);
        if (!unsure.isEmpty()) {
            md.append("_").append(unsure.size()).append(" word(s) marked [?] were recognised with low confidence; "
                    + "check the recording before relying on them._\n\n");
        }
        Evaluation e = t.evaluation();
        if (e == null) {
            md.append("_Not evaluated").append(t.error() == null ? "" : ": " + t.error()).append("._\n\n");
            return;
        }
        md.append("**Rating: ").append(title(e.rating().name())).append("** (clarity ").append(e.scores().clarity())
                .append("/5, relevance ").append(e.scores().relevance()).append("/5, skill ")
                .append(e.scores().skill()).append("/5; by ").append(e.engine().provider())
                .append(e.engine().fallback() ? ", fallback: " + e.engine().fallbackReason() : "").append(")\n\n");
        md.append(e.rationale()).append("\n\n");
        list(md, "Strengths:", e.strengths());
        list(md, "Weaknesses:", e.weaknesses());
        if (!e.evidence().isEmpty()) {
            md.append("Evidence:\n");
            e.evidence().forEach(q -> md.append("- \"").append(q).append("\"\n"));
            md.append('\n');
        }
        StarAssessment star = e.star();
        if (star != null) {
            md.append("STAR: situation ").append(mark(star.situation())).append(", task ").append(mark(star.task()))
                    .append(", action ").append(mark(star.action())).append(", result ").append(mark(star.result()))
                    .append("\n\n");
        }
    }

    private String marked(Transcript tr) {
        if (tr.words().isEmpty() || tr.lowConfidenceWords(lowConfidence).isEmpty()) {
            return tr.text();
        }
        var out = new StringBuilder();
        for (TranscriptWord w : tr.words()) {
            out.append(w.text()).append(w.isLowConfidence(lowConfidence) ? " [?]" : "").append(' ');
        }
        return out.toString().strip();
    }

    private static String mark(String part) {
        return part == null ? "missing" : "present";
    }

    private static void list(StringBuilder md, String heading, List<String> items) {
        if (items.isEmpty()) {
            return;
        }
        md.append(heading).append("\n\n");
        items.forEach(i -> md.append("- ").append(i).append('\n'));
        md.append('\n');
    }

    /** "; 2 speech-to-text calls (gemini: 2), 41 s of audio, 3120 ms", or nothing for a typed interview. */
    static String speechCost(Accounting a) {
        if (a.sttCalls() == 0) {
            return "";
        }
        var byProvider = new StringJoiner(", ", " (", ")");
        a.sttCallsByProvider().forEach((provider, calls) -> byProvider.add(provider + ": " + calls));
        return "; " + a.sttCalls() + " speech-to-text call" + (a.sttCalls() == 1 ? "" : "s")
                + (a.sttCallsByProvider().isEmpty() ? "" : byProvider.toString()) + ", "
                + a.audioMillis() / 1000 + " s of audio, " + a.sttMillis() + " ms";
    }

    private static String title(String enumName) {
        String s = enumName.toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String escape(String s) {
        return s.replace("|", "\\|");
    }

    /**
     * Candidate text as a block quote that it cannot leave: every kind of line break continues the quote, and
     * a line cannot start a heading, list, table or HTML block (no forged "Rating: Excellent" lines).
     */
    static String quoted(String candidateText) {
        var out = new StringBuilder();
        String[] lines = candidateText.split("\\R|\u2028|\u2029", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].stripLeading();
            if (!line.isEmpty() && "#*-+|<>=_`~".indexOf(line.charAt(0)) >= 0) {
                line = "\\" + line;
            }
            out.append(i == 0 ? "" : "\n> ").append(line);
        }
        return out.toString();
    }
}
