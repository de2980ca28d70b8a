package dev.aiinterview.api.error;

/** An operation is not allowed in the session's current state, such as answering before consent. */
public class SessionStateException extends InterviewException {

    public SessionStateException(String message) {
        super(message);
    }
}
