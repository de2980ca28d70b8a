package dev.aiinterview.api.error;

/** The provider rejected the credentials (HTTP 401/403). The message names the setting to fix. Not retriable. */
public class AuthenticationException extends ProviderException {

    public AuthenticationException(String provider, String message, Throwable cause) {
        super(provider, message, cause);
    }
}
