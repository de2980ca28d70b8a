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
        var session = load(ctx, state);
        resumePending(session);
        return session;
    }

    /**
     * A session loaded from the store that starts no work yet, so a caller may drop it; {@link #resumePending}
     * starts the work once it is the one kept.
     */
    public static InterviewSession load(SessionContext ctx, SessionState state) {
        return new InterviewSession(ctx, state);
    }

    /** Processes again an answer of a {@link #load loaded} session that was stored but not processed, if any. */
    public static void resumePending(InterviewSession session) {
        if (!session.state().status().isFinal()) {
            session.resumePending();
        }
    }

    private Sessions() {
    }
}
