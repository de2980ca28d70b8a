package dev.aiinterview.core.plan;

import dev.aiinterview.contract.QuestionScreen;
import dev.aiinterview.api.InterviewEvent;
import dev.aiinterview.api.InterviewPlan;
import dev.aiinterview.api.JobDescription;
import dev.aiinterview.api.JobProfile;
import dev.aiinterview.api.Question;
import dev.aiinterview.api.QuestionFlag;
import dev.aiinterview.api.Topic;
import dev.aiinterview.core.llm.ContractRunner;
import dev.aiinterview.contract.JdAnalysis;
import dev.aiinterview.contract.QuestionPlan;
import dev.aiinterview.contract.QuestionReview;
import dev.aiinterview.core.event.EventBus;
import dev.aiinterview.core.llm.AccountingScope;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;

/**
 * Turns a job description into an {@link InterviewPlan}: {@code jd-analysis} (one call), {@code question-plan}
 * for every topic (one call), then the question review ({@link ReviewMode}).
 */
public final class Planner {

    private final ContractRunner runner;
    private final QuestionScreen screen;
    private final PlanSettings settings;
    private final EventBus events;
    private final Clock clock;
    private final Executor executor;

    /**
     * @param executor runs each planning step once the call before it has answered, so the planning events and the
     *                 host's callbacks never run on a provider's own thread; a blocking provider runs there too
     */
    public Planner(ContractRunner runner, QuestionScreen screen, PlanSettings settings, EventBus events, Clock clock,
                   Executor executor) {
        this.runner = runner;
        this.screen = screen;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
        this.executor = Objects.requireNonNull(executor, "executor");
    }

    /** Plans and waits for the plan; a failure is thrown as the provider's exception. */
    public InterviewPlan plan(JobDescription jd) {
        return join(planAsync(jd));
    }

    /**
     * Plans without holding a thread while the provider works: each call is made on the executor when the one
     * before it has answered. The future completes on the executor, and fails with the exceptions {@link #plan}
     * throws.
     */
    public CompletableFuture<InterviewPlan> planAsync(JobDescription jd) {
        var scope = new AccountingScope(null, dev.aiinterview.api.Accounting.EMPTY);
        return CompletableFuture.supplyAsync(() -> {
                    step("Analysing the job description");
                    return new JdAnalysis.Input(jd.text(), settings.minTopics(), settings.maxTopics());
                }, executor)
                .thenCompose(input -> runner.runAsync(JdAnalysis.CONTRACT, input, scope))
                .thenComposeAsync(analysis -> {
                    JobProfile profile = toProfile(analysis.value());
                    step("Writing questions for " + profile.topics().size() + " topics");
                    return runner.runAsync(QuestionPlan.CONTRACT, new QuestionPlan.Input(profile.roleTitle(),
                                    profile.seniority(), profile.topics(), settings.questionsPerTopic()), scope)
                            .thenApply(drafted -> new InterviewPlan(jd, profile, toQuestions(drafted.value(), profile),
                                    List.of(), analysis.provenance(), null));
                }, executor)
                .thenComposeAsync(plan -> flags(plan, Set.of(), scope)
                        .thenApply(flags -> plan.withQuestions(plan.questions(), flags)), executor)
                .handleAsync((plan, error) -> {
                    // On the executor either way, so a host's callback never runs on a provider's thread.
                    if (error != null) {
                        throw error instanceof CompletionException ce ? ce : new CompletionException(error);
                    }
                    InterviewPlan result = plan.withAccounting(scope.snapshot());
                    events.publish(new InterviewEvent.PlanCreated(null, clock.instant(), result));
                    return result;
                }, executor);
    }

    /**
     * Reviews a plan again after a person edited it. Questions in {@code changed} always go to the LLM review
     * (unless the mode is {@link ReviewMode#OFF}); the rest follow the mode. Returns the plan with new flags and
     * the review's cost added. Blocks; the screen and a blocking provider run on the calling thread.
     */
    public InterviewPlan review(InterviewPlan plan, Collection<String> changed) {
        var scope = new AccountingScope(null, plan.accounting());
        List<QuestionFlag> flags = join(flags(plan, Set.copyOf(changed), scope));
        return plan.withQuestions(plan.questions(), flags).withAccounting(scope.snapshot());
    }

    /** Screens on the calling thread, then asks the LLM to review the questions that need it, if any. */
    private CompletableFuture<List<QuestionFlag>> flags(InterviewPlan plan, Set<String> changed,
                                                        AccountingScope scope) {
        if (settings.reviewMode() == ReviewMode.OFF || plan.questions().isEmpty()) {
            return CompletableFuture.completedFuture(List.of());
        }
        Set<String> toReview = new LinkedHashSet<>(changed);
        if (settings.reviewMode() == ReviewMode.ALWAYS) {
            plan.questions().forEach(q -> toReview.add(q.id()));
        } else {
            screen.screen(plan.questions()).forEach(f -> toReview.add(f.questionId()));
        }
        List<Question> sent = plan.questions().stream().filter(q -> toReview.contains(q.id())).toList();
        // Keep earlier flags of questions not reviewed now (a person has not changed them).
        List<QuestionFlag> kept = new ArrayList<>(plan.flags().stream()
                .filter(f -> !toReview.contains(f.questionId()))
                .filter(f -> plan.question(f.questionId()).isPresent())
                .toList());
        if (sent.isEmpty()) {
            return CompletableFuture.completedFuture(kept);
        }
        step("Reviewing " + sent.size() + " question(s) for fairness");
        return runner.runAsync(QuestionReview.CONTRACT, new QuestionReview.Input(plan.profile().roleTitle(), sent),
                scope).thenApply(reviewed -> {
                    reviewed.value().flags().forEach(f -> kept.add(new QuestionFlag(f.questionId(), f.category(),
                            f.reason(), f.suggestedRewrite())));
                    return kept;
                });
    }

    private static JobProfile toProfile(JdAnalysis.Output out) {
        var topics = new ArrayList<Topic>();
        int i = 1;
        for (var t : out.topics()) {
            topics.add(new Topic("t" + i++, t.name().strip(), t.kind(), t.importance(), t.technical(),
                    t.whyItMatters(), t.evidence(), t.keywords()));
        }
        Integer years = out.yearsOfExperience() > 0 ? out.yearsOfExperience() : null;
        return new JobProfile(out.roleTitle().strip(), out.seniority(), years, out.summary(), topics);
    }

    private static List<Question> toQuestions(QuestionPlan.Output out, JobProfile profile) {
        // Ask in topic order, whatever order the model used.
        List<String> topicOrder = profile.topics().stream().map(Topic::id).toList();
        var sorted = out.questions().stream()
                .sorted(java.util.Comparator.comparingInt(q -> topicOrder.indexOf(q.topicId())))
                .collect(Collectors.toList());
        var questions = new ArrayList<Question>();
        int i = 1;
        for (var q : sorted) {
            questions.add(new Question("q" + i++, q.type(), q.topicId(), q.text().strip(), q.goodAnswerShows()));
        }
        return questions;
    }

    private void step(String step) {
        events.publish(new InterviewEvent.PlanningStep(null, clock.instant(), step));
    }

    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }
}
