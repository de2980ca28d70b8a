package dev.aiinterview.core.session;

import dev.aiinterview.api.InterviewReport;
import dev.aiinterview.api.SessionState;
import dev.aiinterview.core.llm.AccountingScope;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Completes a session: failed answers tried again, then the report written and the session marked COMPLETED. */
final class SessionCompletion {

    private static final Logger LOG = LoggerFactory.getLogger(SessionCompletion.class);

    private final SessionContext ctx;
    private final StateKeeper keeper;
    private final AnswerPipeline pipeline;

    SessionCompletion(SessionContext ctx, StateKeeper keeper, AnswerPipeline pipeline) {
        this.ctx = ctx;
        this.keeper = keeper;
        this.pipeline = pipeline;
    }

    /** Runs once no answer is being processed and no new one is taken. */
    CompletableFuture<InterviewReport> finish() {
        SessionState snapshot = keeper.state();
        CompletableFuture<Void> retried = CompletableFuture.completedFuture(null);
        for (int i = 0; i < snapshot.turns().size(); i++) {
            if (SessionMachine.needsProcessing(snapshot.turns().get(i))) {
                int index = i;
                // One at a time, as during the interview.
                retried = retried.thenCompose(ignored -> pipeline.process(index, null, false).handle((t, e) -> {
                    if (e != null) {
                        LOG.warn("Answer {} still cannot be processed; the report marks it: {}", index,
                                e.getCause() != null ? e.getCause().getMessage() : e.getMessage());
                    }
                    return null;
                }));
            }
        }
        return retried.thenComposeAsync(ignored -> {
            SessionState answered = SessionMachine.dropUnanswered(keeper.state());
            var scope = new AccountingScope(answered.id(), answered.accounting());
            // The summary call holds no thread while an asynchronous provider writes; the state stays readable.
            return ctx.reports().buildAsync(answered, scope).thenApply(draft -> new Drafted(answered, scope, draft));
        }, ctx.executor()).handleAsync((drafted, error) -> {
            // On the executor either way: the store, the listeners and the host's callbacks never run on a
            // provider's own thread.
            if (error != null) {
                throw error instanceof CompletionException ce ? ce : new CompletionException(error);
            }
            return commit(drafted.answered(), drafted.scope(), drafted.report());
        }, ctx.executor());
    }

    private InterviewReport commit(SessionState answered, AccountingScope scope, InterviewReport draft) {
        var now = ctx.clock().instant();
        Completed completed = keeper.locked(() -> {
            SessionMachine.Step step = SessionMachine.complete(keeper.current(), answered, scope.snapshot(), draft,
                    ctx.reports()::withAccounting, now);
            // No events: it was completed concurrently, and the first report stands.
            return new Completed(step.events().isEmpty() ? null : keeper.commit(step), step.state().report());
        });
        if (completed.ticket() != null) {
            keeper.persist(completed.ticket());
        }
        return completed.report();
    }

    private record Drafted(SessionState answered, AccountingScope scope, InterviewReport report) {}

    private record Completed(StateKeeper.Ticket ticket, InterviewReport report) {}
}
