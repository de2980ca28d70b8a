package dev.aiinterview.api.error;

/**
 * Input from a person or a host is unusable: an empty or oversized job description, audio that is not audio.
 * The message says what is wrong and how to fix it.
 */
public class InvalidInputException extends InterviewException {

    public InvalidInputException(String message) {
        super(message);
    }

    public InvalidInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
