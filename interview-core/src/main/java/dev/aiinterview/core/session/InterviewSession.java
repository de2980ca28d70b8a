package dev.aiinterview.core.session;

import dev.aiinterview.api.Answer;
import dev.aiinterview.api.AnswerMode;
import dev.aiinterview.api.AudioInput;
import dev.aiinterview.api.InterviewReport;
import dev.aiinterview.api.SessionState;
import dev.aiinterview.api.SessionStatus;
import dev.aiinterview.api.Turn;
import dev.aiinterview.api.error.SessionStateException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.apiguardian.api.API;

/**
 * One candidate's interview: CREATED -> CONSENTED -> IN_PROGRESS -> COMPLETED, or ABANDONED.
 *
 * <p>Each answer is stored before it is processed, then transcribed (if spoken), evaluated, and followed by a
 * follow-up when the evaluation asks for one and the limit allows, else by the next question. If processing fails
 * the answer is kept with the error, the interview moves on, and {@link #complete()} tries the failed answers
 * again. Every change is saved to the {@link dev.aiinterview.spi.InterviewStore} before the call that made it
 * returns, and its events are published after it is saved, in order. Thread-safe; one answer is processed at a
 * time. The store and listeners are called with no lock held, so they may call back into the session from any
 * thread.
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public final class InterviewSession {

    private final SessionContext ctx;
    private final String id;
    private final StateKeeper keeper;
    private final AnswerPipeline pipeline;
    private final SessionCompletion completion;
    // Guarded by the keeper's lock:
    private CompletableFuture<Turn> inFlight = CompletableFuture.completedFuture(null);
    /** Set while the report is written: an answer accepted then would be overwritten by the completed state. */
    private boolean completing;

    InterviewSession(SessionContext ctx, SessionState state) {
        this.ctx = ctx;
        this.id = state.id();
        this.keeper = new StateKeeper(state, ctx.store(), ctx.events());
        this.pipeline = new AnswerPipeline(ctx, keeper);
        this.completion = new SessionCompletion(ctx, keeper, pipeline);
    }

    /** The session id. */
    public String id() {
        return id;
    }

    /** A snapshot of the whole state, serialisable to JSON. */
    public SessionState state() {
        return keeper.state();
    }

    /** Where the session is. */
    public SessionStatus status() {
        return state().status();
    }

    /** Records the candidate's consent to an AI-run, recorded interview. */
    public void consent() {
        var now = ctx.clock().instant();
        keeper.persist(keeper.locked(() -> keeper.commit(SessionMachine.consent(keeper.current(), now))));
    }

    /** Starts the interview after consent and returns the first prompt. */
    public Turn start() {
        var now = ctx.clock().instant();
        Committed started = keeper.locked(() -> {
            if (keeper.current().status() == SessionStatus.IN_PROGRESS) {
                return new Committed(null, SessionMachine.openTurn(keeper.current()).orElseThrow(() ->
                        new SessionStateException("The interview has no open prompt")), null);
            }
            SessionMachine.Step step = SessionMachine.start(keeper.current(), now);
            return new Committed(keeper.commit(step), step.lastTurn(), null);
        });
        if (started.ticket() != null) {
            keeper.persist(started.ticket());
        }
        // The prompt as issued: a listener may already have answered it.
        return started.turn();
    }

    /** The prompt awaiting an answer, if any. Empty before {@link #start()}, while processing, and at the end. */
    public Optional<Turn> currentTurn() {
        return SessionMachine.openTurn(state());
    }

    /** Whether every question has been put and answered (or skipped): time to {@link #complete()}. */
    public boolean isFinished() {
        return keeper.locked(() -> keeper.current().status() == SessionStatus.IN_PROGRESS && inFlight.isDone()
                && SessionMachine.openTurn(keeper.current()).isEmpty());
    }

    /**
     * Answers the current prompt. The answer is stored at once; the returned future completes with the processed
     * turn (transcript, evaluation, follow-up) or fails with the provider's error, in which case the answer is
     * still kept and the interview has moved on.
     */
    public CompletableFuture<Turn> submitAsync(CandidateAnswer answer) {
        var startedAt = ctx.clock().instant();
        StateKeeper.Ticket started = keeper.locked(() -> keeper.current().status() == SessionStatus.CONSENTED
                ? keeper.commit(SessionMachine.start(keeper.current(), startedAt)) : null);
        if (started != null) {
            keeper.persist(started);
        }
        int index = keeper.locked(this::openIndex);
        // Read outside the lock: an audio answer's file is probed here.
        Answer recorded = AnswerIntake.record(answer, ctx.clock().instant());
        var now = ctx.clock().instant();
        Committed submitted = keeper.locked(() -> {
            if (openIndex() != index) {
                throw new SessionStateException("The prompt was answered meanwhile; answer the one now open");
            }
            SessionMachine.Step step = SessionMachine.answer(keeper.current(), recorded, now);
            CompletableFuture<Turn> processing = null;
            if (recorded.mode() != AnswerMode.SKIPPED) {
                // Set with the answer, so nobody sees the answer without the work that is to follow it.
                processing = new CompletableFuture<>();
                inFlight = processing;
            }
            return new Committed(keeper.commit(step), step.state().turns().get(index), processing);
        });
        try {
            keeper.persist(submitted.ticket());
        } catch (RuntimeException e) {
            if (submitted.processing() != null) {
                submitted.processing().completeExceptionally(e);  // the answer is undone: nothing to process
            }
            throw e;
        }
        if (submitted.processing() == null) {
            return CompletableFuture.completedFuture(submitted.turn());
        }
        AudioInput audio = answer instanceof CandidateAnswer.Audio a ? a.audio() : null;
        return pipe(() -> pipeline.process(index, audio, true), submitted.processing());
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
        Committed pending = keeper.locked(() -> {
            if (keeper.current().status() == SessionStatus.COMPLETED) {
                return null;
            }
            SessionMachine.requireStatus(keeper.current(), SessionStatus.IN_PROGRESS, "complete");
            completing = true;
            return new Committed(null, null, inFlight);
        });
        if (pending == null) {
            return CompletableFuture.completedFuture(state().report());
        }
        return pending.processing().handle((t, e) -> null)
                .thenComposeAsync(ignored -> completion.finish(), ctx.executor())
                .whenComplete((report, e) -> keeper.locked(() -> {
                    completing = false;  // after a failure the candidate may go on, and completing be retried
                    return null;
                }));
    }

    /** Ends the interview and waits for the report. */
    public InterviewReport complete() {
        return join(completeAsync());
    }

    /** Abandons the interview; everything received so far is kept. */
    public void abandon(String reason) {
        var now = ctx.clock().instant();
        keeper.persist(keeper.locked(() -> keeper.commit(SessionMachine.abandon(keeper.current(), reason, now))));
    }

    /** Resumes processing of an answer stored before a crash, if any. Called when a session is loaded. */
    void resumePending() {
        int[] last = {-1};
        Committed pending = keeper.locked(() -> {
            SessionState s = keeper.current();
            last[0] = s.turns().size() - 1;
            if (last[0] < 0 || !SessionMachine.needsProcessing(s.turns().get(last[0]))) {
                return null;
            }
            inFlight = new CompletableFuture<>();
            return new Committed(null, s.turns().get(last[0]), inFlight);
        });
        if (pending != null) {
            pipe(() -> pipeline.process(last[0], null, true), pending.processing());
        }
    }

    /** The index of the open prompt, if an answer is taken now; under the lock. */
    private int openIndex() {
        SessionState s = keeper.current();
        SessionMachine.requireStatus(s, SessionStatus.IN_PROGRESS, "answer");
        if (completing) {
            throw new SessionStateException("The interview is being completed; no more answers are taken");
        }
        // Processing opens the next prompt a moment before its future completes; an open prompt means the
        // previous answer's work on the state is done, so only a missing prompt means "still processing".
        if (SessionMachine.openTurn(s).isEmpty()) {
            throw new SessionStateException(inFlight.isDone()
                    ? "There is no open question: the interview is finished, call complete()"
                    : "The previous answer is still being processed; wait for it first");
        }
        return s.turns().size() - 1;
    }

    /** A change made under the lock, to persist after it; and the work it starts, if any. */
    private record Committed(StateKeeper.Ticket ticket, Turn turn, CompletableFuture<Turn> processing) {}

    /** Completes {@code to} as the work does; {@code to} also fails when the work cannot even start. */
    private static <T> CompletableFuture<T> pipe(Supplier<CompletableFuture<T>> work, CompletableFuture<T> to) {
        try {
            work.get().whenComplete((value, error) -> {
                if (error != null) {
                    to.completeExceptionally(error);
                } else {
                    to.complete(value);
                }
            });
        } catch (RuntimeException e) {
            to.completeExceptionally(e);  // such as an executor shut down: no session waits for it forever
            throw e;
        }
        return to;
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
