package dev.aiinterview.api.error;

/** The provider rejected the request as malformed, or the model does not exist. Not retriable. */
public class InvalidRequestException extends ProviderException {

    public InvalidRequestException(String provider, String message, Throwable cause) {
        super(provider, message, cause);
    }
}
