package dev.aiinterview.api.error;

/** The model declined to answer (safety block, recitation, or another refusal). Not retriable as is. */
public class RefusalException extends ProviderException {

    private final String reason;

    public RefusalException(String provider, String reason, String message) {
        super(provider, message);
        this.reason = reason;
    }

    /** The provider's reason code, such as {@code SAFETY}. */
    public String reason() {
        return reason;
    }
}
