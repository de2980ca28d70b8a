package dev.aiinterview.web.plan;

import static dev.aiinterview.web.http.Html.esc;

import dev.aiinterview.web.http.Html;
import dev.aiinterview.web.invitation.InvitationRepository;
import dev.aiinterview.web.security.LoginSessions;
import dev.aiinterview.api.Importance;
import dev.aiinterview.api.InterviewPlan;
import dev.aiinterview.api.Question;
import dev.aiinterview.api.QuestionFlag;
import dev.aiinterview.api.QuestionType;
import dev.aiinterview.api.Topic;
import dev.aiinterview.api.TopicKind;
import java.util.List;

/** The plan pages: the list, the job description form, the plan editor and the new invitation. */
public final class PlanPages {

    static String list(List<PlanRepository.StoredPlan> plans, InvitationRepository invitations) {
        var html = new StringBuilder("<div class=\"page-head\"><h1>Interview plans</h1>"
                + "<a class=\"button primary\" href=\"/recruiter/plans/new\">New plan from a job description</a></div>");
        if (plans.isEmpty()) {
            return html.append("<section class=\"card empty\"><h2>No plans yet</h2><p>Start with a job description: "
                    + "the AI proposes the topics to probe and the questions to ask, and you edit them before "
                    + "inviting anyone.</p></section>").toString();
        }
        html.append("<div class=\"table-wrap\"><table class=\"list\"><thead><tr><th>Role</th><th>Status</th>"
                + "<th>Questions</th><th>Interviews</th><th>Created</th></tr></thead><tbody>");
        for (var p : plans) {
            html.append("<tr><td data-label=\"Role\"><a href=\"/recruiter/plans/").append(esc(p.id())).append("\">")
                    .append(esc(p.title() != null ? p.title() : "Untitled (" + p.jdSource() + ")")).append("</a></td>")
                    .append("<td data-label=\"Status\">").append(planStatus(p.status())).append("</td>")
                    .append("<td data-label=\"Questions\">").append(p.plan() == null ? "–" : p.plan().questions().size())
                    .append("</td><td data-label=\"Interviews\">").append(invitations.countForPlan(p.id()))
                    .append("</td><td data-label=\"Created\">").append(esc(Html.day(p.createdAt()))).append("</td></tr>");
        }
        return html.append("</tbody></table></div>").toString();
    }

    static String newPlan(LoginSessions.Login login, String text, String error) {
        return "<div class=\"page-head\"><h1>New interview plan</h1></div>"
                + "<section class=\"card\"><p>Paste the job advert or upload it (.txt, .md, .pdf or .docx, up to 5 MB). "
                + "The AI reads the role and its requirements and drafts questions for each; you review and edit "
                + "them next.</p>"
                + (error == null ? "" : "<p class=\"error\" role=\"alert\">" + esc(error) + "</p>")
                + "<form method=\"post\" action=\"/recruiter/plans\" enctype=\"multipart/form-data\" class=\"stack\">"
                + Html.csrf(login)
                + "<label>Job description<textarea name=\"text\" rows=\"14\" placeholder=\"Paste the job advert here"
                + "\">" + esc(text) + "</textarea></label>"
                + "<div class=\"or\"><span>or</span></div>"
                + "<label>Upload a file<input type=\"file\" name=\"file\" accept=\".txt,.md,.markdown,.pdf,.docx\">"
                + "</label><div class=\"actions\"><button type=\"submit\" class=\"button primary\">Analyse and draft "
                + "questions</button></div></form></section>";
    }

    static String plan(LoginSessions.Login login, PlanRepository.StoredPlan stored, long interviews, int days) {
        String base = "/recruiter/plans/" + esc(stored.id());
        switch (stored.status()) {
            case PLANNING -> {
                return "<meta http-equiv=\"refresh\" content=\"2\"><section class=\"card center\"><div class=\"spinner\" "
                        + "aria-hidden=\"true\"></div><h1>Reading the job description…</h1><p class=\"muted\">The AI is "
                        + "finding the requirements and drafting questions. This page refreshes by itself.</p></section>";
            }
            case FAILED -> {
                return "<section class=\"card\"><h1>The plan could not be made</h1><p class=\"error\">"
                        + esc(stored.error()) + "</p><p><a class=\"button\" href=\"/recruiter/plans/new\">Try again "
                        + "with another description</a></p>" + Html.postButton(login, base + "/delete", "Delete",
                        "button danger") + "</section>";
            }
            default -> {
                // READY: rendered below
            }
        }
        InterviewPlan plan = stored.plan();
        var p = plan.profile();
        var html = new StringBuilder();
        html.append("<div class=\"page-head\"><div><p class=\"eyebrow\">Interview plan</p><h1>")
                .append(esc(p.roleTitle())).append("</h1><p class=\"muted\">").append(esc(Html.words(p.seniority())))
                .append(p.yearsOfExperience() == null ? "" : " · " + p.yearsOfExperience() + "+ years")
                .append(" · ").append(p.topics().size()).append(" topics · ").append(plan.questions().size())
                .append(" questions · drafted by ").append(esc(plan.engine() == null ? "?" : plan.engine().provider()))
                .append(" · from ").append(esc("inline".equals(stored.jdSource()) ? "pasted text" : stored.jdSource()))
                .append("</p></div>")
                .append("<a class=\"button primary\" href=\"#invite\">Invite a candidate</a></div>");
        if (!plan.flags().isEmpty()) {
            html.append("<div class=\"alert warn\" role=\"alert\"><strong>The fairness review flagged ")
                    .append(plan.flags().size()).append(plan.flags().size() == 1 ? " question" : " questions")
                    .append(".</strong> Read the reasons below and rewrite or delete them before inviting anyone."
                            + "</div>");
        }
        if (!p.summary().isBlank()) {
            html.append("<section class=\"card\"><h2>The role</h2><p>").append(esc(p.summary())).append("</p></section>");
        }
        html.append(PlanEditorPage.topics(login, base, plan));
        html.append(PlanEditorPage.questions(login, base, plan));
        html.append("<section class=\"card\" id=\"invite\"><h2>Invite a candidate</h2><p>Each candidate gets a personal "
                + "link that opens this interview and nothing else. Edits made later do not change interviews already "
                + "created.").append(interviews > 0 ? " " + interviews + " interview(s) use this plan so far." : "")
                .append("</p><form method=\"post\" action=\"").append(base).append("/invitations\" class=\"grid-form\">")
                .append(Html.csrf(login))
                .append("<label>Candidate name or your reference<input name=\"candidate\" required maxlength=\"200\" "
                        + "autocomplete=\"off\"></label><label>Link valid for (days)<input name=\"days\" type=\"number\" "
                        + "min=\"1\" max=\"365\" value=\"").append(days).append("\"></label>")
                .append("<div class=\"actions\"><button type=\"submit\" class=\"button primary\">Create link</button>"
                        + "</div></form></section>");
        html.append("<section class=\"danger-zone\">").append(Html.postButton(login, base + "/delete",
                "Delete this plan", "button subtle")).append("</section>");
        return html.toString();
    }

    public static String invitationCreated(InvitationRepository.Invitation inv, String link) {
        return "<section class=\"card\"><p class=\"eyebrow\">Invitation created</p><h1>" + esc(inv.candidate())
                + "</h1><p>Send this link to the candidate. It opens the interview for <strong>" + esc(inv.roleTitle())
                + "</strong> and is valid until " + esc(Html.day(inv.expiresAt())) + ".</p>"
                + "<div class=\"copy-row\"><input id=\"invite-link\" class=\"mono\" readonly value=\"" + esc(link)
                + "\" aria-label=\"Invitation link\"><button type=\"button\" class=\"button primary\" "
                + "data-copy=\"invite-link\">Copy link</button></div>"
                + "<p class=\"muted small\">Copy it now: only a fingerprint of the link is stored, so it cannot be "
                + "shown again. If it gets lost, create a new link from the interview page (the old one then stops "
                + "working).</p><p><a class=\"button\" href=\"/recruiter/interviews/" + esc(inv.id()) + "\">Open the "
                + "interview</a> <a href=\"/recruiter/interviews\">All interviews</a></p></section>";
    }

    static String planStatus(PlanRepository.Status status) {
        return switch (status) {
            case PLANNING -> "<span class=\"badge info\">Drafting…</span>";
            case READY -> "<span class=\"badge ok\">Ready</span>";
            case FAILED -> "<span class=\"badge bad\">Failed</span>";
        };
    }

    static String options(Enum<?>[] values, Enum<?> selected) {
        var html = new StringBuilder();
        for (Enum<?> v : values) {
            html.append("<option value=\"").append(v.name()).append("\"").append(v == selected ? " selected" : "")
                    .append(">").append(esc(Html.words(v))).append("</option>");
        }
        return html.toString();
    }

    static String topicOptions(List<Topic> topics, String selected) {
        var html = new StringBuilder();
        for (Topic t : topics) {
            html.append("<option value=\"").append(esc(t.id())).append("\"").append(t.id().equals(selected)
                    ? " selected" : "").append(">").append(esc(t.name())).append("</option>");
        }
        return html.toString();
    }

    static String typeOptions(QuestionType selected) {
        return options(QuestionType.values(), selected);
    }

    static String kindOptions(TopicKind selected) {
        return options(TopicKind.values(), selected);
    }

    static String importanceOptions(Importance selected) {
        return options(Importance.values(), selected);
    }

    static List<QuestionFlag> flags(InterviewPlan plan, Question q) {
        return plan.flags().stream().filter(f -> f.questionId().equals(q.id())).toList();
    }

    private PlanPages() {
    }
}
