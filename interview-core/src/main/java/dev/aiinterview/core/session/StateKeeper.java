package dev.aiinterview.core.session;

import dev.aiinterview.api.SessionState;
import dev.aiinterview.core.event.EventBus;
import dev.aiinterview.spi.InterviewStore;
import java.util.ArrayDeque;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Holds one session's state. Transitions are applied under a short lock; the store and the listeners are called
 * after it is released, so a listener or a store may call back into the session from any thread.
 *
 * <p>Order without holding the lock over I/O: every transition gets the next version and queues its events. One
 * thread at a time saves (whoever finds no saver), always the newest state, so an older state is never written
 * after a newer one; a change made while a save runs is saved by the same thread right after. The
 * {@link EventOutbox} lets events out only once their state is saved, in the order of their transitions. Whoever
 * commits waits until its state is saved (store I/O only, never a listener), so an answer is stored before it is
 * processed.
 * A failed save undoes every change not yet saved and fails each of their callers, as if they had not happened.
 *
 * <p>A {@link ReentrantLock} rather than {@code synchronized}: a virtual thread waiting for it is not pinned.
 */
final class StateKeeper {

    /** One committed transition, settled once its state is saved or undone. */
    static final class Ticket {
        private final long version;
        private boolean settled;
        private RuntimeException failure;

        private Ticket(long version) {
            this.version = version;
        }
    }

    private final InterviewStore store;
    private final EventOutbox outbox;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition saveDone = lock.newCondition();
    // Guarded by lock:
    private SessionState state;
    private long version;
    private SessionState storedState;
    private long storedVersion;
    private Thread saver;
    private final ArrayDeque<Ticket> unsettled = new ArrayDeque<>();

    /** Keeps {@code state}, which is already in the store. */
    StateKeeper(SessionState state, InterviewStore store, EventBus events) {
        this.state = state;
        this.storedState = state;
        this.store = store;
        this.outbox = new EventOutbox(events);
    }

    /** The newest state; it may not be saved yet. */
    SessionState state() {
        lock.lock();
        try {
            return state;
        } finally {
            lock.unlock();
        }
    }

    /** Runs {@code body} under the session's lock; it must do no I/O and call no listener. */
    <T> T locked(Supplier<T> body) {
        lock.lock();
        try {
            return body.get();
        } finally {
            lock.unlock();
        }
    }

    /** The newest state, for a {@link #locked} body. */
    SessionState current() {
        requireLocked();
        return state;
    }

    /** Applies a transition, from a {@link #locked} body; {@link #persist} it once the lock is released. */
    Ticket commit(SessionMachine.Step step) {
        requireLocked();
        state = step.state();
        Ticket ticket = new Ticket(++version);
        unsettled.add(ticket);
        outbox.add(ticket.version, step.events());
        return ticket;
    }

    /**
     * Returns once the ticket's state is saved (called back from a store's save, once that save is under way),
     * then publishes what is ready unless another thread already is. Throws the store's exception when the save
     * failed; the change is then undone.
     */
    void persist(Ticket ticket) {
        if (lock.isHeldByCurrentThread()) {
            throw new IllegalStateException("A session's state is saved only with its lock released");
        }
        boolean save = false;
        lock.lock();
        try {
            while (!ticket.settled && !save) {
                if (saver == null) {
                    saver = Thread.currentThread();
                    save = true;
                } else if (saver == Thread.currentThread()) {
                    break;  // called back from the store: the save under way continues with this state
                } else {
                    saveDone.awaitUninterruptibly();
                }
            }
        } finally {
            lock.unlock();
        }
        if (save) {
            saveNewest();
        }
        outbox.publishReady();
        lock.lock();
        try {
            if (ticket.failure != null) {
                throw ticket.failure;
            }
        } finally {
            lock.unlock();
        }
    }

    /** Saves the newest state until nothing newer is left; only the thread set as {@link #saver} calls it. */
    private void saveNewest() {
        boolean done = false;
        try {
            while (true) {
                SessionState next;
                long nextVersion;
                lock.lock();
                try {
                    if (storedVersion == version) {
                        done = true;
                        return;
                    }
                    next = state;
                    nextVersion = version;
                } finally {
                    lock.unlock();
                }
                RuntimeException failure = null;
                try {
                    store.save(next);
                } catch (RuntimeException e) {
                    failure = e;
                }
                lock.lock();
                try {
                    if (failure == null) {
                        settle(next, nextVersion, null);
                    } else if (version == nextVersion) {
                        state = storedState;  // nothing newer came meanwhile: undo every unsaved change
                        settle(storedState, nextVersion, failure);
                    }
                    // else a newer state came meanwhile: saving it also saves this one's changes
                } finally {
                    lock.unlock();
                }
            }
        } finally {
            lock.lock();
            try {
                saver = null;
                if (!done) {
                    // An Error escaped the store: the states not saved are undone so no caller waits forever.
                    state = storedState;
                    settle(storedState, version, new IllegalStateException("Saving the session failed"));
                }
                saveDone.signalAll();
            } finally {
                lock.unlock();
            }
        }
    }

    /** Records {@code stored} as the stored state up to version {@code upTo}, or the changes as undone. */
    private void settle(SessionState stored, long upTo, RuntimeException failure) {
        if (failure != null) {
            outbox.undone(storedVersion, upTo);
        } else {
            outbox.saved(upTo);
        }
        storedState = stored;
        storedVersion = upTo;
        while (!unsettled.isEmpty() && unsettled.peek().version <= upTo) {
            Ticket t = unsettled.poll();
            t.settled = true;
            t.failure = failure;
        }
        saveDone.signalAll();
    }

    private void requireLocked() {
        if (!lock.isHeldByCurrentThread()) {
            throw new IllegalStateException("Only under the session's lock");
        }
    }
}
