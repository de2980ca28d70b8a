package dev.aiinterview.api.error;

/** A setting is missing or invalid, or no suitable provider is available. The message names the fix. */
public class ConfigurationException extends InterviewException {

    public ConfigurationException(String message) {
        super(message);
    }

    public ConfigurationException(String message, Throwable cause) {
        super(message, cause);
    }
}
