package dev.aiinterview.core.event;

import dev.aiinterview.api.InterviewEvent;
import dev.aiinterview.api.InterviewListener;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers events to listeners. A failing listener is logged and skipped; it never breaks an interview. Holds no
 * lock while a listener runs (the list is copy-on-write), and sessions publish only with their own lock
 * released, so a listener may call back into the SDK from any thread.
 */
public final class EventBus {

    private static final Logger LOG = LoggerFactory.getLogger(EventBus.class);

    private final List<InterviewListener> listeners = new CopyOnWriteArrayList<>();

    /** A bus for these listeners, called in this order. */
    public EventBus(List<InterviewListener> listeners) {
        this.listeners.addAll(listeners);
    }

    /** Hands the event to every listener on the calling thread. */
    public void publish(InterviewEvent event) {
        for (InterviewListener listener : listeners) {
            try {
                listener.onEvent(event);
            } catch (RuntimeException e) {
                LOG.warn("Listener {} failed on {}; continuing", listener, event.getClass().getSimpleName(), e);
            }
        }
    }
}
