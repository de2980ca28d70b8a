package dev.aiinterview.api.error;

/**
 * The root of every exception the SDK throws. {@link #isRetriable()} tells a caller whether trying again later
 * can help.
 */
public class InterviewException extends RuntimeException {

    public InterviewException(String message) {
        super(message);
    }

    public InterviewException(String message, Throwable cause) {
        super(message, cause);
    }

    /** Whether the same call may succeed if tried again later. */
    public boolean isRetriable() {
        return false;
    }
}
