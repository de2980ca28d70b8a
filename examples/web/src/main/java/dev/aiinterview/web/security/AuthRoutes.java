package dev.aiinterview.web.security;

import dev.aiinterview.web.http.JteRenderer;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sign-in and sign-out. The sign-in form carries its own CSRF token, paired with a short-lived cookie (double
 * submit), so another site cannot sign a browser in to an account of its choosing.
 */
public final class AuthRoutes {

    private static final Logger LOG = LoggerFactory.getLogger(AuthRoutes.class);
    static final String LOGIN_CSRF_COOKIE = "aiw_login";

    private final AdminAccount account;
    private final LoginSessions sessions;
    private final LoginThrottle throttle;
    private final WebSecurity security;

    public AuthRoutes(AdminAccount account, LoginSessions sessions, LoginThrottle throttle, WebSecurity security) {
        this.account = account;
        this.sessions = sessions;
        this.throttle = throttle;
        this.security = security;
    }

    public void register(JavalinConfig config) {
        config.routes.get("/", ctx -> ctx.redirect("/recruiter"));
        config.routes.get("/favicon.ico", ctx -> ctx.status(204)); // no icon, and no 404 in every console
        config.routes.get("/login", this::loginPage);
        config.routes.post("/login", this::login);
        config.routes.post("/logout", this::logout);
    }

    private void loginPage(Context ctx) {
        var existing = java.util.Optional.ofNullable(ctx.cookie(WebSecurity.SESSION_COOKIE)).flatMap(sessions::find);
        if (existing.isPresent()) {
            ctx.redirect("/recruiter");
            return;
        }
        render(ctx, 200, null);
    }

    private void render(Context ctx, int status, String error) {
        String formToken = Tokens.random();
        ctx.cookie(security.cookie(LOGIN_CSRF_COOKIE, formToken, 3600));
        String next = safeNext(ctx.queryParam("next") != null ? ctx.queryParam("next") : ctx.formParam("next"));
        JteRenderer.page(ctx.status(status), "security/login.jte", Map.of("page",
                new LoginPage(formToken, next, error, AdminAccount.PASSWORD_FILE)));
    }

    private void login(Context ctx) {
        String cookieToken = ctx.cookie(LOGIN_CSRF_COOKIE);
        if (cookieToken == null || !Tokens.same(cookieToken, ctx.formParam(WebSecurity.CSRF_FIELD))) {
            render(ctx, 403, "The sign-in form had expired. Please try again.");
            return;
        }
        String address = ctx.ip();
        long wait = throttle.attempt(address);
        if (wait > 0) {
            render(ctx, 429, "Too many failed sign-ins. Try again in " + Math.max(1, wait / 60) + " minute(s).");
            return;
        }
        if (!account.check(ctx.formParam("username"), ctx.formParam("password"))) {
            LOG.warn("Failed recruiter sign-in from {}", address);
            render(ctx, 401, "The user name or password is wrong.");
            return;
        }
        throttle.succeeded(address);
        String id = sessions.create(account.username());
        ctx.removeCookie(LOGIN_CSRF_COOKIE, "/");
        ctx.cookie(security.sessionCookie(id, (int) sessions.lifetimeSeconds()));
        ctx.redirect(safeNext(ctx.formParam("next")), HttpStatus.SEE_OTHER);
    }

    private void logout(Context ctx) {
        sessions.delete(WebSecurity.login(ctx));
        ctx.removeCookie(WebSecurity.SESSION_COOKIE, "/");
        ctx.redirect("/login", HttpStatus.SEE_OTHER);
    }

    /** Only our own recruiter pages: never an open redirect. */
    static String safeNext(String next) {
        if (next == null || !next.startsWith("/recruiter") || next.contains("//") || next.contains("\\")) {
            return "/recruiter";
        }
        return next;
    }
}
