package dev.aiinterview.web.api;

import dev.aiinterview.api.InterviewPlan;
import dev.aiinterview.api.JobDescription;
import dev.aiinterview.api.QuestionType;
import dev.aiinterview.api.Seniority;
import dev.aiinterview.api.error.InvalidInputException;
import dev.aiinterview.core.input.JobDescriptions;
import dev.aiinterview.json.Json;
import dev.aiinterview.web.apikey.ApiScope;
import dev.aiinterview.web.http.ApiProblem;
import dev.aiinterview.web.http.ApiProblem.FieldError;
import dev.aiinterview.web.plan.PlanRepository;
import dev.aiinterview.web.plan.OrgPlans;
import io.javalin.http.Context;
import java.util.List;
import java.util.Set;

/**
 * {@code /api/v1/jobs}: a job is a plan made from a job description, in the background (202, then poll), and edited
 * with the plan page's rules: every changed wording is screened again by the fairness review.
 */
final class JobRoutes {

    record CreateJob(String title, String description, Integer questionsPerTopic, Integer followUps) {}

    record UpdateJob(String title, String seniority) {}

    record NewQuestion(String topicId, String type, String text) {}

    record QuestionChange(String topicId, String type, String text) {}

    private final OrgPlans plans;

    JobRoutes(OrgPlans plans) {
        this.plans = plans;
    }

    void register(ApiRouter r) {
        r.post("/api/v1/jobs", this::create);
        r.get("/api/v1/jobs", this::list);
        r.get("/api/v1/jobs/{id}", ctx -> {
            String org = ApiAuth.require(ctx, ApiScope.JOBS_READ).orgId();
            reply(ctx, 200, plans.find(org, ctx.pathParam("id")));
        });
        r.patch("/api/v1/jobs/{id}", this::update);
        r.post("/api/v1/jobs/{id}/questions", this::addQuestion);
        r.patch("/api/v1/jobs/{id}/questions/{questionId}", this::editQuestion);
        r.delete("/api/v1/jobs/{id}/questions/{questionId}", ctx -> {
            String org = ApiAuth.require(ctx, ApiScope.JOBS_WRITE).orgId();
            plans.deleteQuestion(org, ctx.pathParam("id"), ctx.pathParam("questionId"));
            ctx.status(204);
        });
    }

    private void create(Context ctx) {
        String org = ApiAuth.require(ctx, ApiScope.JOBS_WRITE).orgId();
        CreateJob body = ApiJson.read(ctx, CreateJob.class);
        var fields = new Fields();
        String title = fields.text("/title", body.title(), false, 1, 200);
        fields.required("/description", body.description(), "the job advert's text (40 to 50,000 characters)");
        Integer perTopic = fields.number("/questionsPerTopic", body.questionsPerTopic(), 1, 3);
        Integer followUps = fields.number("/followUps", body.followUps(), 0, 5);
        fields.check();
        JobDescription jd;
        try {
            jd = JobDescriptions.of(body.description(), "api");
        } catch (InvalidInputException e) {
            throw ApiProblem.invalid(List.of(FieldError.at("/description", e.getMessage())));
        }
        String id = plans.create(org, jd, title, perTopic, followUps);
        ctx.header("Location", "/api/v1/jobs/" + id);
        reply(ctx, 202, plans.find(org, id));
    }

    private void list(Context ctx) {
        String org = ApiAuth.require(ctx, ApiScope.JOBS_READ).orgId();
        Paging.Request page = Paging.request(ctx, Set.of());
        var fetched = plans.page(org, page.afterAt(), page.afterId(), page.limit() + 1);
        ctx.contentType("application/json").result(Json.write(Paging.reply(fetched, page.limit(),
                p -> JobViews.job(p, plans.overrides(p.id())), PlanRepository.StoredPlan::createdAt,
                PlanRepository.StoredPlan::id)));
    }

    private void update(Context ctx) {
        String org = ApiAuth.require(ctx, ApiScope.JOBS_WRITE).orgId();
        UpdateJob body = ApiJson.read(ctx, UpdateJob.class);
        var fields = new Fields();
        String title = fields.text("/title", body.title(), false, 1, 200);
        Seniority seniority = fields.choice("/seniority", body.seniority(), Seniority.class);
        fields.check();
        plans.editProfile(org, ctx.pathParam("id"), title, seniority);
        reply(ctx, 200, plans.find(org, ctx.pathParam("id")));
    }

    private void addQuestion(Context ctx) {
        String org = ApiAuth.require(ctx, ApiScope.JOBS_WRITE).orgId();
        String id = ctx.pathParam("id");
        plans.find(org, id);
        NewQuestion body = ApiJson.read(ctx, NewQuestion.class);
        var fields = new Fields();
        fields.required("/topicId", body.topicId(), "the id of one of the job's topics");
        QuestionType type = fields.choice("/type", body.type(), QuestionType.class);
        fields.required("/type", body.type(), "the question's type");
        fields.text("/text", body.text(), true, 10, 600);
        fields.check();
        String added = plans.addQuestion(org, id, body.topicId(), type, body.text());
        ctx.header("Location", "/api/v1/jobs/" + id + "/questions/" + added);
        replyQuestion(ctx, 201, org, id, added);
    }

    private void editQuestion(Context ctx) {
        String org = ApiAuth.require(ctx, ApiScope.JOBS_WRITE).orgId();
        String id = ctx.pathParam("id");
        plans.find(org, id);
        QuestionChange body = ApiJson.read(ctx, QuestionChange.class);
        var fields = new Fields();
        QuestionType type = fields.choice("/type", body.type(), QuestionType.class);
        fields.text("/text", body.text(), false, 10, 600);
        fields.text("/topicId", body.topicId(), false, 1, 64);
        fields.check();
        plans.editQuestion(org, id, ctx.pathParam("questionId"), body.text(), type, body.topicId());
        replyQuestion(ctx, 200, org, id, ctx.pathParam("questionId"));
    }

    private void replyQuestion(Context ctx, int status, String org, String id, String questionId) {
        PlanRepository.StoredPlan stored = plans.find(org, id);
        InterviewPlan plan = stored.plan();
        var q = plan.question(questionId).orElseThrow();
        ctx.status(status).contentType("application/json").result(Json.write(JobViews.question(plan, q,
                plans.overrides(id))));
    }

    private void reply(Context ctx, int status, PlanRepository.StoredPlan stored) {
        ctx.status(status).contentType("application/json").result(Json.write(JobViews.job(stored,
                plans.overrides(stored.id()))));
    }
}
