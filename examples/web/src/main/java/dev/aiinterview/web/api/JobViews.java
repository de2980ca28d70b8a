package dev.aiinterview.web.api;

import dev.aiinterview.api.InterviewPlan;
import dev.aiinterview.api.Question;
import dev.aiinterview.api.Topic;
import dev.aiinterview.web.plan.FlagGate;
import dev.aiinterview.web.plan.FlagOverride;
import dev.aiinterview.web.plan.PlanRepository;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Jobs (the app's plans) as the API shows them; the shapes are the OpenAPI document's {@code Job} and friends. */
final class JobViews {

    /** A job: its status, and once ready its title, seniority, topics, questions and whether it may be sent. */
    static Map<String, Object> job(PlanRepository.StoredPlan stored, List<FlagOverride> overrides) {
        Map<String, Object> job = new LinkedHashMap<>();
        job.put("id", stored.id());
        job.put("status", lower(stored.status()));
        job.put("error", stored.error());
        InterviewPlan plan = stored.plan();
        job.put("title", plan == null ? stored.title() : plan.profile().roleTitle());
        job.put("seniority", plan == null ? null : lower(plan.profile().seniority()));
        job.put("followUps", stored.followUps());
        job.put("createdAt", stored.createdAt());
        job.put("updatedAt", stored.updatedAt());
        job.put("topics", plan == null ? List.of() : plan.profile().topics().stream().map(JobViews::topic).toList());
        job.put("questions", plan == null ? List.of()
                : plan.questions().stream().map(q -> question(plan, q, overrides)).toList());
        int open = plan == null ? 0 : FlagGate.openQuestions(plan, overrides).size();
        job.put("openFlags", open);
        job.put("canSendInterviews", plan != null && open == 0);
        return job;
    }

    /** A question with its fairness flags and whether a recruiter's override covers its current wording. */
    static Map<String, Object> question(InterviewPlan plan, Question q, List<FlagOverride> overrides) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("id", q.id());
        map.put("topicId", q.topicId());
        map.put("type", lower(q.type()));
        map.put("text", q.text());
        map.put("goodAnswer", q.goodAnswerShows() == null ? "" : q.goodAnswerShows());
        map.put("flags", FlagGate.flags(plan, q).map(f -> {
            Map<String, Object> flag = new LinkedHashMap<>();
            flag.put("category", lower(f.category()));
            flag.put("reason", f.reason());
            flag.put("suggestedRewrite", f.suggestedRewrite() == null ? "" : f.suggestedRewrite());
            return flag;
        }).toList());
        map.put("flagOverridden", FlagGate.flagged(plan, q) && FlagGate.override(q, overrides).isPresent());
        return map;
    }

    private static Map<String, Object> topic(Topic t) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("id", t.id());
        map.put("name", t.name());
        map.put("kind", lower(t.kind()));
        map.put("why", t.whyItMatters() == null ? "" : t.whyItMatters());
        return map;
    }

    static String lower(Enum<?> e) {
        return e == null ? null : e.name().toLowerCase(Locale.ROOT);
    }

    private JobViews() {
    }
}
