package dev.aiinterview.web.api;

import dev.aiinterview.web.apikey.ApiKeys;
import dev.aiinterview.web.apikey.ApiScope;
import dev.aiinterview.web.http.ApiProblem;
import io.javalin.http.Context;

/**
 * The REST API's door: every {@code /api/v1} request but the OpenAPI document and signed recording links needs
 * {@code Authorization: Bearer <key>} of a live key, within the key's rate limit; each route then asks for its scope.
 */
final class ApiAuth {

    private static final String PRINCIPAL = "api.principal";
    static final String CREATE_KEY = "Create a key with 'java -jar interview-web.jar api-key create --org NAME' or "
            + "on the recruiter page /recruiter/api-keys, and send it as 'Authorization: Bearer YOUR_KEY'.";

    private final ApiKeys keys;
    private final RateLimits limits;

    ApiAuth(ApiKeys keys, RateLimits limits) {
        this.keys = keys;
        this.limits = limits;
    }

    /** The before-handler of {@code /api/v1/*}. */
    void before(Context ctx) {
        String path = ctx.path();
        if (path.equals(ApiRoutes.OPENAPI_PATH) || path.startsWith(RecordingRoutes.SIGNED_PREFIX)) {
            return;
        }
        String header = ctx.header("Authorization");
        if (header == null || header.isBlank()) {
            throw unauthorized(ctx, "This request has no API key. " + CREATE_KEY);
        }
        if (!header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw unauthorized(ctx, "The Authorization header must read 'Bearer YOUR_KEY'. " + CREATE_KEY);
        }
        ApiKeys.Principal principal = keys.authenticate(header).orElseThrow(() -> unauthorized(ctx,
                "This API key is unknown or was revoked. " + CREATE_KEY));
        var wait = limits.take(principal.keyId());
        if (wait.isPresent()) {
            ctx.header("Retry-After", Long.toString(wait.getAsLong()));
            throw new ApiProblem(429, "rate-limited", "This API key made more than " + limits.perMinute()
                    + " requests in a minute. Wait " + wait.getAsLong() + " s (Retry-After) and send it again.");
        }
        ctx.attribute(PRINCIPAL, principal);
    }

    /** The key of the request, which passed {@link #before}. */
    static ApiKeys.Principal principal(Context ctx) {
        ApiKeys.Principal principal = ctx.attribute(PRINCIPAL);
        if (principal == null) {
            throw new ApiProblem(401, "unauthorized", "This request has no API key. " + CREATE_KEY);
        }
        return principal;
    }

    /** The key of the request, which must have {@code scope}; 403 naming the scope otherwise. */
    static ApiKeys.Principal require(Context ctx, ApiScope scope) {
        ApiKeys.Principal principal = principal(ctx);
        if (!principal.can(scope)) {
            throw new ApiProblem(403, "missing-scope", "This API key lacks the scope '" + scope.id() + "'. Create "
                    + "a key with it: 'java -jar interview-web.jar api-key create --org NAME --scopes " + scope.id()
                    + "' or on /recruiter/api-keys.");
        }
        return principal;
    }

    private static ApiProblem unauthorized(Context ctx, String detail) {
        ctx.header("WWW-Authenticate", "Bearer");
        return new ApiProblem(401, "unauthorized", detail);
    }
}
