package dev.aiinterview.core.session;

import dev.aiinterview.api.InterviewEvent;
import dev.aiinterview.core.event.EventBus;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A session's events waiting for their state to be saved. They are published in the order of their transitions,
 * by one thread at a time, with no lock held while a listener runs: a listener may wait for another thread that
 * changes the session, whose events then follow once the listener returns.
 */
final class EventOutbox {

    private record Queued(long version, InterviewEvent event) {}

    private final EventBus events;
    private final ReentrantLock lock = new ReentrantLock();
    // Guarded by lock:
    private final ArrayDeque<Queued> queue = new ArrayDeque<>();
    private long savedVersion;
    private boolean publishing;

    EventOutbox(EventBus events) {
        this.events = events;
    }

    /** Queues the events of the transition that made state {@code version}. */
    void add(long version, List<InterviewEvent> announced) {
        lock.lock();
        try {
            announced.forEach(e -> queue.add(new Queued(version, e)));
        } finally {
            lock.unlock();
        }
    }

    /** The states up to {@code version} are saved: their events may go out. */
    void saved(long version) {
        lock.lock();
        try {
            savedVersion = version;
        } finally {
            lock.unlock();
        }
    }

    /** The states after {@code from} up to {@code version} were undone: their events never go out. */
    void undone(long from, long version) {
        lock.lock();
        try {
            queue.removeIf(q -> q.version > from && q.version <= version);
            savedVersion = version;
        } finally {
            lock.unlock();
        }
    }

    /** Publishes the events whose state is saved, in order, unless another thread is publishing already. */
    void publishReady() {
        lock.lock();
        try {
            if (publishing) {
                return;  // that thread publishes these too once its listener returns
            }
            publishing = true;
        } finally {
            lock.unlock();
        }
        boolean drained = false;
        try {
            while (!drained) {
                List<InterviewEvent> batch = new ArrayList<>();
                lock.lock();
                try {
                    while (!queue.isEmpty() && queue.peek().version <= savedVersion) {
                        batch.add(queue.poll().event);
                    }
                    if (batch.isEmpty()) {
                        publishing = false;  // checked under the lock: nothing saved meanwhile is left behind
                        drained = true;
                    }
                } finally {
                    lock.unlock();
                }
                batch.forEach(events::publish);
            }
        } finally {
            if (!drained) {
                lock.lock();
                try {
                    publishing = false;  // an Error escaped a listener
                } finally {
                    lock.unlock();
                }
            }
        }
    }
}
