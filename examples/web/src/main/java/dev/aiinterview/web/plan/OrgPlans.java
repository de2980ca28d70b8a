package dev.aiinterview.web.plan;

import dev.aiinterview.api.InterviewPlan;
import dev.aiinterview.api.JobDescription;
import dev.aiinterview.api.Question;
import dev.aiinterview.api.QuestionType;
import dev.aiinterview.api.Seniority;
import dev.aiinterview.web.http.WebException;
import java.time.Instant;
import java.util.List;

/**
 * An organization's plans as the REST API reaches them: every method takes the organization, and another
 * organization's plan is not found (404, never 403). Edits follow the plan page's rules through {@link Plans}:
 * the same editor, and changed wording screened again by the fairness review.
 */
public final class OrgPlans {

    private final Plans plans;

    public OrgPlans(Plans plans) {
        this.plans = plans;
    }

    /**
     * Stores the job description as a plan of the organization and plans it in the background; {@code title},
     * {@code questionsPerTopic} (1 to 3) and {@code followUps} (0 to 5) are null for the planning's or server's.
     */
    public String create(String orgId, JobDescription jd, String title, Integer questionsPerTopic, Integer followUps) {
        return plans.create(orgId, jd, title, questionsPerTopic, followUps);
    }

    /** A plan of the organization. */
    public PlanRepository.StoredPlan find(String orgId, String id) {
        return plans.lookup(orgId, id).orElseThrow(() -> WebException.notFound("There is no job with this id in your "
                + "organization. List your jobs with GET /api/v1/jobs."));
    }

    /** A page of the organization's plans, the newest first; see {@link PlanRepository#page}. */
    public List<PlanRepository.StoredPlan> page(String orgId, Instant afterAt, String afterId, int limit) {
        return plans.page(orgId, afterAt, afterId, limit);
    }

    /** The recruiter's recorded decisions on the plan's flagged questions. */
    public List<FlagOverride> overrides(String id) {
        return plans.overrides(id);
    }

    /** Renames the role and sets its seniority ({@code null}: keep), as the plan page does. */
    public InterviewPlan editProfile(String orgId, String id, String title, Seniority seniority) {
        find(orgId, id);
        return plans.edit(id, p -> PlanEditor.editProfile(p, title == null ? p.profile().roleTitle() : title,
                seniority == null ? p.profile().seniority() : seniority), List.of());
    }

    /** Adds a question and screens it, as the plan page does; returns its id. */
    public String addQuestion(String orgId, String id, String topicId, QuestionType type, String text) {
        find(orgId, id);
        return plans.add(id, p -> PlanEditor.addQuestion(p, topicId, type, text));
    }

    /** Edits a question ({@code null}: keep) and screens its new wording. */
    public InterviewPlan editQuestion(String orgId, String id, String questionId, String text, QuestionType type,
                                      String topicId) {
        find(orgId, id);
        return plans.edit(id, p -> {
            Question q = p.question(questionId).orElseThrow(() -> WebException.notFound("The job has no question "
                    + "with this id; GET the job for its questions."));
            return PlanEditor.editQuestion(p, questionId, text == null ? q.text() : text,
                    type == null ? q.type() : type, topicId == null ? q.topicId() : topicId);
        }, List.of(questionId));
    }

    /** Deletes a question. */
    public InterviewPlan deleteQuestion(String orgId, String id, String questionId) {
        find(orgId, id);
        return plans.edit(id, p -> PlanEditor.deleteQuestion(p, questionId), List.of());
    }

    /** The plan as stored now, checked against the fairness gate. */
    public Plans.Sendable sendable(String orgId, String id) {
        find(orgId, id);
        return plans.sendable(id);
    }
}
