package dev.aiinterview.web.security;

import dev.aiinterview.web.http.JteRenderer;
import dev.aiinterview.web.http.RecruiterFrame;
import dev.aiinterview.web.http.StatusBanner;
import dev.aiinterview.web.org.Organizations;
import io.javalin.http.Context;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Renders a recruiter page: a template of {@code src/main/jte} with its view model as {@code page}, inside the
 * frame (navigation, status line, one-time notice, sign-out form).
 */
public final class RecruiterPages {

    private final LoginSessions sessions;
    private final Supplier<StatusBanner> status;
    private final Organizations organizations;

    /**
     * Renders pages for the sessions' recruiters; a page shows and clears the session's notice, and shows the
     * app's status line as it is at that moment (such as whether voice answers are on).
     */
    public RecruiterPages(LoginSessions sessions, Supplier<StatusBanner> status, Organizations organizations) {
        this.sessions = sessions;
        this.status = status;
        this.organizations = organizations;
    }

    /** The organization of the signed-in recruiter: what they create belongs to it. */
    public String orgId(Context ctx) {
        return organizations.ofRecruiter(WebSecurity.login(ctx).username());
    }

    /** Sets a one-time notice that the next page shows. */
    public void notice(Context ctx, String notice) {
        sessions.notice(WebSecurity.login(ctx), notice);
    }

    /** Renders a template with its view model. */
    public void render(Context ctx, String template, String title, String section, Object page) {
        LoginSessions.Login login = WebSecurity.login(ctx);
        String notice = sessions.takeNotice(login).orElse(null);
        var frame = new RecruiterFrame(title, section, login.csrfToken(), notice, status.get());
        JteRenderer.page(ctx, template, Map.of("frame", frame, "page", page));
    }

    /** The CSRF token of the signed-in recruiter's session, for the forms of a page. */
    public static String csrf(Context ctx) {
        return WebSecurity.login(ctx).csrfToken();
    }
}
