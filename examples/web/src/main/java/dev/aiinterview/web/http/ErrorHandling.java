package dev.aiinterview.web.http;

import dev.aiinterview.api.error.InvalidInputException;
import dev.aiinterview.api.error.SessionStateException;
import dev.aiinterview.json.Json;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns failures into answers people can act on: JSON {@code {"error": "..."}} for the API, a plain page for
 * browsers. Server faults are logged with their stack trace and shown only as a short apology; a form Jetty could
 * not read (over its limits, a NUL in a file name) is the sender's 4xx, not a fault (see {@link FormErrors}).
 */
public final class ErrorHandling {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorHandling.class);

    public static void install(JavalinConfig config) {
        config.routes.exception(ApiProblem.class, (e, ctx) -> {
            SecurityHeaders.apply(ctx);
            Problems.write(ctx, e);
        });
        config.routes.exception(WebException.class, (e, ctx) -> respond(ctx, e.status(), e.getMessage()));
        config.routes.exception(InvalidInputException.class, (e, ctx) -> respond(ctx, 400, e.getMessage()));
        config.routes.exception(SessionStateException.class, (e, ctx) -> respond(ctx, 409, e.getMessage()));
        config.routes.exception(HttpResponseException.class, (e, ctx) -> respond(ctx, e.getStatus(),
                switch (e.getStatus()) {
                    case 404 -> notFound(ctx);
                    case 405 -> "This address does not accept " + ctx.method() + ".";
                    case 413 -> Problems.isApi(ctx) ? "The request body is too large: send at most 64 KB."
                            : "The request is too large. Paste at most 50,000 characters of text, or upload "
                            + "the job description as a file of at most 5 MB.";
                    default -> e.getMessage();
                }));
        config.routes.exception(Exception.class, (e, ctx) -> {
            var refusal = FormErrors.of(e);
            if (refusal.isPresent()) {
                respond(ctx, refusal.get().status(), refusal.get().getMessage());
                return;
            }
            // Candidate paths carry the invitation token, which opens the interview: keep it out of the log.
            LOG.error("Request {} {} failed", ctx.method(), ctx.path().replaceAll("/i/[^/]+", "/i/{token}"), e);
            respond(ctx, 500, "Something went wrong on the server. Please try again in a moment.");
        });
        config.routes.error(404, ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty()) {
                respond(ctx, 404, notFound(ctx));
            }
        });
        config.routes.error(405, ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty()) {
                respond(ctx, 405, "This address does not accept " + ctx.method() + ".");
            }
        });
    }

    private static String notFound(Context ctx) {
        return Problems.isApi(ctx) ? "There is no such API route. The routes are described in "
                + "GET /api/v1/openapi.json." : "There is nothing at this address.";
    }

    static void respond(Context ctx, int status, String message) {
        ctx.status(status);
        SecurityHeaders.apply(ctx);
        if (ctx.req().getContentLengthLong() > 0 || ctx.header("Transfer-Encoding") != null) {
            // A refusal may come before the body was read (a file too large, a wrong kind); the server then drops
            // the connection, so tell the client not to send its next request on it.
            ctx.header("Connection", "close");
        }
        if (Problems.isApi(ctx)) {
            Problems.write(ctx, status, message);
        } else if (wantsJson(ctx)) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("status", status);
            body.put("error", message);
            ctx.contentType("application/json").result(Json.write(body));
        } else {
            String title = switch (status) {
                case 401 -> "Please sign in";
                case 403 -> "Not allowed";
                case 404 -> "Not found";
                case 410 -> "This link has expired";
                case 413 -> "Too large";
                default -> status >= 500 ? "Server error" : "Cannot do that";
            };
            JteRenderer.page(ctx, "http/error.jte", Map.of("page", new ErrorPage(title, message, !candidatePage(ctx))));
        }
    }

    /** A candidate's page: they have no use for a link to the recruiter's sign-in. */
    private static boolean candidatePage(Context ctx) {
        return ctx.path().startsWith("/i/");
    }

    static boolean wantsJson(Context ctx) {
        String accept = ctx.header("Accept");
        return ctx.path().startsWith("/api/") || (accept != null && accept.contains("application/json")
                && !accept.contains("text/html"));
    }

    private ErrorHandling() {
    }
}
