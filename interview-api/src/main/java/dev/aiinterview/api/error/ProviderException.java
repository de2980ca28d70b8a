package dev.aiinterview.api.error;

/** A provider call failed. Carries the provider's id; vendor exception types never leak out of providers. */
public class ProviderException extends InterviewException {

    private final String provider;

    public ProviderException(String provider, String message) {
        super(message);
        this.provider = provider;
    }

    public ProviderException(String provider, String message, Throwable cause) {
        super(message, cause);
        this.provider = provider;
    }

    /** The id of the provider that failed. */
    public String provider() {
        return provider;
    }
}
