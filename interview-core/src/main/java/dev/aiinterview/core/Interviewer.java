package dev.aiinterview.core;

import dev.aiinterview.api.FollowUp;
import dev.aiinterview.api.InterviewEvent;
import dev.aiinterview.api.Question;
import dev.aiinterview.api.Topic;
import dev.aiinterview.contract.Exchange;
import dev.aiinterview.contract.FollowUpQuestion;
import dev.aiinterview.core.llm.CallScope;
import dev.aiinterview.api.InterviewPlan;
import dev.aiinterview.api.JobDescription;
import dev.aiinterview.api.SessionState;
import dev.aiinterview.api.SessionStatus;
import dev.aiinterview.api.error.InvalidInputException;
import dev.aiinterview.core.check.ProviderDoctor;
import dev.aiinterview.core.plan.Planner;
import dev.aiinterview.core.session.InterviewSession;
import dev.aiinterview.core.session.SessionContext;
import dev.aiinterview.core.session.Sessions;
import dev.aiinterview.spi.LlmProvider;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import org.apiguardian.api.API;

/**
 * The SDK's entry point: plans interviews from job descriptions and runs interview sessions.
 *
 * <pre>{@code
 * try (Interviewer interviewer = Interviewer.builder().build()) {   // providers from configuration
 *     InterviewPlan plan = interviewer.plan(JobDescription.of(jobAdvert));
 *     InterviewSession session = interviewer.start(plan);
 *     session.consent();
 *     session.start();
 *     while (session.currentTurn().isPresent()) {
 *         String prompt = session.currentTurn().get().prompt();
 *         session.submit(CandidateAnswer.text(askCandidate(prompt)));
 *     }
 *     InterviewReport report = session.complete();
 * }
 * }</pre>
 *
 * Thread-safe. Build one per application and share it; {@link #close()} releases the providers it created.
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public final class Interviewer implements AutoCloseable {

    private final Planner planner;
    private final SessionContext sessionContext;
    private final Clock clock;
    private final ExecutorService ownedExecutor;
    private final List<AutoCloseable> ownedProviders;
    private final LlmProvider llm;
    private final LlmProvider llmFallback;
    private final Map<String, InterviewSession> live = new ConcurrentHashMap<>();

    Interviewer(Planner planner, SessionContext sessionContext, Clock clock, ExecutorService ownedExecutor,
                List<AutoCloseable> ownedProviders, LlmProvider llm, LlmProvider llmFallback) {
        this.planner = planner;
        this.sessionContext = sessionContext;
        this.clock = clock;
        this.ownedExecutor = ownedExecutor;
        this.ownedProviders = ownedProviders;
        this.llm = llm;
        this.llmFallback = llmFallback;
    }

    /** A builder; providers not given explicitly are chosen from configuration and the classpath. */
    public static InterviewerBuilder builder() {
        return new InterviewerBuilder();
    }

    /** The LLM provider in use. */
    public String llmProvider() {
        return llm.id();
    }

    /**
     * Checks this interviewer's own providers (LLM, fallback, speech-to-text and its fallback) with one tiny real
     * call each to those that reach a service, as {@code interview doctor} does; engines that work offline are
     * ready once created and are not called. Blocks for as long as the calls take. Never throws for a provider's
     * failure: the report says what failed.
     */
    public ProviderDoctor.Report checkProviders() {
        return ProviderDoctor.check(llm, llmFallback, sessionContext.stt(), sessionContext.sttFallback(),
                sessionContext.settings().language());
    }

    /** The speech-to-text provider in use, if any. */
    public Optional<String> speechToTextProvider() {
        return Optional.ofNullable(sessionContext.stt()).map(s -> s.id());
    }

    /**
     * Why no speech-to-text provider is in use, with the setting that fixes it (a provider on the classpath that
     * is not configured, or several without a choice); empty when one is in use or none is on the classpath.
     */
    public Optional<String> speechToTextMissingReason() {
        return Optional.ofNullable(sessionContext.sttMissing());
    }

    /**
     * Analyses a job description and writes the questions: two LLM calls, plus a review call when questions
     * need one. Blocks.
     */
    public InterviewPlan plan(JobDescription jobDescription) {
        return planner.plan(jobDescription);
    }

    /**
     * {@link #plan(JobDescription)} without waiting: each step runs on the interviewer's executor, and no thread
     * waits while an asynchronous provider works. The future completes on the executor.
     */
    public CompletableFuture<InterviewPlan> planAsync(JobDescription jobDescription) {
        return planner.planAsync(jobDescription);
    }

    /**
     * Reviews a plan a person edited: questions whose ids are in {@code changed} always get the LLM's fairness
     * review. Returns the plan with fresh flags.
     */
    public InterviewPlan review(InterviewPlan plan, Collection<String> changed) {
        return planner.review(plan, changed);
    }

    /**
     * Drafts a follow-up for a question from the exchanges so far (the standalone {@code follow-up} contract), for
     * hosts that run their own conversation. Sessions do not need it: their evaluation call drafts follow-ups.
     * Blocks.
     *
     * @param exchanges the question and any follow-ups asked so far, with the candidate's answers, in order
     */
    public FollowUp followUp(InterviewPlan plan, String questionId, List<Exchange> exchanges) {
        try {
            return draftFollowUp(plan, questionId, exchanges).join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /**
     * {@link #followUp} without waiting: the call is made on the interviewer's executor, and no thread waits while
     * an asynchronous provider works. The future completes on the executor, and fails with the exceptions
     * {@code followUp} throws.
     */
    public CompletableFuture<FollowUp> followUpAsync(InterviewPlan plan, String questionId,
                                                     List<Exchange> exchanges) {
        Executor executor = sessionContext.executor();
        return CompletableFuture.supplyAsync(() -> draftFollowUp(plan, questionId, exchanges), executor)
                .thenCompose(drafting -> drafting)
                // On the executor either way, so a host's callback never runs on a provider's thread.
                .whenCompleteAsync((followUp, error) -> { }, executor);
    }

    private CompletableFuture<FollowUp> draftFollowUp(InterviewPlan plan, String questionId,
                                                      List<Exchange> exchanges) {
        Question question = plan.question(questionId).orElseThrow(() -> new InvalidInputException(
                "The plan has no question '" + questionId + "'"));
        Topic topic = plan.profile().topic(question.topicId()).orElseThrow(() -> new InvalidInputException(
                "The plan has no topic '" + question.topicId() + "' for question " + questionId));
        return sessionContext.runner().runAsync(FollowUpQuestion.CONTRACT,
                        new FollowUpQuestion.Input(plan.profile().roleTitle(), topic, question, exchanges),
                        CallScope.none())
                .thenApply(result -> new FollowUp(questionId, Math.max(1, exchanges.size()),
                        result.value().question().strip(), result.value().probes()));
    }

    /** Creates a session for one candidate. */
    public InterviewSession start(InterviewPlan plan) {
        return start(plan, Map.of());
    }

    /**
     * Creates a session for one candidate, with host data (candidate reference, invitation id) kept in its
     * state.
     */
    public InterviewSession start(InterviewPlan plan, Map<String, String> metadata) {
        if (plan.questions().isEmpty()) {
            throw new InvalidInputException("The plan has no questions: add at least one before starting an interview.");
        }
        var state = new SessionState(UUID.randomUUID().toString(), SessionStatus.CREATED, plan, List.of(),
                sessionContext.settings().maxFollowUps(), clock.instant(), null, null, null, plan.accounting(),
                null, null, metadata);
        InterviewSession session = Sessions.create(sessionContext, state);
        live.put(session.id(), session);
        sessionContext.events().publish(new InterviewEvent.SessionCreated(session.id(), clock.instant()));
        return session;
    }

    /**
     * The session with this id, from memory or from the store (after a restart). An answer that was stored but
     * not yet processed when the process stopped is processed again.
     */
    public Optional<InterviewSession> resume(String sessionId) {
        InterviewSession session = live.get(sessionId);
        if (session != null) {
            return Optional.of(session);
        }
        // Not computeIfAbsent: that holds a lock of the map while the session starts its work, which would pin
        // a virtual thread. A session that loses the race is dropped before it starts any.
        return sessionContext.store().load(sessionId).map(state -> {
            InterviewSession loaded = Sessions.load(sessionContext, state);
            InterviewSession raced = live.putIfAbsent(sessionId, loaded);
            if (raced != null) {
                return raced;
            }
            Sessions.resumePending(loaded);
            return loaded;
        });
    }

    /** Forgets a finished session from memory; it stays in the store. */
    public void release(String sessionId) {
        live.remove(sessionId);
    }

    @Override
    public void close() {
        if (ownedExecutor != null) {
            ownedExecutor.shutdown();
        }
        for (AutoCloseable provider : ownedProviders) {
            try {
                provider.close();
            } catch (Exception e) {
                org.slf4j.LoggerFactory.getLogger(Interviewer.class).warn("Closing {} failed", provider, e);
            }
        }
    }
}
