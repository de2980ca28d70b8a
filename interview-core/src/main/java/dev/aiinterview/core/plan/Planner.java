package dev.aiinterview.core.plan;

import dev.aiinterview.contract.QuestionScreen;
import dev.aiinterview.api.InterviewEvent;
import dev.aiinterview.api.InterviewPlan;
import dev.aiinterview.api.JobDescription;
import dev.aiinterview.api.JobProfile;
import dev.aiinterview.api.Question;
import dev.aiinterview.api.QuestionFlag;
import dev.aiinterview.api.Topic;
import dev.aiinterview.core.llm.ContractResult;
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
import java.util.Set;
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

    public Planner(ContractRunner runner, QuestionScreen screen, PlanSettings settings, EventBus events, Clock clock) {
        this.runner = runner;
        this.screen = screen;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    public InterviewPlan plan(JobDescription jd) {
        var scope = new AccountingScope(null, dev.aiinterview.api.Accounting.EMPTY);
        step("Analysing the job description");
        ContractResult<JdAnalysis.Output> analysis = runner.run(JdAnalysis.CONTRACT,
                new JdAnalysis.Input(jd.text(), settings.minTopics(), settings.maxTopics()), scope);
        JobProfile profile = toProfile(analysis.value());

        step("Writing questions for " + profile.topics().size() + " topics");
        ContractResult<QuestionPlan.Output> drafted = runner.run(QuestionPlan.CONTRACT,
                new QuestionPlan.Input(profile.roleTitle(), profile.seniority(), profile.topics(),
                        settings.questionsPerTopic()), scope);
        List<Question> questions = toQuestions(drafted.value(), profile);

        var plan = new InterviewPlan(jd, profile, questions, List.of(), analysis.provenance(), null);
        List<QuestionFlag> flags = review(plan, Set.of(), scope);
        InterviewPlan result = plan.withQuestions(questions, flags).withAccounting(scope.snapshot());
        events.publish(new InterviewEvent.PlanCreated(null, clock.instant(), result));
        return result;
    }

    /**
     * Reviews a plan again after a person edited it. Questions in {@code changed} always go to the LLM review
     * (unless the mode is {@link ReviewMode#OFF}); the rest follow the mode. Returns the plan with new flags and
     * the review's cost added.
     */
    public InterviewPlan review(InterviewPlan plan, Collection<String> changed) {
        var scope = new AccountingScope(null, plan.accounting());
        List<QuestionFlag> flags = review(plan, Set.copyOf(changed), scope);
        return plan.withQuestions(plan.questions(), flags).withAccounting(scope.snapshot());
    }

    private List<QuestionFlag> review(InterviewPlan plan, Set<String> changed, AccountingScope scope) {
        if (settings.reviewMode() == ReviewMode.OFF || plan.questions().isEmpty()) {
            return List.of();
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
            return kept;
        }
        step("Reviewing " + sent.size() + " question(s) for fairness");
        ContractResult<QuestionReview.Output> reviewed = runner.run(QuestionReview.CONTRACT,
                new QuestionReview.Input(plan.profile().roleTitle(), sent), scope);
        reviewed.value().flags().forEach(f ->
                kept.add(new QuestionFlag(f.questionId(), f.category(), f.reason(), f.suggestedRewrite())));
        return kept;
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
}
