package dev.aiinterview.web.partner.greenhouse;

import dev.aiinterview.web.apikey.ApiKeys;
import dev.aiinterview.web.apikey.ApiScope;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Greenhouse's HTTP Basic authentication: the organization's API key is the user name, the password is empty
 * (Greenhouse appends a colon to the key and Base64-encodes it). A missing, malformed, unknown or revoked key is
 * 401; a key without the scope the call needs is 403.
 */
final class GreenhouseAuth {

    /** Greenhouse accepts keys shorter than this; ours are 60 characters. */
    static final int MAX_KEY = 170;
    static final String CHALLENGE = "Basic realm=\"Greenhouse assessment partner\", charset=\"UTF-8\"";

    private final ApiKeys keys;

    GreenhouseAuth(ApiKeys keys) {
        this.keys = keys;
    }

    /** The principal of an Authorization header value that may do {@code scope}. */
    ApiKeys.Principal authenticate(String authorization, ApiScope scope) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            throw unauthorized("Authenticate with HTTP Basic: the organization's API key as the user name and an "
                    + "empty password.");
        }
        String encoded = authorization.substring(6).strip();
        if (encoded.length() > 4 * (MAX_KEY + 3) / 3 + 8) {
            throw unauthorized("The API key is not valid or was revoked: ask the organization for a new key.");
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw unauthorized("The Basic credentials are not valid Base64 of 'key:'.");
        }
        int colon = decoded.indexOf(':');
        String key = colon < 0 ? decoded : decoded.substring(0, colon);
        var principal = keys.authenticate(key).orElseThrow(() -> unauthorized(
                "The API key is not valid or was revoked: ask the organization for a new key."));
        if (!principal.can(scope)) {
            throw new GreenhouseException(403, "This API key lacks the '" + scope.id() + "' scope: create a key with "
                    + "it on the recruiter pages.");
        }
        return principal;
    }

    private static GreenhouseException unauthorized(String message) {
        return new GreenhouseException(401, message);
    }
}
