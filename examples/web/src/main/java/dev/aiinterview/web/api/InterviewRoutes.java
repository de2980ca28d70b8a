package dev.aiinterview.web.api;

import dev.aiinterview.api.InterviewReport;
import dev.aiinterview.api.SessionState;
import dev.aiinterview.core.report.MarkdownReport;
import dev.aiinterview.json.Json;
import dev.aiinterview.web.WebSettings;
import dev.aiinterview.web.apikey.ApiScope;
import dev.aiinterview.web.http.ApiProblem;
import dev.aiinterview.web.http.ApiProblem.FieldError;
import dev.aiinterview.web.http.WebException;
import dev.aiinterview.web.invitation.InvitationLinkPage;
import dev.aiinterview.web.invitation.InvitationRepository;
import dev.aiinterview.web.invitation.Invitations;
import dev.aiinterview.web.plan.OrgPlans;
import dev.aiinterview.web.plan.Plans;
import dev.aiinterview.spi.InterviewStore;
import io.javalin.http.Context;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code /api/v1/interviews}: one candidate's interview of a job, its link (shown once), status and progress,
 * cancellation, erasure, and its report as JSON or Markdown.
 */
final class InterviewRoutes {

    record Candidate(String name, String email, String externalId) {}

    record CreateInterview(Candidate candidate, Integer expiresInDays) {}

    static final List<String> STATUSES = List.of("invited", "in_progress", "completed", "declined", "expired",
            "cancelled", "erased");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9-]{1,64}");

    private final OrgPlans plans;
    private final Invitations interviews;
    private final InvitationRepository invitations;
    private final InterviewStore store;
    private final WebSettings settings;
    private final MarkdownReport markdown;
    private final Clock clock;

    InterviewRoutes(OrgPlans plans, Invitations interviews, InvitationRepository invitations, InterviewStore store,
                    WebSettings settings, double lowConfidence, Clock clock) {
        this.plans = plans;
        this.interviews = interviews;
        this.invitations = invitations;
        this.store = store;
        this.settings = settings;
        this.markdown = new MarkdownReport(lowConfidence);
        this.clock = clock;
    }

    void register(ApiRouter r) {
        r.post("/api/v1/jobs/{id}/interviews", this::create);
        r.get("/api/v1/interviews", this::list);
        r.get("/api/v1/interviews/{id}", ctx -> {
            String org = ApiAuth.require(ctx, ApiScope.INTERVIEWS_READ).orgId();
            reply(ctx, 200, find(org, ctx.pathParam("id")));
        });
        r.post("/api/v1/interviews/{id}/cancel", ctx -> {
            String org = ApiAuth.require(ctx, ApiScope.INTERVIEWS_WRITE).orgId();
            interviews.cancel(find(org, ctx.pathParam("id")).invitation());
            // Names the interview the answer is about, so its stored idempotent copy is deleted with an erasure.
            ctx.header("Content-Location", "/api/v1/interviews/" + ctx.pathParam("id"));
            reply(ctx, 200, find(org, ctx.pathParam("id")));
        });
        r.delete("/api/v1/interviews/{id}", this::erase);
        r.get("/api/v1/interviews/{id}/report", this::report);
    }

    private void create(Context ctx) {
        String org = ApiAuth.require(ctx, ApiScope.INTERVIEWS_WRITE).orgId();
        String jobId = ctx.pathParam("id");
        plans.find(org, jobId);
        CreateInterview body = ApiJson.read(ctx, CreateInterview.class);
        var fields = new Fields();
        fields.required("/candidate", body.candidate(), "the candidate: {\"name\": ...}");
        String name = null;
        String email = null;
        String externalId = null;
        if (body.candidate() != null) {
            name = fields.text("/candidate/name", body.candidate().name(), true, 1, 200);
            email = fields.email("/candidate/email", body.candidate().email());
            externalId = fields.text("/candidate/externalId", body.candidate().externalId(), false, 1, 200);
        }
        Integer days = fields.number("/expiresInDays", body.expiresInDays(), 1, 365);
        fields.check();
        var job = plans.find(org, jobId);
        if (job.plan() == null) {
            throw new ApiProblem(409, "job-not-ready", job.error() == null
                    ? "The job is still being planned; poll GET /api/v1/jobs/" + jobId + " until its status is ready."
                    : "Planning this job failed (" + job.error() + "); create the job again.");
        }
        Plans.Sendable sendable = plans.sendable(org, jobId);
        if (!sendable.openFlags().isEmpty()) {
            throw new ApiProblem(409, "fairness-flags-open", sendable.openFlags().size() + " question(s) of this job "
                    + "have fairness flags that are neither fixed nor overridden: edit or delete them (see each "
                    + "question's flags in GET /api/v1/jobs/" + jobId + "), or override them on the recruiter's plan "
                    + "page, then send the interview again.");
        }
        Invitations.Created created = interviews.invite(jobId, sendable.plan(), name,
                days == null ? settings.invitationDays() : days, email, externalId, job.followUps());
        String id = created.invitation().id();
        Map<String, Object> reply = new LinkedHashMap<>();
        reply.put("url", InvitationLinkPage.link(ctx, settings, created.token()));
        reply.putAll(view(find(org, id)));
        ctx.header("Location", "/api/v1/interviews/" + id);
        ctx.status(201).contentType("application/json").result(Json.write(reply));
    }

    private void list(Context ctx) {
        String org = ApiAuth.require(ctx, ApiScope.INTERVIEWS_READ).orgId();
        var errors = new java.util.ArrayList<FieldError>();
        String jobId = ctx.queryParam("jobId");
        if (jobId != null && !ID.matcher(jobId).matches()) {
            errors.add(FieldError.param("jobId", "Give a job's id as GET /api/v1/jobs lists them."));
        }
        String status = ctx.queryParam("status");
        if (status != null && !STATUSES.contains(status)) {
            errors.add(FieldError.param("status", "Give one of: " + String.join(", ", STATUSES) + "."));
        }
        String externalId = ctx.queryParam("externalId");
        if (externalId != null && (externalId.isBlank() || externalId.length() > 200)) {
            errors.add(FieldError.param("externalId", "Give your id of the candidate, 1 to 200 characters."));
        }
        Paging.Request page;
        try {
            page = Paging.request(ctx, Set.of("jobId", "status", "externalId"));
        } catch (ApiProblem p) {
            errors.addAll(p.errors());
            page = null;
        }
        if (!errors.isEmpty()) {
            throw ApiProblem.invalid(errors);
        }
        var fetched = invitations.page(org, new InvitationRepository.Filter(jobId, status, externalId),
                page.afterAt(), page.afterId(), page.limit() + 1, clock.instant());
        ctx.contentType("application/json").result(Json.write(Paging.reply(fetched, page.limit(), this::view,
                l -> l.invitation().createdAt(), l -> l.invitation().id())));
    }

    private void erase(Context ctx) {
        String org = ApiAuth.require(ctx, ApiScope.INTERVIEWS_WRITE).orgId();
        var inv = find(org, ctx.pathParam("id")).invitation();
        String receipt = interviews.erase(inv, e -> Json.write(receipt(inv.id(), e)));
        ctx.status(200).contentType("application/json").result(receipt);
    }

    private static Map<String, Object> receipt(String id, Invitations.Erasure e) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("interviewId", id);
        map.put("erasedAt", e.erasedAt());
        map.put("recordingsDeleted", e.recordingsDeleted());
        map.put("answersDeleted", e.answersDeleted());
        map.put("reportDeleted", e.reportDeleted());
        return map;
    }

    private void report(Context ctx) {
        String org = ApiAuth.require(ctx, ApiScope.REPORTS_READ).orgId();
        var listed = find(org, ctx.pathParam("id"));
        InterviewReport report = state(listed).map(SessionState::report).orElse(null);
        if (report == null) {
            throw new ApiProblem(409, "report-not-ready", "The report is not ready yet (the interview is "
                    + listed.apiStatus().replace('_', ' ') + "); poll GET /api/v1/interviews/" + listed.invitation().id()
                    + " until reportReady is true, or wait for the report.ready webhook.");
        }
        String accept = ctx.header("Accept");
        if (accept != null && accept.contains("text/markdown")) {
            ctx.contentType("text/markdown; charset=utf-8").result(markdown.render(report));
        } else {
            ctx.contentType("application/json").result(Json.write(report));
        }
    }

    /** An interview of the organization with its API status; another organization's is not found (404). */
    InvitationRepository.Listed find(String org, String id) {
        return invitations.findListed(org, id, clock.instant()).orElseThrow(() -> WebException.notFound(
                "There is no interview with this id in your organization. List them with GET /api/v1/interviews."));
    }

    private Optional<SessionState> state(InvitationRepository.Listed listed) {
        return listed.invitation().erasedAt() != null ? Optional.empty()
                : store.load(listed.invitation().sessionId());
    }

    private Map<String, Object> view(InvitationRepository.Listed listed) {
        return InterviewViews.interview(listed, state(listed));
    }

    private void reply(Context ctx, int status, InvitationRepository.Listed listed) {
        ctx.status(status).contentType("application/json").result(Json.write(view(listed)));
    }
}
