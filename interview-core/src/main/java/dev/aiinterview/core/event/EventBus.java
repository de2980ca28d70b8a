package dev.aiinterview.core.event;

import dev.aiinterview.api.InterviewEvent;
import dev.aiinterview.api.InterviewListener;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Delivers events to listeners. A failing listener is logged and skipped; it never breaks an interview. */
public final class EventBus {

    private static final Logger LOG = LoggerFactory.getLogger(EventBus.class);

    private final List<InterviewListener> listeners = new CopyOnWriteArrayList<>();

    public EventBus(List<InterviewListener> listeners) {
        this.listeners.addAll(listeners);
    }

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
