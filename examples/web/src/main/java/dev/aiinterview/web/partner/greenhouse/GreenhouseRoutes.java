package dev.aiinterview.web.partner.greenhouse;

import dev.aiinterview.json.Json;
import dev.aiinterview.web.WebSettings;
import dev.aiinterview.web.api.RateLimits;
import dev.aiinterview.web.apikey.ApiKeys;
import dev.aiinterview.web.apikey.ApiScope;
import dev.aiinterview.web.http.WebException;
import dev.aiinterview.web.invitation.InvitationLinkPage;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Greenhouse's four Assessment Partner calls under the configured path. Every answer is JSON; a refusal is
 * {@code {"status": <code>, "error": "<what to fix>"}} with that HTTP status (the spec defines no error body; this is
 * the shape of its own {@code response_error} answer and of this app's other JSON errors). Each key's calls count
 * against its REST API rate limit; over it, 429 with {@code Retry-After}.
 */
final class GreenhouseRoutes {

    private static final Logger LOG = LoggerFactory.getLogger(GreenhouseRoutes.class);

    private interface Call {
        void handle(Context ctx, ApiKeys.Principal principal) throws IOException;
    }

    private final GreenhouseConnector connector;
    private final GreenhouseAuth auth;
    private final RateLimits limits;
    private final WebSettings settings;
    private final String path;

    GreenhouseRoutes(GreenhouseConnector connector, GreenhouseAuth auth, RateLimits limits, WebSettings settings,
                     String path) {
        this.connector = connector;
        this.auth = auth;
        this.limits = limits;
        this.settings = settings;
        this.path = path;
    }

    void register(JavalinConfig config) {
        var r = config.routes;
        r.get(path + "/list_tests", ctx -> call(ctx, ApiScope.INTERVIEWS_READ, (c, p) ->
                json(c, 200, connector.listTests(p.orgId()))));
        r.post(path + "/send_test", ctx -> call(ctx, ApiScope.INTERVIEWS_WRITE, (c, p) -> {
            var req = GreenhouseRequests.sendTest(GreenhouseJson.object(c.req().getInputStream()));
            String id = connector.sendTest(p.orgId(), req, token -> InvitationLinkPage.link(c, settings, token),
                    c.header("Authorization"));
            json(c, 200, Map.of("partner_interview_id", id));
        }));
        r.get(path + "/test_status", ctx -> call(ctx, ApiScope.INTERVIEWS_READ, (c, p) -> {
            var ids = c.queryParams("partner_interview_id");
            if (ids.size() != 1 || ids.get(0).isBlank() || ids.get(0).length() > 100) {
                throw GreenhouseException.badRequest("Give one partner_interview_id as a query parameter: the id "
                        + "send_test answered.");
            }
            json(c, 200, connector.status(p.orgId(), ids.get(0).strip(),
                    id -> base(c) + "/recruiter/interviews/" + id));
        }));
        r.post(path + "/response_error", ctx -> call(ctx, ApiScope.INTERVIEWS_READ, (c, p) -> {
            connector.responseError(p.orgId(), GreenhouseRequests.responseError(
                    GreenhouseJson.object(c.req().getInputStream())));
            json(c, 200, Map.of("status", 200));
        }));
    }

    /** The app's address: the configured public one, else the one Greenhouse called. */
    private String base(Context ctx) {
        return settings.publicUrl().orElse(ctx.scheme() + "://" + ctx.host());
    }

    private void call(Context ctx, ApiScope scope, Call call) {
        ctx.header("Cache-Control", "no-store");
        try {
            var principal = auth.authenticate(ctx.header("Authorization"), scope);
            var wait = limits.take(principal.keyId());
            if (wait.isPresent()) {
                ctx.header("Retry-After", Long.toString(wait.getAsLong()));
                throw new GreenhouseException(429, "This API key made more than " + limits.perMinute()
                        + " requests in a minute. Wait " + wait.getAsLong() + " s (Retry-After) and send it again.");
            }
            call.handle(ctx, principal);
        } catch (GreenhouseException e) {
            if (e.status() == 401) {
                ctx.header("WWW-Authenticate", GreenhouseAuth.CHALLENGE);
            }
            error(ctx, e.status(), e.getMessage());
        } catch (WebException e) {
            error(ctx, e.status(), e.getMessage());
        } catch (IOException | UncheckedIOException e) {
            error(ctx, 400, "The request body could not be read: send it again.");
        } catch (RuntimeException e) {
            LOG.error("Greenhouse call {} {} failed", ctx.method(), ctx.path(), e);
            error(ctx, 500, "Something went wrong on the server; try again later.");
        }
    }

    private static void error(Context ctx, int status, String message) {
        if (ctx.req().getContentLengthLong() > 0 || ctx.header("Transfer-Encoding") != null) {
            // The body may be left unread (refused before reading, or too large): the connection is not reusable.
            ctx.header("Connection", "close");
        }
        var body = new LinkedHashMap<String, Object>();
        body.put("status", status);
        body.put("error", message);
        json(ctx, status, body);
    }

    private static void json(Context ctx, int status, Object body) {
        ctx.status(status).contentType("application/json").result(Json.write(body));
    }
}
