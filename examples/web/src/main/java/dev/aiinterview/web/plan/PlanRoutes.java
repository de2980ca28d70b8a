package dev.aiinterview.web.plan;

import dev.aiinterview.api.Importance;
import dev.aiinterview.api.InterviewPlan;
import dev.aiinterview.api.JobDescription;
import dev.aiinterview.api.QuestionType;
import dev.aiinterview.api.Seniority;
import dev.aiinterview.api.TopicKind;
import dev.aiinterview.core.input.JobDescriptions;
import dev.aiinterview.web.WebSettings;
import dev.aiinterview.web.security.RecruiterPages;
import dev.aiinterview.web.http.WebException;
import dev.aiinterview.web.invitation.InvitationLinkPage;
import dev.aiinterview.web.invitation.InvitationRepository;
import dev.aiinterview.web.invitation.Invitations;
import dev.aiinterview.web.security.LoginSessions;
import dev.aiinterview.web.security.WebSecurity;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;

/**
 * The recruiter's pages: plans (from a job description, then edited) and invitations. Server-rendered HTML with
 * plain forms (each carrying the CSRF token), redirecting after every change. Interviews and reports are in
 * {@link dev.aiinterview.web.report.ReportRoutes}.
 */
public final class PlanRoutes {

    private final Plans plans;
    private final Invitations interviews;
    private final InvitationRepository invitations;
    private final LoginSessions sessions;
    private final WebSettings settings;
    private final RecruiterPages pages;

    private static final String CHECKED_PLAN = "plan.checked-id";

    public PlanRoutes(Plans plans, Invitations interviews, InvitationRepository invitations, LoginSessions sessions,
                    WebSettings settings, RecruiterPages pages) {
        this.plans = plans;
        this.interviews = interviews;
        this.invitations = invitations;
        this.sessions = sessions;
        this.settings = settings;
        this.pages = pages;
    }

    public void register(JavalinConfig config) {
        var r = config.routes;
        r.get("/recruiter", ctx -> ctx.redirect("/recruiter/interviews"));
        r.get("/recruiter/plans", ctx -> pages.render(ctx, "plan/list.jte", "Plans", "plans",
                PlanViews.list(plans.list(pages.orgId(ctx)), invitations)));
        r.get("/recruiter/plans/new", ctx -> newPlan(ctx, "", null));
        r.post("/recruiter/plans", this::createPlan);
        r.get("/recruiter/plans/{id}", this::planPage);
        r.post("/recruiter/plans/{id}/delete", ctx -> {
            plans.delete(id(ctx));
            done(ctx, "/recruiter/plans", "The plan was deleted. Interviews already created from it are kept.");
        });
        r.post("/recruiter/plans/{id}/profile", ctx -> {
            plans.edit(id(ctx), p -> PlanEditor.editProfile(p, ctx.formParam("roleTitle"), enumParam(ctx, "seniority",
                    Seniority.class)), List.of());
            done(ctx, planUrl(ctx), "Role title and seniority saved.");
        });
        r.post("/recruiter/plans/{id}/questions", ctx -> {
            String added = plans.add(id(ctx), p -> PlanEditor.addQuestion(p, ctx.formParam("topic"), type(ctx),
                    ctx.formParam("text")));
            done(ctx, planUrl(ctx) + "#" + added, "Question added and screened.");
        });
        r.post("/recruiter/plans/{id}/questions/{q}", ctx -> {
            plans.edit(id(ctx), p -> PlanEditor.editQuestion(p, q(ctx), ctx.formParam("text"), type(ctx),
                    ctx.formParam("topic")), List.of(q(ctx)));
            done(ctx, planUrl(ctx) + "#" + q(ctx), "Question saved and screened.");
        });
        r.post("/recruiter/plans/{id}/questions/{q}/{action}", this::questionAction);
        r.post("/recruiter/plans/{id}/topics", ctx -> {
            plans.edit(id(ctx), p -> PlanEditor.addTopic(p, ctx.formParam("name"), enumParam(ctx, "kind",
                    TopicKind.class), enumParam(ctx, "importance", Importance.class)).plan(), List.of());
            done(ctx, planUrl(ctx) + "#topics", "Topic added. Add a question for it below.");
        });
        r.post("/recruiter/plans/{id}/topics/{t}", ctx -> {
            plans.edit(id(ctx), p -> PlanEditor.editTopic(p, ctx.pathParam("t"), ctx.formParam("name"),
                    enumParam(ctx, "kind", TopicKind.class), enumParam(ctx, "importance", Importance.class)), List.of());
            done(ctx, planUrl(ctx) + "#topics", "Topic saved.");
        });
        r.post("/recruiter/plans/{id}/topics/{t}/delete", ctx -> {
            plans.edit(id(ctx), p -> PlanEditor.deleteTopic(p, ctx.pathParam("t")), List.of());
            done(ctx, planUrl(ctx) + "#topics", "Topic deleted with its questions.");
        });
        r.post("/recruiter/plans/{id}/invitations", this::invite);
    }

    private void createPlan(Context ctx) throws java.io.IOException {
        JobDescription jd;
        UploadedFile file = ctx.isMultipartFormData() ? ctx.uploadedFile("file") : null;
        String text = ctx.formParam("text");
        try {
            if (file != null && file.size() > 0) {
                if (!JdFiles.isAllowedExtension(file.filename())) {
                    throw new WebException(415, "Upload the job description as .txt, .md, .pdf or .docx, or paste "
                            + "the text.");
                }
                try (InputStream in = file.content()) {
                    jd = JdFiles.read(file.filename(), in);
                }
            } else {
                jd = JobDescriptions.of(text, "inline");
            }
        } catch (WebException | dev.aiinterview.api.error.InvalidInputException e) {
            int status = e instanceof WebException w ? w.status() : 400;
            ctx.status(status);
            newPlan(ctx, text == null ? "" : text, e.getMessage());
            return;
        }
        String id = plans.create(pages.orgId(ctx), jd);
        ctx.redirect("/recruiter/plans/" + id, HttpStatus.SEE_OTHER);
    }

    private void planPage(Context ctx) {
        planPage(ctx, false);
    }

    /** The plan page; {@code refused}: it answers an invitation the fairness gate stopped. */
    private void planPage(Context ctx, boolean refused) {
        PlanRepository.StoredPlan stored = plans.find(id(ctx));
        if (stored.status() == PlanRepository.Status.PLANNING) {
            ctx.header("Refresh", "2");
        }
        String title = stored.title() != null ? stored.title() : "Plan";
        var review = new PlanViews.Review(plans.overrides(stored.id()), refused);
        pages.render(ctx, "plan/plan.jte", title, "plans", PlanViews.plan(RecruiterPages.csrf(ctx), stored, review,
                invitations.countForPlan(stored.id()), settings.invitationDays()));
    }

    private void questionAction(Context ctx) {
        String q = q(ctx);
        String message = switch (ctx.pathParam("action")) {
            case "delete" -> {
                plans.edit(id(ctx), p -> PlanEditor.deleteQuestion(p, q), List.of());
                yield "Question deleted.";
            }
            case "up", "down" -> {
                int delta = ctx.pathParam("action").equals("up") ? -1 : 1;
                plans.edit(id(ctx), p -> PlanEditor.move(p, q, delta), List.of());
                yield "Order changed.";
            }
            case "regenerate" -> {
                plans.regenerate(id(ctx), q);
                yield "A new question was written and screened.";
            }
            case "override" -> {
                plans.override(id(ctx), q, ctx.formParam("reason"), login(ctx).username());
                yield "Override recorded: this question will be sent as worded.";
            }
            case "rewrite" -> {
                plans.edit(id(ctx), p -> PlanEditor.applyRewrite(p, q), List.of(q));
                yield "The suggested rewrite is now the question; it was screened again.";
            }
            default -> throw WebException.notFound("Unknown action.");
        };
        done(ctx, planUrl(ctx) + "#" + q, message);
    }

    private void invite(Context ctx) {
        Plans.Sendable sendable = plans.sendable(id(ctx));
        if (!sendable.openFlags().isEmpty()) {
            // The plan page itself explains the refusal and links to each flagged question.
            ctx.status(HttpStatus.CONFLICT);
            planPage(ctx, true);
            return;
        }
        InterviewPlan plan = sendable.plan();
        int days = intParam(ctx.formParam("days"), settings.invitationDays(), 1, 365, "The link must be valid for "
                + "1 to 365 days.");
        Invitations.Created created = interviews.invite(id(ctx), plan, ctx.formParam("candidate"), days);
        pages.render(ctx, "invitation/link.jte", "Invitation created", "interviews",
                InvitationLinkPage.of(created.invitation(), InvitationLinkPage.link(ctx, settings, created.token())));
    }

    private void newPlan(Context ctx, String text, String error) {
        pages.render(ctx, "plan/new.jte", "New plan", "plans", new PlanViews.NewPlan(RecruiterPages.csrf(ctx), text,
                error));
    }

    private void done(Context ctx, String target, String notice) {
        sessions.notice(login(ctx), notice);
        ctx.redirect(target, HttpStatus.SEE_OTHER);
    }

    private static LoginSessions.Login login(Context ctx) {
        return WebSecurity.login(ctx);
    }

    /**
     * The plan id of the path, once it is known to belong to the recruiter's organization: every route on a plan
     * goes through here, so another organization's plan answers 404 as an unknown one does.
     */
    private String id(Context ctx) {
        String checked = ctx.attribute(CHECKED_PLAN);
        if (checked != null) {
            return checked;
        }
        String id = ctx.pathParam("id");
        plans.find(pages.orgId(ctx), id);
        ctx.attribute(CHECKED_PLAN, id);
        return id;
    }

    private static String q(Context ctx) {
        return ctx.pathParam("q");
    }

    private String planUrl(Context ctx) {
        return "/recruiter/plans/" + id(ctx);
    }

    private static QuestionType type(Context ctx) {
        return enumParam(ctx, "type", QuestionType.class);
    }

    static <E extends Enum<E>> E enumParam(Context ctx, String name, Class<E> type) {
        String value = ctx.formParam(name);
        try {
            return Enum.valueOf(type, value == null ? "" : value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw WebException.badRequest("Choose a " + name + " from the list.");
        }
    }

    static int intParam(String value, int defaultValue, int min, int max, String message) {
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n < min || n > max) {
                throw WebException.badRequest(message);
            }
            return n;
        } catch (NumberFormatException e) {
            throw WebException.badRequest(message);
        }
    }
}
