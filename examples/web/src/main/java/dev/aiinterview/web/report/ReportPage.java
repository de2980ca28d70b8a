package dev.aiinterview.web.report;

import static dev.aiinterview.web.http.Html.esc;

import dev.aiinterview.web.http.Html;
import dev.aiinterview.web.storage.MediaRepository;
import dev.aiinterview.api.InterviewReport;
import dev.aiinterview.api.Provenance;
import dev.aiinterview.api.QuestionResult;
import dev.aiinterview.api.Rating;
import dev.aiinterview.api.RequirementAssessment;
import dev.aiinterview.api.SessionState;
import dev.aiinterview.api.Topic;
import dev.aiinterview.api.Turn;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The report of a completed interview, for the recruiter: summary, requirements with a per-topic chart, every
 * question with its answers, and the engines used. It informs a person's decision and offers none of its own.
 */
final class ReportPage {

    private final TurnView turns;

    ReportPage(double lowConfidence, List<MediaRepository.Media> media) {
        this.turns = new TurnView(lowConfidence, media);
    }

    String render(SessionState state) {
        InterviewReport r = state.report();
        var html = new StringBuilder();
        html.append("<div class=\"alert info disclaimer\" role=\"note\"><strong>An aid, not a decision.</strong> ")
                .append(esc(r.disclaimer())).append("</div>");
        overview(html, r);
        summary(html, r);
        requirements(html, r);
        questions(html, r, state);
        engines(html, r);
        return html.toString();
    }

    private static void overview(StringBuilder html, InterviewReport r) {
        html.append("<section class=\"stats\">")
                .append(stat("Average rating", r.averageScore() == 0 ? "n/a"
                        : String.format(Locale.ROOT, "%.1f of 4", r.averageScore()),
                        r.averageScore() == 0 ? "" : Html.words(Rating.nearest(r.averageScore()))))
                .append(stat("Answers", String.valueOf(r.answered()), r.skipped() == 0 ? "none skipped"
                        : r.skipped() + " skipped"))
                .append(stat("Engines", "LLM: " + String.join(", ", r.engines().llm()),
                        "Speech-to-text: " + (r.engines().speechToText().isEmpty() ? "none (typed answers)"
                                : String.join(", ", r.engines().speechToText()))))
                .append(stat("Report written", Html.day(r.generatedAt()), Html.words(r.seniority()) + " role"))
                .append("</section>");
    }

    private static String stat(String label, String value, String detail) {
        return "<div class=\"stat\"><p class=\"label\">" + esc(label) + "</p><p class=\"stat-value\">" + esc(value)
                + "</p><p class=\"small muted\">" + esc(detail) + "</p></div>";
    }

    private static void summary(StringBuilder html, InterviewReport r) {
        html.append("<section class=\"card\"><h2>Summary</h2><p>").append(esc(r.summary())).append("</p>")
                .append("<div class=\"three-col\">");
        bullets(html, "Strengths", r.strengths(), "plus");
        bullets(html, "Gaps", r.gaps(), "minus");
        bullets(html, "For the human interviewer to probe", r.focusForReviewer(), "probe");
        html.append("</div></section>");
    }

    private static void requirements(StringBuilder html, InterviewReport r) {
        html.append("<section class=\"card\"><h2>Requirements</h2><p class=\"muted small\">Mean rating of the answers "
                + "that probed each requirement, from 1 (poor) to 4 (excellent).</p>")
                .append(ScoreChart.render(r.requirements())).append("<div class=\"requirements\">");
        for (RequirementAssessment a : r.requirements()) {
            if (a.strengths().isEmpty() && a.gaps().isEmpty()) {
                continue;
            }
            html.append("<div class=\"requirement\"><h3>").append(esc(a.topic())).append(" ")
                    .append(TurnView.rating(a.rating())).append("</h3><p class=\"small muted\">")
                    .append(esc(Html.words(a.kind()))).append(" · ").append(esc(Html.words(a.importance())))
                    .append("</p><ul class=\"plain\">");
            a.strengths().forEach(s -> html.append("<li class=\"plus\">").append(esc(s)).append("</li>"));
            a.gaps().forEach(g -> html.append("<li class=\"minus\">").append(esc(g)).append("</li>"));
            html.append("</ul></div>");
        }
        html.append("</div></section>");
    }

    private void questions(StringBuilder html, InterviewReport r, SessionState state) {
        html.append("<section class=\"card\"><h2>Questions and answers</h2>");
        int n = 1;
        for (QuestionResult q : r.questions()) {
            String topic = state.plan().profile().topic(q.question().topicId()).map(Topic::name)
                    .orElse(q.question().topicId());
            html.append("<article class=\"qa\"><div class=\"q-head\"><span class=\"q-number\">").append(n++)
                    .append("</span><span class=\"badge\">").append(esc(Html.words(q.question().type())))
                    .append("</span><span class=\"muted small\">").append(esc(topic)).append("</span></div>")
                    .append("<h3 class=\"q-text\">").append(esc(q.question().text())).append("</h3>");
            if (!q.question().goodAnswerShows().isBlank()) {
                html.append("<p class=\"small muted\"><strong>A good answer shows:</strong> ")
                        .append(esc(q.question().goodAnswerShows())).append("</p>");
            }
            for (Turn t : q.turns()) {
                if (t.followUpIndex() > 0) {
                    html.append("<div class=\"follow-up\"><p class=\"label\">Follow-up ").append(t.followUpIndex())
                            .append("</p><p class=\"q-text\">").append(esc(t.prompt())).append("</p>");
                }
                html.append(turns.render(indexOf(state, t), t));
                if (t.followUpIndex() > 0) {
                    html.append("</div>");
                }
            }
            html.append("</article>");
        }
        html.append("</section>");
    }

    private static void engines(StringBuilder html, InterviewReport r) {
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
        html.append("<section class=\"card\"><h2>Engines and cost</h2><dl class=\"facts\">")
                .append("<dt>LLM</dt><dd>").append(esc(String.join(", ", r.engines().llm()))).append("</dd>")
                .append("<dt>Speech-to-text</dt><dd>").append(esc(r.engines().speechToText().isEmpty()
                        ? "none: every answer was typed" : String.join(", ", r.engines().speechToText()))).append("</dd>")
                .append("<dt>Summary written by</dt><dd>").append(esc(r.summaryEngine() == null ? "?"
                        : r.summaryEngine().provider())).append("</dd>")
                .append("<dt>Fallbacks</dt><dd>").append(fallbacks.isEmpty() ? "none" : esc(String.join("; ", fallbacks)))
                .append("</dd><dt>LLM calls</dt><dd>").append(a.llmCalls()).append(" (")
                .append(a.tokens().totalTokens()).append(" tokens, ").append(a.llmMillis()).append(" ms)</dd>")
                .append("<dt>Speech-to-text calls</dt><dd>").append(a.sttCalls()).append(" (").append(a.sttMillis())
                .append(" ms for ").append(a.audioMillis() / 1000).append(" s of audio)</dd></dl></section>");
    }

    private static void bullets(StringBuilder html, String title, List<String> items, String cssClass) {
        html.append("<div><h3>").append(esc(title)).append("</h3>");
        if (items.isEmpty()) {
            html.append("<p class=\"small muted\">None noted.</p>");
        } else {
            html.append("<ul class=\"").append(cssClass).append("\">");
            items.forEach(i -> html.append("<li>").append(esc(i)).append("</li>"));
            html.append("</ul>");
        }
        html.append("</div>");
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
