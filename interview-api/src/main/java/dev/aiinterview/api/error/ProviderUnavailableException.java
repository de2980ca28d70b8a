package dev.aiinterview.api.error;

/** The provider is down, overloaded or unreachable (HTTP 5xx, connection refused). Retriable. */
public class ProviderUnavailableException extends ProviderException {

    public ProviderUnavailableException(String provider, String message) {
        super(provider, message);
    }

    public ProviderUnavailableException(String provider, String message, Throwable cause) {
        super(provider, message, cause);
    }

    @Override
    public boolean isRetriable() {
        return true;
    }
}
