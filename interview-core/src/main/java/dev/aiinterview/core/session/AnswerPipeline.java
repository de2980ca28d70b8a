package dev.aiinterview.core.session;

import dev.aiinterview.api.AudioInput;
import dev.aiinterview.api.SessionState;
import dev.aiinterview.api.Transcript;
import dev.aiinterview.api.Turn;
import dev.aiinterview.core.llm.AccountingScope;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Processes one stored answer as a chain of futures: transcription if it was spoken, then evaluation, each result
 * applied to the session as a transition the moment it arrives. Results are applied on the session executor, so
 * store I/O and listeners never run on a provider's own threads.
 */
final class AnswerPipeline {

    private static final Logger LOG = LoggerFactory.getLogger(AnswerPipeline.class);

    private final SessionContext ctx;
    private final StateKeeper keeper;
    private final AnswerProcessor processor;

    AnswerPipeline(SessionContext ctx, StateKeeper keeper) {
        this.ctx = ctx;
        this.keeper = keeper;
        this.processor = new AnswerProcessor(ctx);
    }

    /**
     * Processes the answer of turn {@code index}, which must be stored already.
     *
     * @param audio   the spoken answer as received, or {@code null} to read it from the turn's media
     * @param advance whether to put the next prompt afterwards (not when retrying while completing)
     * @return the processed turn; or the provider's error, after the answer was kept with it
     */
    CompletableFuture<Turn> process(int index, AudioInput audio, boolean advance) {
        return CompletableFuture.supplyAsync(keeper::state, ctx.executor())
                .thenCompose(snapshot -> process(snapshot, index, audio, advance));
    }

    private CompletableFuture<Turn> process(SessionState snapshot, int index, AudioInput audio, boolean advance) {
        var scope = new AccountingScope(snapshot.id(), snapshot.accounting());
        Turn turn = snapshot.turns().get(index);
        CompletableFuture<Turn> transcribed = turn.answer().transcript() != null
                ? CompletableFuture.completedFuture(turn)
                : transcribe(snapshot, index, turn, audio, scope);
        return transcribed
                .thenCompose(t -> processor.evaluate(snapshot.plan(), earlierTurns(snapshot, index, t), t,
                        snapshot.maxFollowUps(), scope).thenApply(outcome -> new Evaluated(t, outcome)))
                .thenApplyAsync(evaluated -> {
                    AnswerProcessor.Outcome outcome = evaluated.outcome();
                    Optional<Turn> applied = apply(index, s -> SessionMachine.evaluated(s, index,
                            outcome.evaluation(), outcome.followUp(), scope.snapshot(), advance, ctx.clock().instant()));
                    return applied.orElseGet(() -> {
                        LOG.warn("Session {} ended while an answer was being processed; its result is dropped",
                                snapshot.id());
                        return evaluated.turn().withEvaluation(outcome.evaluation(), outcome.followUp());
                    });
                }, ctx.executor())
                .handleAsync((done, error) -> {
                    if (error == null) {
                        return done;
                    }
                    Throwable cause = error instanceof CompletionException && error.getCause() != null
                            ? error.getCause() : error;
                    if (cause instanceof RuntimeException e) {
                        keepFailure(snapshot, index, e, scope, advance);
                    }
                    throw error instanceof CompletionException ce ? ce : new CompletionException(cause);
                }, ctx.executor());
    }

    private CompletableFuture<Turn> transcribe(SessionState snapshot, int index, Turn turn, AudioInput audio,
                                               AccountingScope scope) {
        return CompletableFuture.supplyAsync(() -> audio != null ? audio : AnswerProcessor.audioOf(turn),
                        ctx.executor())
                .thenCompose(input -> processor.transcribe(snapshot.id(), snapshot.plan(), input, scope))
                .thenApplyAsync(transcript -> keepTranscript(index, turn, transcript), ctx.executor());
    }

    /** Saves the transcript at once, so it is kept even if evaluation then fails. */
    private Turn keepTranscript(int index, Turn turn, Transcript transcript) {
        var now = ctx.clock().instant();
        StateKeeper.Ticket ticket = keeper.locked(() -> keeper.commit(
                SessionMachine.transcribed(keeper.current(), index, transcript, now)));
        keeper.persist(ticket);
        return turn.withAnswer(turn.answer().withTranscript(transcript));
    }

    private void keepFailure(SessionState snapshot, int index, RuntimeException e, AccountingScope scope,
                             boolean advance) {
        Optional<Turn> kept = apply(index, s -> SessionMachine.failed(s, index, e.getMessage(), scope.snapshot(),
                advance, ctx.clock().instant()));
        if (kept.isPresent()) {
            LOG.warn("Processing the answer to {} failed; the answer is kept: {}",
                    snapshot.turns().get(index).questionId(), e.getMessage());
        }
    }

    /** Applies a transition that may find the session ended; returns the turn at {@code index} if it applied. */
    private Optional<Turn> apply(int index,
                                 Function<SessionState, Optional<SessionMachine.Step>> transition) {
        var committed = keeper.locked(() -> transition.apply(keeper.current())
                .map(step -> new Applied(keeper.commit(step), step.state().turns().get(index))));
        committed.ifPresent(a -> keeper.persist(a.ticket()));
        return committed.map(Applied::turn);
    }

    private record Applied(StateKeeper.Ticket ticket, Turn turn) {}

    private record Evaluated(Turn turn, AnswerProcessor.Outcome outcome) {}

    /** The turns before {@code index} that belong to the same question, for the evaluation's context. */
    private static List<Turn> earlierTurns(SessionState s, int index, Turn turn) {
        var turns = new ArrayList<Turn>();
        for (int i = 0; i < index; i++) {
            if (s.turns().get(i).questionId().equals(turn.questionId())) {
                turns.add(s.turns().get(i));
            }
        }
        return turns;
    }
}
