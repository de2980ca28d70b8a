package dev.aiinterview.web.security;

import dev.aiinterview.web.http.SecurityHeaders;
import dev.aiinterview.web.http.WebException;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.HandlerType;
import io.javalin.http.SameSite;
import java.util.Optional;

/**
 * What every request goes through first: security headers on every response, then, for the recruiter's pages and
 * API, the sign-in check and, on every state-changing request, the CSRF check. Candidates carry no cookie (their
 * link is their credential), so their requests need no CSRF token.
 */
public final class WebSecurity {

    public static final String SESSION_COOKIE = "aiw_session";
    static final String LOGIN_ATTRIBUTE = "login";
    static final String CSRF_HEADER = "X-CSRF-Token";
    static final String CSRF_FIELD = "_csrf";


    private final LoginSessions sessions;
    private final boolean secureCookies;

    public WebSecurity(LoginSessions sessions, boolean secureCookies) {
        this.sessions = sessions;
        this.secureCookies = secureCookies;
    }

    /** The before-handler for every request. */
    public void before(Context ctx) {
        SecurityHeaders.apply(ctx);
        String path = ctx.path();
        boolean page = path.equals("/recruiter") || path.startsWith("/recruiter/");
        boolean api = path.equals("/api/recruiter") || path.startsWith("/api/recruiter/");
        boolean logout = path.equals("/logout");
        if (stateChanging(ctx) && !sameOrigin(ctx)) {
            throw new WebException(403, "This request came from another site and was refused.");
        }
        if (!page && !api && !logout) {
            return;
        }
        Optional<LoginSessions.Login> login = Optional.ofNullable(ctx.cookie(SESSION_COOKIE)).flatMap(sessions::find);
        if (login.isEmpty()) {
            if (page && ctx.method() == HandlerType.GET) {
                ctx.redirect("/login?next=" + java.net.URLEncoder.encode(path, java.nio.charset.StandardCharsets.UTF_8));
                ctx.skipRemainingHandlers();
                return;
            }
            if (logout) {
                ctx.redirect("/login", io.javalin.http.HttpStatus.SEE_OTHER);
                ctx.skipRemainingHandlers();
                return;
            }
            throw new WebException(401, "Sign in as the recruiter first.");
        }
        ctx.attribute(LOGIN_ATTRIBUTE, login.get());
        if (stateChanging(ctx)) {
            String token = ctx.header(CSRF_HEADER);
            if (token == null) {
                token = ctx.formParam(CSRF_FIELD);
            }
            if (!Tokens.same(login.get().csrfToken(), token)) {
                throw new WebException(403, "The form has expired or did not come from this site (CSRF check "
                        + "failed). Reload the page and try again.");
            }
        }
    }

    /** The signed-in recruiter of a request that passed {@link #before}. */
    public static LoginSessions.Login login(Context ctx) {
        LoginSessions.Login login = ctx.attribute(LOGIN_ATTRIBUTE);
        if (login == null) {
            throw new WebException(401, "Sign in as the recruiter first.");
        }
        return login;
    }

    Cookie sessionCookie(String value, int maxAgeSeconds) {
        return new Cookie(SESSION_COOKIE, value, "/", maxAgeSeconds, secureCookies, true, null, SameSite.STRICT);
    }

    Cookie cookie(String name, String value, int maxAgeSeconds) {
        return new Cookie(name, value, "/", maxAgeSeconds, secureCookies, true, null, SameSite.STRICT);
    }

    private static boolean stateChanging(Context ctx) {
        HandlerType m = ctx.method();
        return m == HandlerType.POST || m == HandlerType.PUT || m == HandlerType.PATCH || m == HandlerType.DELETE;
    }

    /**
     * Refuses requests another site made the browser send. Browsers say where a request came from in
     * Sec-Fetch-Site; older ones only in Origin (which is "null" under our no-referrer policy, so it cannot be
     * compared). Clients that are not browsers send neither.
     */
    static boolean sameOrigin(Context ctx) {
        String site = ctx.header("Sec-Fetch-Site");
        if (site != null) {
            return site.equals("same-origin") || site.equals("none");
        }
        String origin = ctx.header("Origin");
        if (origin == null || origin.equals("null")) {
            return true;
        }
        String host = ctx.header("Host");
        return host != null && (origin.equals("http://" + host) || origin.equals("https://" + host));
    }
}
