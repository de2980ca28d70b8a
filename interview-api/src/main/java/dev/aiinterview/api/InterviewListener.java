package dev.aiinterview.api;

/**
 * Receives {@link InterviewEvent}s. An exception thrown by a listener is logged and otherwise ignored: a listener
 * can never break an interview.
 */
@FunctionalInterface
public interface InterviewListener {

    void onEvent(InterviewEvent event);
}
