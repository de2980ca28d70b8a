package dev.aiinterview.web.report;

import dev.aiinterview.api.InterviewReport;
import dev.aiinterview.api.SessionState;
import dev.aiinterview.json.Json;
import dev.aiinterview.web.WebSettings;
import dev.aiinterview.web.http.JsonReplies;
import dev.aiinterview.web.security.RecruiterPages;
import dev.aiinterview.web.http.WebException;
import dev.aiinterview.web.invitation.InvitationLinkPage;
import dev.aiinterview.web.invitation.InvitationRepository;
import dev.aiinterview.web.invitation.Invitations;
import dev.aiinterview.web.storage.MediaRepository;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The recruiter's interviews: the list, each interview's progress or report, the JSON export (exactly the SDK's
 * report format), the recordings, and a small JSON API. Every route here sits behind the sign-in.
 */
public final class ReportRoutes {

    private final Invitations interviews;
    private final InvitationRepository invitations;
    private final MediaRepository media;
    private final RecruiterPages pages;
    private final WebSettings settings;
    private final double lowConfidence;

    public ReportRoutes(Invitations interviews, InvitationRepository invitations, MediaRepository media,
                        RecruiterPages pages, WebSettings settings, double lowConfidence) {
        this.interviews = interviews;
        this.invitations = invitations;
        this.media = media;
        this.pages = pages;
        this.settings = settings;
        this.lowConfidence = lowConfidence;
    }

    public void register(JavalinConfig config) {
        var r = config.routes;
        r.get("/recruiter/interviews", ctx -> pages.render(ctx, "report/interviews.jte", "Interviews", "interviews",
                InterviewViews.list(rows(ctx))));
        r.get("/recruiter/interviews/{id}", this::interviewPage);
        r.get("/recruiter/interviews/{id}/report.json", ctx -> {
            InterviewReport report = report(ctx);
            ctx.header("Content-Disposition", "attachment; filename=\"interview-report-" + report.sessionId() + ".json\"");
            ctx.contentType("application/json").result(Json.writePretty(report));
        });
        r.post("/recruiter/interviews/{id}/link", ctx -> {
            var inv = invitation(ctx);
            String token = interviews.newLink(inv.id(), settings.invitationDays());
            pages.render(ctx, "invitation/link.jte", "New link", "interviews",
                    InvitationLinkPage.of(interviews.invitation(inv.id()), InvitationLinkPage.link(ctx, settings, token)));
        });
        r.post("/recruiter/interviews/{id}/delete", ctx -> {
            interviews.delete(invitation(ctx).id());
            ctx.redirect("/recruiter/interviews", HttpStatus.SEE_OTHER);
        });
        r.get("/recruiter/media/{id}", this::mediaFile);
        r.get("/api/recruiter/interviews", ctx -> JsonReplies.json(ctx, rows(ctx).stream()
                .map(ReportRoutes::summary).toList()));
        r.get("/api/recruiter/interviews/{id}", ctx -> {
            var inv = invitation(ctx);
            SessionState state = interviews.state(inv);
            var body = summary(new InterviewViews.Row(inv, state));
            body.put("report", state.report());
            JsonReplies.json(ctx, body);
        });
    }

    /** The interview of the path, if it belongs to the recruiter's organization; else 404, as for an unknown id. */
    private InvitationRepository.Invitation invitation(Context ctx) {
        return invitations.find(pages.orgId(ctx), ctx.pathParam("id"))
                .orElseThrow(() -> WebException.notFound("There is no such interview."));
    }

    /** The organization's interviews; an erased one has no state (its session is deleted) and is listed so. */
    private List<InterviewViews.Row> rows(Context ctx) {
        return invitations.list(pages.orgId(ctx)).stream().map(inv -> new InterviewViews.Row(inv,
                inv.erasedAt() != null ? null : interviews.state(inv))).toList();
    }

    private void interviewPage(Context ctx) {
        var inv = invitation(ctx);
        SessionState state = interviews.state(inv);
        var turns = new TurnView.Builder(lowConfidence, media.forSession(state.id()));
        pages.render(ctx, "report/interview.jte", inv.candidate() + " – " + inv.roleTitle(), "interviews",
                InterviewViews.page(RecruiterPages.csrf(ctx), new InterviewViews.Row(inv, state), turns, settings));
    }

    private InterviewReport report(Context ctx) {
        var inv = invitation(ctx);
        InterviewReport report = interviews.state(inv).report();
        if (report == null) {
            throw WebException.conflict("The report is not ready: the interview has not been completed.");
        }
        return report;
    }

    private void mediaFile(Context ctx) throws IOException {
        var m = media.find(ctx.pathParam("id"))
                .filter(found -> invitations.findBySession(pages.orgId(ctx), found.sessionId()).isPresent())
                .orElseThrow(() -> WebException.notFound("No such recording."));
        Path file = m.path().toAbsolutePath().normalize();
        if (!file.startsWith(settings.mediaDir()) || !Files.isRegularFile(file)) {
            throw WebException.notFound("The recording file is missing.");
        }
        ctx.header("Content-Disposition", "inline");
        ctx.writeSeekableStream(Files.newInputStream(file), m.mimeType(), Files.size(file));
    }

    private static Map<String, Object> summary(InterviewViews.Row row) {
        var inv = row.invitation();
        var map = new LinkedHashMap<String, Object>();
        map.put("id", inv.id());
        if (row.erased()) {
            map.put("candidate", inv.candidate());
            map.put("role", inv.roleTitle());
            map.put("status", "ERASED");
            map.put("createdAt", inv.createdAt());
            map.put("erasedAt", inv.erasedAt());
            map.put("reportReady", false);
            return map;
        }
        map.put("candidate", inv.candidate());
        map.put("role", inv.roleTitle());
        map.put("status", row.state().status().name());
        map.put("answered", row.answered());
        map.put("questions", row.state().plan().questions().size());
        map.put("createdAt", inv.createdAt());
        map.put("expiresAt", inv.expiresAt());
        map.put("consentedAt", inv.consentedAt());
        map.put("reportReady", row.state().report() != null);
        if (inv.declined()) {
            map.put("declinedAt", inv.declinedAt());
            map.put("declineMessage", inv.declineMessage());
        }
        return map;
    }
}
