package dev.aiinterview.web.report;

import dev.aiinterview.api.InterviewReport;
import dev.aiinterview.api.Provenance;
import dev.aiinterview.api.QuestionResult;
import dev.aiinterview.api.Rating;
import dev.aiinterview.api.RequirementAssessment;
import dev.aiinterview.api.SessionState;
import dev.aiinterview.api.Topic;
import dev.aiinterview.api.Turn;
import dev.aiinterview.web.http.Format;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The report of a completed interview, for the recruiter ({@code report/report.jte}): summary, requirements with
 * a per-topic chart, every question with its answers, and the engines used. It informs a person's decision and
 * offers none of its own.
 *
 * @param notCovered the requirements no question of this interview asked about
 */
public record ReportView(String disclaimer, List<Stat> stats, String summary, List<String> strengths,
                         List<String> gaps, List<String> focusForReviewer, List<ChartRow> chart,
                         List<Requirement> requirements, List<String> notCovered, List<QuestionAnswers> questions,
                         List<Fact> engines) {

    /** One figure at the top: a label, a value and a detail line. */
    public record Stat(String label, String value, String detail) {}

    /**
     * One bar of the per-requirement chart, drawn in inline SVG (attributes, not styles, so the
     * Content-Security-Policy needs no 'unsafe-inline').
     *
     * @param barClass the bar's CSS class ({@code r-good}), or {@code null} when not assessed
     * @param width    the bar's width out of 100, formatted
     * @param value    the rating in words and the mean score, or "Not assessed"
     */
    public record ChartRow(String topic, String barClass, String width, String value) {}

    /** A requirement with its rating and what the answers showed for and against it. */
    public record Requirement(String topic, TurnView.RatingView rating, String kindAndImportance,
                              List<String> strengths, List<String> gaps) {}

    /** A question with its answers: the first, then any follow-ups. */
    public record QuestionAnswers(int number, String type, String topic, String text, String goodAnswerShows,
                                  List<Answer> answers) {}

    /** One answer; a follow-up carries its number and prompt. */
    public record Answer(int followUp, String prompt, TurnView turn) {}

    /** A line of the engines and cost list. */
    public record Fact(String term, String value) {}

    static ReportView of(SessionState state, TurnView.Builder turns) {
        InterviewReport r = state.report();
        List<Requirement> requirements = r.requirements().stream()
                .filter(a -> !a.strengths().isEmpty() || !a.gaps().isEmpty())
                .map(a -> new Requirement(a.topic(), TurnView.RatingView.of(a.rating()),
                        Format.words(a.kind()) + " · " + Format.words(a.importance()), a.strengths(), a.gaps()))
                .toList();
        return new ReportView(r.disclaimer(), stats(r), r.summary(), r.strengths(), r.gaps(), r.focusForReviewer(),
                r.requirements().stream().map(a -> chartRow(a, r.asked(a))).toList(), requirements,
                r.requirements().stream().filter(a -> !r.asked(a)).map(RequirementAssessment::topic).toList(),
                questions(state, turns), engines(r));
    }

    private static List<Stat> stats(InterviewReport r) {
        return List.of(
                new Stat("Average rating", r.averageScore() == 0 ? "n/a"
                        : String.format(Locale.ROOT, "%.1f of 4", r.averageScore()),
                        r.averageScore() == 0 ? "" : Format.words(Rating.nearest(r.averageScore()))),
                new Stat("Answers", String.valueOf(r.answered()), r.skipped() == 0 ? "none skipped"
                        : r.skipped() + " skipped"),
                new Stat("Engines", "LLM: " + String.join(", ", r.engines().llm()),
                        "Speech-to-text: " + (r.engines().speechToText().isEmpty() ? "none (typed answers)"
                                : String.join(", ", r.engines().speechToText()))),
                new Stat("Report written", Format.day(r.generatedAt()), Format.words(r.seniority()) + " role"));
    }

    private static ChartRow chartRow(RequirementAssessment a, boolean asked) {
        if (a.rating() == null) {
            return new ChartRow(a.topic(), null, "0", asked ? "Not assessed" : "Not covered by this interview");
        }
        double width = Math.max(2, Math.min(100, a.score() / 4.0 * 100));
        return new ChartRow(a.topic(), "r-" + Format.css(a.rating()), String.format(Locale.ROOT, "%.1f", width),
                Format.words(a.rating()) + " · " + String.format(Locale.ROOT, "%.1f", a.score()));
    }

    private static List<QuestionAnswers> questions(SessionState state, TurnView.Builder turns) {
        List<QuestionAnswers> questions = new ArrayList<>();
        int n = 1;
        for (QuestionResult q : state.report().questions()) {
            String topic = state.plan().profile().topic(q.question().topicId()).map(Topic::name)
                    .orElse(q.question().topicId());
            List<Answer> answers = q.turns().stream()
                    .map(t -> new Answer(t.followUpIndex(), t.prompt(), turns.of(indexOf(state, t), t))).toList();
            questions.add(new QuestionAnswers(n++, Format.words(q.question().type()), topic, q.question().text(),
                    q.question().goodAnswerShows(), answers));
        }
        return questions;
    }

    private static List<Fact> engines(InterviewReport r) {
        var a = r.accounting();
        List<String> fallbacks = new ArrayList<>();
        if (r.summaryEngine() != null && r.summaryEngine().fallback()) {
            fallbacks.add("Summary by " + r.summaryEngine().provider() + ": " + r.summaryEngine().fallbackReason());
        }
        int n = 1;
        for (QuestionResult q : r.questions()) {
            for (Turn t : q.turns()) {
                Provenance p = t.evaluation() == null ? null : t.evaluation().engine();
                if (p != null && p.fallback()) {
                    fallbacks.add("Question " + n + (t.followUpIndex() > 0 ? " (follow-up)" : "") + " evaluated by "
                            + p.provider() + ": " + p.fallbackReason());
                }
            }
            n++;
        }
        return List.of(
                new Fact("LLM", String.join(", ", r.engines().llm())),
                new Fact("Speech-to-text", r.engines().speechToText().isEmpty() ? "none: every answer was typed"
                        : String.join(", ", r.engines().speechToText())),
                new Fact("Summary written by", r.summaryEngine() == null ? "?" : r.summaryEngine().provider()),
                new Fact("Fallbacks", fallbacks.isEmpty() ? "none" : String.join("; ", fallbacks)),
                new Fact("LLM calls", a.llmCalls() + " (" + a.tokens().totalTokens() + " tokens, " + a.llmMillis()
                        + " ms)"),
                new Fact("Speech-to-text calls", a.sttCalls() + " (" + a.sttMillis() + " ms for "
                        + a.audioMillis() / 1000 + " s of audio)"));
    }

    private static int indexOf(SessionState state, Turn t) {
        for (int i = 0; i < state.turns().size(); i++) {
            Turn s = state.turns().get(i);
            if (s.questionId().equals(t.questionId()) && s.followUpIndex() == t.followUpIndex()) {
                return i;
            }
        }
        return -1;
    }
}
