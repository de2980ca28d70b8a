package dev.aiinterview.core.session;

import dev.aiinterview.api.Answer;
import dev.aiinterview.api.AnswerMode;
import dev.aiinterview.api.AudioInput;
import dev.aiinterview.api.InterviewEvent;
import dev.aiinterview.api.InterviewReport;
import dev.aiinterview.api.MediaRef;
import dev.aiinterview.api.SessionState;
import dev.aiinterview.api.SessionStatus;
import dev.aiinterview.api.Transcript;
import dev.aiinterview.api.Turn;
import dev.aiinterview.api.error.InterviewException;
import dev.aiinterview.api.error.InvalidInputException;
import dev.aiinterview.api.error.SessionStateException;
import dev.aiinterview.core.input.AudioFiles;
import dev.aiinterview.core.llm.AccountingScope;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One candidate's interview: CREATED -> CONSENTED -> IN_PROGRESS -> COMPLETED, or ABANDONED.
 *
 * <p>Each answer is stored before it is processed, then transcribed (if spoken), evaluated, and followed by a
 * follow-up when the evaluation asks for one and the limit allows, else by the next question. If processing fails
 * the answer is kept with the error, the interview moves on, and {@link #complete()} tries the failed answers
 * again. Every change is saved to the {@link dev.aiinterview.spi.InterviewStore}. Thread-safe; one answer is
 * processed at a time.
 */
public final class InterviewSession {

    private static final Logger LOG = LoggerFactory.getLogger(InterviewSession.class);

    private final SessionContext ctx;
    private final AnswerProcessor processor;
    private final TurnFlow flow;
    private SessionState state;
    private CompletableFuture<Turn> inFlight = CompletableFuture.completedFuture(null);
    /** Set while the report is written: an answer accepted then would be overwritten by the completed state. */
    private boolean completing;

    InterviewSession(SessionContext ctx, SessionState state) {
        this.ctx = ctx;
        this.processor = new AnswerProcessor(ctx);
        this.flow = new TurnFlow(ctx, processor);
        this.state = state;
    }

    public String id() {
        return state().id();
    }

    /** A snapshot of the whole state, serialisable to JSON. */
    public synchronized SessionState state() {
        return state;
    }

    public SessionStatus status() {
        return state().status();
    }

    /** Records the candidate's consent to an AI-run, recorded interview. */
    public synchronized void consent() {
        requireStatus(SessionStatus.CREATED, "consent");
        save(States.consented(state, ctx.clock().instant()));
        ctx.events().publish(new InterviewEvent.ConsentRecorded(state.id(), ctx.clock().instant()));
    }

    /** Starts the interview after consent and returns the first prompt. */
    public synchronized Turn start() {
        if (state.status() == SessionStatus.IN_PROGRESS) {
            return currentTurn().orElseThrow(() -> new SessionStateException("The interview has no open prompt"));
        }
        requireStatus(SessionStatus.CONSENTED, "start");
        SessionState started = States.status(state, SessionStatus.IN_PROGRESS);
        SessionState issued = flow.issue(started, started.plan().questions().get(0).id(), 0,
                started.plan().questions().get(0).text());
        save(issued);
        // The prompt as issued: a listener may already have answered it.
        return issued.turns().get(issued.turns().size() - 1);
    }

    /** The prompt awaiting an answer, if any. Empty before {@link #start()}, while processing, and at the end. */
    public synchronized Optional<Turn> currentTurn() {
        if (state.status() != SessionStatus.IN_PROGRESS || state.turns().isEmpty()) {
            return Optional.empty();
        }
        Turn last = state.turns().get(state.turns().size() - 1);
        return last.answer() == null ? Optional.of(last) : Optional.empty();
    }

    /** Whether every question has been put and answered (or skipped): time to {@link #complete()}. */
    public synchronized boolean isFinished() {
        return state.status() == SessionStatus.IN_PROGRESS && inFlight.isDone() && currentTurn().isEmpty();
    }

    /**
     * Answers the current prompt. The answer is stored at once; the returned future completes with the processed
     * turn (transcript, evaluation, follow-up) or fails with the provider's error, in which case the answer is
     * still kept and the interview has moved on.
     */
    public CompletableFuture<Turn> submitAsync(CandidateAnswer answer) {
        int index;
        synchronized (this) {
            if (state.status() == SessionStatus.CONSENTED) {
                start();
            }
            requireStatus(SessionStatus.IN_PROGRESS, "answer");
            if (completing) {
                throw new SessionStateException("The interview is being completed; no more answers are taken");
            }
            Optional<Turn> next = currentTurn();
            // Processing opens the next prompt a moment before its future completes; an open prompt means the
            // previous answer's work on the state is done, so only a missing prompt means "still processing".
            if (next.isEmpty() && !inFlight.isDone()) {
                throw new SessionStateException("The previous answer is still being processed; wait for it first");
            }
            Turn open = next.orElseThrow(() -> new SessionStateException(
                    "There is no open question: the interview is finished, call complete()"));
            index = state.turns().size() - 1;
            Answer recorded = record(answer);
            save(States.replaceTurn(state, index, open.withAnswer(recorded)));
            ctx.events().publish(new InterviewEvent.AnswerReceived(state.id(), ctx.clock().instant(),
                    open.questionId(), open.followUpIndex(), recorded.mode()));
            if (recorded.mode() == AnswerMode.SKIPPED) {
                save(flow.advance(state, null));
                return CompletableFuture.completedFuture(state.turns().get(index));
            }
            AudioInput audio = answer instanceof CandidateAnswer.Audio a ? a.audio() : null;
            inFlight = CompletableFuture.supplyAsync(() -> process(index, audio, true), ctx.executor());
            return inFlight;
        }
    }

    /** Answers the current prompt and waits for its processing. */
    public Turn submit(CandidateAnswer answer) {
        return join(submitAsync(answer));
    }

    /**
     * Ends the interview: retries answers whose processing failed, writes the report and marks the session
     * COMPLETED. Prompts never answered are left out. A provider failure leaves the session IN_PROGRESS with
     * everything kept, so completing can be tried again.
     */
    public CompletableFuture<InterviewReport> completeAsync() {
        CompletableFuture<Turn> pending;
        synchronized (this) {
            if (state.status() == SessionStatus.COMPLETED) {
                return CompletableFuture.completedFuture(state.report());
            }
            requireStatus(SessionStatus.IN_PROGRESS, "complete");
            completing = true;
            pending = inFlight;
        }
        return pending.handle((t, e) -> null)
                .thenApplyAsync(ignored -> finish(), ctx.executor())
                .whenComplete((report, e) -> {
                    synchronized (this) {
                        completing = false;  // after a failure the candidate may go on, and completing be retried
                    }
                });
    }

    /** Ends the interview and waits for the report. */
    public InterviewReport complete() {
        return join(completeAsync());
    }

    /** Abandons the interview; everything received so far is kept. */
    public synchronized void abandon(String reason) {
        if (state.status().isFinal()) {
            throw new SessionStateException("The interview is already " + state.status());
        }
        save(States.ended(state, SessionStatus.ABANDONED, ctx.clock().instant(), reason, null));
        ctx.events().publish(new InterviewEvent.SessionAbandoned(state.id(), ctx.clock().instant(), reason));
    }

    /** Resumes processing of an answer stored before a crash, if any. Called when a session is loaded. */
    synchronized void resumePending() {
        int last = state.turns().size() - 1;
        if (last >= 0 && flow.needsProcessing(state.turns().get(last))) {
            inFlight = CompletableFuture.supplyAsync(() -> process(last, null, true), ctx.executor());
        }
    }

    private Answer record(CandidateAnswer answer) {
        var now = ctx.clock().instant();
        if (answer instanceof CandidateAnswer.Text t) {
            if (t.text().isBlank()) {
                throw new InvalidInputException("The answer is empty: type an answer, or skip the question.");
            }
            return new Answer(AnswerMode.TEXT, null, Transcript.typed(t.text().strip()), now);
        }
        if (answer instanceof CandidateAnswer.Audio a) {
            var probe = AudioFiles.probe(a.audio());
            MediaRef media = a.media() != null ? a.media()
                    : a.audio().path().map(p -> new MediaRef(p.toUri().toString(), probe.mimeType(),
                            a.audio().size(), probe.durationMs())).orElse(null);
            return new Answer(AnswerMode.AUDIO, media, null, now);
        }
        return new Answer(AnswerMode.SKIPPED, null, null, now);
    }

    private Turn process(int index, AudioInput audio, boolean advance) {
        AccountingScope scope;
        SessionState snapshot;
        synchronized (this) {
            snapshot = state;
            scope = new AccountingScope(state.id(), state.accounting());
        }
        try {
            TurnFlow.Result result = flow.process(snapshot, index, audio, scope, transcribed -> {
                synchronized (this) {
                    save(States.engines(States.replaceTurn(state, index, transcribed), null,
                            transcribed.answer().transcript().engine()));
                }
            });
            synchronized (this) {
                if (state.status().isFinal() || index >= state.turns().size()) {
                    LOG.warn("Session {} ended while an answer was being processed; its result is dropped", state.id());
                    return result.turn();
                }
                SessionState next = result.apply(state, scope.snapshot());
                save(advance ? flow.advance(next, result.followUp()) : next);
                return state.turns().get(index);
            }
        } catch (RuntimeException e) {
            synchronized (this) {
                if (state.status().isFinal() || index >= state.turns().size()) {
                    throw e;
                }
                LOG.warn("Processing the answer to {} failed; the answer is kept: {}",
                        state.turns().get(index).questionId(), e.getMessage());
                SessionState failed = States.accounting(
                        States.replaceTurn(state, index, state.turns().get(index).withError(e.getMessage())),
                        scope.snapshot());
                Turn turn = failed.turns().get(index);
                ctx.events().publish(new InterviewEvent.AnswerFailed(state.id(), ctx.clock().instant(),
                        turn.questionId(), turn.followUpIndex(), e.getMessage()));
                save(advance ? flow.advance(failed, null) : failed);
            }
            throw e;
        }
    }

    private InterviewReport finish() {
        SessionState snapshot;
        synchronized (this) {
            snapshot = state;
        }
        for (int i = 0; i < snapshot.turns().size(); i++) {
            if (flow.needsProcessing(snapshot.turns().get(i))) {
                try {
                    process(i, null, false);
                } catch (RuntimeException e) {
                    LOG.warn("Answer {} still cannot be processed; the report marks it: {}", i, e.getMessage());
                }
            }
        }
        SessionState answered;
        synchronized (this) {
            answered = flow.dropUnanswered(state);
        }
        // The summary call runs outside the lock so the state stays readable meanwhile.
        var scope = new AccountingScope(answered.id(), answered.accounting());
        InterviewReport draft = ctx.reports().build(answered, scope);
        synchronized (this) {
            if (state.status() != SessionStatus.IN_PROGRESS) {
                // Completed concurrently, or abandoned meanwhile: the first outcome stands.
                if (state.report() != null) {
                    return state.report();
                }
                throw new SessionStateException("The interview was " + state.status() + " while completing");
            }
            SessionState done = States.ended(States.accounting(answered, scope.snapshot()), SessionStatus.COMPLETED,
                    ctx.clock().instant(), null, null);
            InterviewReport report = ctx.reports().withAccounting(draft, done);
            save(States.ended(done, SessionStatus.COMPLETED, done.endedAt(), null, report));
            ctx.events().publish(new InterviewEvent.SessionCompleted(state.id(), ctx.clock().instant(), report));
            return report;
        }
    }

    private void requireStatus(SessionStatus expected, String action) {
        if (state.status() != expected) {
            String hint = switch (state.status()) {
                case CREATED -> "the candidate has not consented yet: call consent() first";
                case CONSENTED -> "call start() first";
                case COMPLETED, ABANDONED -> "the interview has ended";
                case IN_PROGRESS -> "the interview is already in progress";
            };
            throw new SessionStateException("Cannot " + action + " in state " + state.status() + ": " + hint);
        }
    }

    private void save(SessionState next) {
        boolean newPrompt = next.turns().size() > state.turns().size();
        ctx.store().save(next);
        state = next;
        if (newPrompt) {
            Turn issued = next.turns().get(next.turns().size() - 1);
            ctx.events().publish(new InterviewEvent.PromptIssued(next.id(), ctx.clock().instant(), issued));
        }
    }

    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw e;
        }
    }
}
