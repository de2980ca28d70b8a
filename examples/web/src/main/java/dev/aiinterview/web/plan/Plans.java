package dev.aiinterview.web.plan;

import dev.aiinterview.api.InterviewPlan;
import dev.aiinterview.api.JobDescription;
import dev.aiinterview.api.Question;
import dev.aiinterview.api.Topic;
import dev.aiinterview.core.Interviewer;
import dev.aiinterview.web.http.Format;
import dev.aiinterview.web.http.WebException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Plans: made in the background from a job description, then edited by the recruiter. Every edit is re-screened
 * by the SDK's question review, so the flags shown are always those of the current wording.
 */
public final class Plans {

    private static final Logger LOG = LoggerFactory.getLogger(Plans.class);
    static final int MIN_REASON_CHARS = 10;
    static final int MAX_REASON_CHARS = 1000;

    private final Interviewer interviewer;
    private final Supplier<Interviewer> alternatives;
    private final java.util.function.IntFunction<Interviewer> planners;
    private final PlanRepository repo;
    private final FlagOverrides overrides;

    /**
     * @param alternatives an interviewer that writes several questions per topic, for "regenerate one"
     * @param planners     interviewers that plan with a given number of questions per topic
     * @param overrides    the recruiter's recorded decisions to send flagged questions as worded
     */
    public Plans(Interviewer interviewer, Supplier<Interviewer> alternatives,
                 java.util.function.IntFunction<Interviewer> planners, PlanRepository repo, FlagOverrides overrides) {
        this.interviewer = interviewer;
        this.alternatives = alternatives;
        this.planners = planners;
        this.repo = repo;
        this.overrides = overrides;
    }

    /** Stores the job description as a plan of the organization and starts planning; returns its id at once. */
    String create(String orgId, JobDescription jd) {
        return create(orgId, jd, null, null, null);
    }

    /**
     * {@link #create(String, JobDescription)} with the role's title chosen by the client ({@code null}: the one
     * the planning finds), set once the plan is made, as the recruiter would set it on the page; with
     * {@code questionsPerTopic} (1 to 3) and the {@code followUps} its interviews allow (0 to 5), each null for the
     * server's settings.
     */
    String create(String orgId, JobDescription jd, String title, Integer questionsPerTopic, Integer followUps) {
        String id = repo.create(orgId, jd.text(), jd.source(), followUps);
        Interviewer planner = questionsPerTopic == null ? interviewer : planners.apply(questionsPerTopic);
        planner.planAsync(jd).whenComplete((made, error) -> {
            if (error == null) {
                try {
                    InterviewPlan plan = title == null ? made
                            : PlanEditor.editProfile(made, title, made.profile().seniority());
                    repo.ready(id, plan);
                    LOG.info("Plan {} ready: {} questions for {}", id, plan.questions().size(),
                            plan.profile().roleTitle());
                } catch (RuntimeException e) {
                    // Without this the failure vanished in the future and the page said "Drafting..." for ever.
                    LOG.error("Plan {} was made but could not be stored", id, e);
                    repo.failed(id, "The plan was made but could not be stored. Try again, or check the server log.");
                }
            } else {
                Throwable cause = error instanceof CompletionException && error.getCause() != null
                        ? error.getCause() : error;
                LOG.warn("Planning {} failed: {}", id, cause.toString());
                repo.failed(id, cause instanceof dev.aiinterview.api.error.InterviewException
                        ? cause.getMessage() : "The plan could not be made. Try again, or check the server log.");
            }
        });
        return id;
    }

    /** The plan of the organization, if it has one with this id. */
    java.util.Optional<PlanRepository.StoredPlan> lookup(String orgId, String id) {
        return repo.find(orgId, id);
    }

    List<PlanRepository.StoredPlan> page(String orgId, java.time.Instant afterAt, String afterId, int limit) {
        return repo.page(orgId, afterAt, afterId, limit);
    }

    PlanRepository.StoredPlan find(String id) {
        return repo.find(id).orElseThrow(() -> WebException.notFound("There is no such plan."));
    }

    /** A plan of this organization; another organization's plan is not found, as if it did not exist. */
    PlanRepository.StoredPlan find(String orgId, String id) {
        return repo.find(orgId, id).orElseThrow(() -> WebException.notFound("There is no such plan."));
    }

    /** The organization's plans, the newest first. */
    java.util.List<PlanRepository.StoredPlan> list(String orgId) {
        return repo.list(orgId);
    }

    void delete(String id) {
        find(id);
        repo.delete(id);
    }

    /** The plan, which must have finished planning. */
    InterviewPlan ready(String id) {
        PlanRepository.StoredPlan stored = find(id);
        if (stored.plan() == null) {
            throw WebException.conflict("The plan is not ready yet.");
        }
        return stored.plan();
    }

    /** A ready plan and the flagged questions that keep it from being sent (none: it may be sent). */
    public record Sendable(InterviewPlan plan, List<Question> openFlags) {}

    /** The plan as stored now, checked against the fairness gate: the plan returned is the one that was checked. */
    Sendable sendable(String id) {
        InterviewPlan plan = ready(id);
        return new Sendable(plan, FlagGate.openQuestions(plan, overrides.forPlan(id)));
    }

    List<FlagOverride> overrides(String id) {
        return overrides.forPlan(id);
    }

    /** Records the recruiter's decision to send a flagged question as it is worded now, with the reason. */
    void override(String id, String questionId, String reason, String by) {
        String why = reason == null ? "" : reason.strip();
        if (why.length() < MIN_REASON_CHARS || why.length() > MAX_REASON_CHARS) {
            throw WebException.badRequest("Say why this question is fair to ask as worded, in " + MIN_REASON_CHARS
                    + " to " + MAX_REASON_CHARS + " characters.");
        }
        synchronized (lock(id)) {
            InterviewPlan plan = ready(id);
            Question q = plan.question(questionId).orElseThrow(() -> WebException.notFound(
                    "The plan has no such question; it may have been deleted. Reload the page."));
            if (!FlagGate.flagged(plan, q)) {
                throw WebException.conflict("This question has no fairness flag to override; reload the page.");
            }
            String categories = FlagGate.flags(plan, q).map(f -> Format.words(f.category())).distinct()
                    .collect(Collectors.joining(", "));
            overrides.record(id, q, categories, why, by);
            LOG.info("Plan {}: fairness flag on {} overridden by {}", id, questionId, by);
        }
    }

    /** Applies an edit and re-reviews the questions it changed. */
    InterviewPlan edit(String id, Function<InterviewPlan, InterviewPlan> change, Collection<String> changed) {
        synchronized (lock(id)) {
            InterviewPlan edited = change.apply(ready(id));
            InterviewPlan reviewed = changed.isEmpty() ? edited : interviewer.review(edited, changed);
            repo.ready(id, reviewed);
            return reviewed;
        }
    }

    /** Applies an edit that adds a question, reviews the new question and returns its id. */
    String add(String id, Function<InterviewPlan, PlanEditor.Result> change) {
        synchronized (lock(id)) {
            PlanEditor.Result result = change.apply(ready(id));
            repo.ready(id, interviewer.review(result.plan(), List.of(result.id())));
            return result.id();
        }
    }

    /**
     * Replaces a question by another the LLM wrote for the same topic. The SDK has no call that writes one
     * question, so the plan is written once more with three questions per topic, and the unused ones are kept for
     * later regenerations.
     */
    InterviewPlan regenerate(String id, String questionId) {
        synchronized (lock(id)) {
            PlanRepository.StoredPlan stored = find(id);
            InterviewPlan plan = ready(id);
            Question current = plan.question(questionId).orElseThrow(() -> WebException.notFound(
                    "The plan has no such question; reload the page."));
            List<Question> pool = new ArrayList<>(stored.alternatives());
            if (pool.stream().noneMatch(q -> q.topicId().equals(current.topicId()))) {
                pool.addAll(draftAlternatives(plan));
            }
            var used = plan.questions().stream().map(q -> normalise(q.text())).collect(Collectors.toSet());
            Question pick = pool.stream()
                    .filter(q -> q.topicId().equals(current.topicId()) && !used.contains(normalise(q.text())))
                    .findFirst()
                    .orElseThrow(() -> WebException.conflict("No other question is available for this topic. "
                            + "Edit the question by hand instead."));
            pool.remove(pick);
            repo.alternatives(id, pool);
            Question replacement = new Question(current.id(), pick.type(), current.topicId(), pick.text(),
                    pick.goodAnswerShows());
            InterviewPlan edited = interviewer.review(PlanEditor.replaceQuestion(plan, replacement), List.of(questionId));
            repo.ready(id, edited);
            return edited;
        }
    }

    /** Other questions for the plan's topics, matched by topic name and mapped to this plan's topic ids. */
    private List<Question> draftAlternatives(InterviewPlan plan) {
        InterviewPlan other = alternatives.get().plan(plan.jobDescription());
        Map<String, String> byName = plan.profile().topics().stream()
                .collect(Collectors.toMap(t -> normalise(t.name()), Topic::id, (a, b) -> a));
        Map<String, String> otherNames = other.profile().topics().stream()
                .collect(Collectors.toMap(Topic::id, t -> normalise(t.name()), (a, b) -> a));
        var result = new ArrayList<Question>();
        for (Question q : other.questions()) {
            // Same topic name; else the same position (a topic the recruiter renamed keeps its id).
            String topicId = byName.getOrDefault(otherNames.getOrDefault(q.topicId(), ""),
                    plan.profile().topic(q.topicId()).filter(t -> !byName.containsKey(otherNames.get(q.topicId())))
                            .map(Topic::id).orElse(null));
            if (topicId != null) {
                result.add(new Question(q.id(), q.type(), topicId, q.text(), q.goodAnswerShows()));
            }
        }
        return result;
    }

    private final Map<String, Object> locks = new java.util.concurrent.ConcurrentHashMap<>();

    private Object lock(String id) {
        return locks.computeIfAbsent(id, k -> new Object());
    }

    private static String normalise(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
    }
}
