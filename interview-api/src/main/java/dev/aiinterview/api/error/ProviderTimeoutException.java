package dev.aiinterview.api.error;

/** The provider did not answer in time. Retriable. */
public class ProviderTimeoutException extends ProviderUnavailableException {

    public ProviderTimeoutException(String provider, String message, Throwable cause) {
        super(provider, message, cause);
    }
}
