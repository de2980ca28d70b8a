package dev.aiinterview.web.plan;

import static dev.aiinterview.web.http.Html.esc;

import dev.aiinterview.web.http.Html;
import dev.aiinterview.web.security.LoginSessions;
import dev.aiinterview.api.Importance;
import dev.aiinterview.api.InterviewPlan;
import dev.aiinterview.api.Question;
import dev.aiinterview.api.QuestionFlag;
import dev.aiinterview.api.QuestionType;
import dev.aiinterview.api.Topic;
import dev.aiinterview.api.TopicKind;
import java.util.List;

/** The editable parts of the plan page: topics and questions, each with its forms. */
final class PlanEditorPage {

    static String topics(LoginSessions.Login login, String base, InterviewPlan plan) {
        var html = new StringBuilder("<section class=\"card\" id=\"topics\"><h2>Topics to probe</h2>"
                + "<p class=\"muted\">What the interview assesses, taken from the job description. Each answer is rated "
                + "against the topic its question probes.</p><ul class=\"topics\">");
        for (Topic t : plan.profile().topics()) {
            long count = plan.questions().stream().filter(q -> q.topicId().equals(t.id())).count();
            html.append("<li class=\"topic\" id=\"").append(esc(t.id())).append("\"><div class=\"topic-head\"><strong>")
                    .append(esc(t.name())).append("</strong><span class=\"badge\">").append(esc(Html.words(t.kind())))
                    .append("</span><span class=\"badge ").append(t.importance() == Importance.ESSENTIAL ? "strong" : "")
                    .append("\">").append(esc(Html.words(t.importance()))).append("</span><span class=\"muted small\">")
                    .append(count).append(count == 1 ? " question" : " questions").append("</span></div>");
            if (!t.whyItMatters().isBlank()) {
                html.append("<p class=\"small\">").append(esc(t.whyItMatters())).append("</p>");
            }
            html.append("<details class=\"edit\"><summary>Edit topic</summary><form method=\"post\" action=\"")
                    .append(base).append("/topics/").append(esc(t.id())).append("\" class=\"grid-form\">")
                    .append(Html.csrf(login)).append(topicFields(t.name(), t.kind(), t.importance()))
                    .append("<div class=\"actions\"><button type=\"submit\" class=\"button\">Save topic</button></div>"
                            + "</form>")
                    .append(Html.postButton(login, base + "/topics/" + esc(t.id()) + "/delete",
                            count == 0 ? "Delete topic" : "Delete topic and its " + count
                                    + (count == 1 ? " question" : " questions"), "button danger small"))
                    .append("</details></li>");
        }
        html.append("</ul><details class=\"add\"><summary>Add a topic</summary><form method=\"post\" action=\"")
                .append(base).append("/topics\" class=\"grid-form\">").append(Html.csrf(login))
                .append(topicFields("", TopicKind.SKILL, Importance.IMPORTANT))
                .append("<div class=\"actions\"><button type=\"submit\" class=\"button\">Add topic</button></div>"
                        + "</form></details></section>");
        return html.toString();
    }

    static String questions(LoginSessions.Login login, String base, InterviewPlan plan) {
        var html = new StringBuilder("<section class=\"card\" id=\"questions\"><h2>Questions</h2>"
                + "<p class=\"muted\">Asked in this order. The AI may add one follow-up per question when an answer "
                + "leaves something open. Edited and new questions are screened for unlawful or biased wording.</p>"
                + "<ol class=\"questions\">");
        List<Question> questions = plan.questions();
        for (int i = 0; i < questions.size(); i++) {
            html.append(question(login, base, plan, questions.get(i), i, questions.size()));
        }
        html.append("</ol>");
        if (plan.profile().topics().isEmpty()) {
            html.append("<p class=\"muted\">Add a topic first, then questions for it.</p>");
        } else {
            html.append("<details class=\"add\"><summary>Add a question</summary><form method=\"post\" action=\"")
                    .append(base).append("/questions\" class=\"grid-form\">").append(Html.csrf(login))
                    .append(questionFields("", QuestionType.BEHAVIORAL, plan, plan.profile().topics().get(0).id()))
                    .append("<div class=\"actions\"><button type=\"submit\" class=\"button\">Add question</button>"
                            + "</div></form></details>");
        }
        return html.append("</section>").toString();
    }

    private static String question(LoginSessions.Login login, String base, InterviewPlan plan, Question q, int index,
                                   int count) {
        String qBase = base + "/questions/" + esc(q.id());
        List<QuestionFlag> flags = PlanPages.flags(plan, q);
        String topic = plan.profile().topic(q.topicId()).map(Topic::name).orElse(q.topicId());
        var html = new StringBuilder("<li class=\"question").append(flags.isEmpty() ? "" : " flagged")
                .append("\" id=\"").append(esc(q.id())).append("\"><div class=\"q-head\"><span class=\"q-number\">")
                .append(index + 1).append("</span><span class=\"badge\">").append(esc(Html.words(q.type())))
                .append("</span><span class=\"muted small\">").append(esc(topic)).append("</span></div><p class=\"q-text\">")
                .append(esc(q.text())).append("</p>");
        if (!q.goodAnswerShows().isBlank()) {
            html.append("<p class=\"small muted\"><strong>A good answer shows:</strong> ").append(esc(q.goodAnswerShows()))
                    .append("</p>");
        }
        for (QuestionFlag f : flags) {
            html.append("<div class=\"flag\" role=\"note\"><strong>Flagged: ").append(esc(Html.words(f.category())))
                    .append("</strong><p>").append(esc(f.reason())).append("</p>");
            if (!f.suggestedRewrite().isBlank()) {
                html.append("<p><em>Suggested:</em> ").append(esc(f.suggestedRewrite())).append("</p>")
                        .append(Html.postButton(login, qBase + "/rewrite", "Use the suggested rewrite", "button small"));
            }
            html.append("</div>");
        }
        html.append("<div class=\"q-actions\">");
        if (index > 0) {
            html.append(Html.postButton(login, qBase + "/up", "Move up", "button small subtle"));
        }
        if (index < count - 1) {
            html.append(Html.postButton(login, qBase + "/down", "Move down", "button small subtle"));
        }
        html.append(Html.postButton(login, qBase + "/regenerate", "Regenerate", "button small subtle"))
                .append(Html.postButton(login, qBase + "/delete", "Delete", "button small danger"))
                .append("</div><details class=\"edit\"><summary>Edit question</summary><form method=\"post\" action=\"")
                .append(qBase).append("\" class=\"grid-form\">").append(Html.csrf(login))
                .append(questionFields(q.text(), q.type(), plan, q.topicId()))
                .append("<div class=\"actions\"><button type=\"submit\" class=\"button\">Save question</button></div>"
                        + "</form></details></li>");
        return html.toString();
    }

    private static String questionFields(String text, QuestionType type, InterviewPlan plan, String topicId) {
        return "<label class=\"wide\">Question<textarea name=\"text\" rows=\"3\" required minlength=\"10\" maxlength=\""
                + PlanEditor.MAX_QUESTION_CHARS + "\">" + esc(text) + "</textarea></label>"
                + "<label>Type<select name=\"type\">" + PlanPages.typeOptions(type) + "</select></label>"
                + "<label>Topic<select name=\"topic\">" + PlanPages.topicOptions(plan.profile().topics(), topicId)
                + "</select></label>";
    }

    private static String topicFields(String name, TopicKind kind, Importance importance) {
        return "<label class=\"wide\">Name<input name=\"name\" required maxlength=\"" + PlanEditor.MAX_TOPIC_CHARS
                + "\" value=\"" + esc(name) + "\"></label>"
                + "<label>Kind<select name=\"kind\">" + PlanPages.kindOptions(kind) + "</select></label>"
                + "<label>Importance<select name=\"importance\">" + PlanPages.importanceOptions(importance)
                + "</select></label>";
    }

    private PlanEditorPage() {
    }
}
