package dev.aiinterview.web.report;

import static dev.aiinterview.web.http.Html.esc;

import dev.aiinterview.web.WebSettings;
import dev.aiinterview.web.http.Html;
import dev.aiinterview.web.invitation.InvitationRepository;
import dev.aiinterview.web.security.LoginSessions;
import dev.aiinterview.api.SessionState;
import dev.aiinterview.api.SessionStatus;
import dev.aiinterview.api.Turn;
import java.time.Instant;
import java.util.List;

/** The interview list, the head of an interview's page, and the progress of an unfinished interview. */
final class InterviewPages {

    /** An invitation with its session state. */
    record Row(InvitationRepository.Invitation invitation, SessionState state) {

        long answered() {
            return state.turns().stream().filter(t -> t.followUpIndex() == 0 && t.answer() != null).count();
        }
    }

    static String list(List<Row> rows) {
        var html = new StringBuilder("<div class=\"page-head\"><h1>Interviews</h1><a class=\"button primary\" "
                + "href=\"/recruiter/plans\">Invite from a plan</a></div>");
        if (rows.isEmpty()) {
            return html.append("<section class=\"card empty\"><h2>No interviews yet</h2><p>Create a plan from a job "
                    + "description, then invite candidates from it. Each interview appears here with its status, "
                    + "and its report once the candidate has finished.</p><p><a class=\"button primary\" "
                    + "href=\"/recruiter/plans/new\">New plan</a></p></section>").toString();
        }
        html.append("<div class=\"table-wrap\"><table class=\"list\"><thead><tr><th>Candidate</th><th>Role</th>"
                + "<th>Status</th><th>Answered</th><th>Invited</th><th>Link valid until</th></tr></thead><tbody>");
        for (Row row : rows) {
            var inv = row.invitation();
            html.append("<tr><td data-label=\"Candidate\"><a href=\"/recruiter/interviews/").append(esc(inv.id()))
                    .append("\">").append(esc(inv.candidate())).append("</a></td><td data-label=\"Role\">")
                    .append(esc(inv.roleTitle())).append("</td><td data-label=\"Status\">").append(status(row))
                    .append("</td><td data-label=\"Answered\">").append(row.answered()).append(" of ")
                    .append(row.state().plan().questions().size()).append("</td><td data-label=\"Invited\">")
                    .append(esc(Html.day(inv.createdAt()))).append("</td><td data-label=\"Link valid until\">")
                    .append(esc(Html.day(inv.expiresAt()))).append("</td></tr>");
        }
        return html.append("</tbody></table></div>").toString();
    }

    static String status(Row row) {
        SessionStatus s = row.state().status();
        boolean expired = row.invitation().expired(Instant.now());
        return switch (s) {
            case CREATED -> expired ? "<span class=\"badge bad\">Link expired</span>"
                    : "<span class=\"badge\">Invited</span>";
            case CONSENTED -> "<span class=\"badge info\">Consented</span>";
            case IN_PROGRESS -> "<span class=\"badge info\">In progress</span>";
            case COMPLETED -> "<span class=\"badge ok\">Report ready</span>";
            case ABANDONED -> "<span class=\"badge bad\">Abandoned</span>";
        };
    }

    static String head(LoginSessions.Login login, Row row) {
        var inv = row.invitation();
        var state = row.state();
        String base = "/recruiter/interviews/" + esc(inv.id());
        var html = new StringBuilder("<div class=\"page-head report-head\"><div><p class=\"eyebrow\">Interview · ")
                .append(esc(inv.roleTitle())).append("</p><h1>").append(esc(inv.candidate())).append(" ")
                .append(status(row)).append("</h1><p class=\"muted small\">Invited ").append(esc(Html.when(inv.createdAt())));
        if (inv.consentedAt() != null) {
            html.append(" · consented ").append(esc(Html.when(inv.consentedAt())));
        }
        if (state.endedAt() != null) {
            html.append(" · finished ").append(esc(Html.when(state.endedAt())));
        }
        html.append(" · link valid until ").append(esc(Html.day(inv.expiresAt()))).append("</p></div>")
                .append("<div class=\"head-actions no-print\">");
        if (state.report() != null) {
            html.append("<a class=\"button\" href=\"").append(base).append("/report.json\" download>Export JSON</a>")
                    .append("<button type=\"button\" class=\"button\" data-print>Print</button>");
        }
        if (!state.status().isFinal()) {
            html.append(Html.postButton(login, base + "/link", "New link", "button subtle"));
        }
        html.append("<form method=\"post\" action=\"").append(base).append("/delete\" class=\"inline\" "
                + "data-confirm=\"Delete this interview with its answers, report and recordings? This cannot be "
                + "undone.\">").append(Html.csrf(login))
                .append("<button type=\"submit\" class=\"button danger\">Delete</button></form></div></div>");
        return html.toString();
    }

    static String progress(Row row, TurnView turns, WebSettings settings) {
        SessionState state = row.state();
        var html = new StringBuilder("<section class=\"card\"><h2>");
        html.append(switch (state.status()) {
            case CREATED -> "Waiting for the candidate";
            case CONSENTED -> "The candidate has consented and not started yet";
            case IN_PROGRESS -> "In progress: " + row.answered() + " of " + state.plan().questions().size()
                    + " questions answered";
            case ABANDONED -> "Abandoned" + (state.endReason() == null ? "" : ": " + state.endReason());
            case COMPLETED -> "Completed";
        }).append("</h2><p class=\"muted\">The report appears here when the candidate has answered every question. "
                + "Recordings and answers are kept for ").append(settings.retentionDays())
                .append(" days after the invitation.</p></section>");
        List<Turn> answered = state.turns().stream().filter(t -> t.answer() != null).toList();
        if (!answered.isEmpty()) {
            html.append("<section class=\"card\"><h2>Answers so far</h2>");
            for (int i = 0; i < state.turns().size(); i++) {
                Turn t = state.turns().get(i);
                if (t.answer() != null) {
                    html.append("<div class=\"progress-turn\"><p class=\"q-text\">").append(esc(t.prompt()))
                            .append("</p>").append(turns.render(i, t)).append("</div>");
                }
            }
            html.append("</section>");
        }
        return html.toString();
    }

    private InterviewPages() {
    }
}
