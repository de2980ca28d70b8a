package dev.aiinterview.core.session;

import dev.aiinterview.api.SessionState;

/** Creates sessions; lets the entry point live in another package without opening the session's constructor. */
public final class Sessions {

    /** A new session. */
    public static InterviewSession create(SessionContext ctx, SessionState state) {
        ctx.store().save(state);
        return new InterviewSession(ctx, state);
    }

    /** A session loaded from the store; an answer stored but not processed is processed again. */
    public static InterviewSession resume(SessionContext ctx, SessionState state) {
        var session = new InterviewSession(ctx, state);
        if (!state.status().isFinal()) {
            session.resumePending();
        }
        return session;
    }

    private Sessions() {
    }
}
