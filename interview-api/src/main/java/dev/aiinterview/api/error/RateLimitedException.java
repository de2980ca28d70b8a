package dev.aiinterview.api.error;

import java.time.Duration;
import java.util.Optional;

/** The provider refused the call for quota or rate reasons (HTTP 429). Retriable after {@link #retryAfter()}. */
public class RateLimitedException extends ProviderException {

    private final Duration retryAfter;

    public RateLimitedException(String provider, String message, Duration retryAfter, Throwable cause) {
        super(provider, message, cause);
        this.retryAfter = retryAfter;
    }

    /** How long the provider asked to wait, if it said. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    @Override
    public boolean isRetriable() {
        return true;
    }
}
