package dev.aiinterview.web.http;

import dev.aiinterview.web.security.LoginSessions;

import static dev.aiinterview.web.http.Html.esc;

/** The page frames: the recruiter's (with navigation) and the plain one (sign-in, errors). */
public final class Page {

    static final String BRAND = "AI Interview";

    /** A recruiter page: navigation, an optional one-time notice, then the body. */
    public static String recruiter(String title, LoginSessions.Login login, String notice, String section, String body) {
        var html = new StringBuilder(body.length() + 2048);
        head(html, title, "recruiter");
        html.append("<header class=\"topbar\"><div class=\"topbar-inner\"><a class=\"brand\" href=\"/recruiter\">")
                .append(BRAND).append("<span class=\"brand-sub\">Recruiter</span></a><nav>")
                .append(nav("/recruiter/interviews", "Interviews", "interviews".equals(section)))
                .append(nav("/recruiter/plans", "Plans", "plans".equals(section)))
                .append("<a class=\"button small\" href=\"/recruiter/plans/new\">New plan</a>")
                .append("<form method=\"post\" action=\"/logout\" class=\"inline\">").append(Html.csrf(login))
                .append("<button type=\"submit\" class=\"link\">Sign out</button></form>")
                .append("</nav></div></header><main class=\"container\">");
        if (notice != null && !notice.isBlank()) {
            html.append("<div class=\"notice\" role=\"status\">").append(esc(notice)).append("</div>");
        }
        html.append(body).append("</main>");
        footer(html);
        return html.toString();
    }

    /** A page without navigation. */
    public static String plain(String title, String body) {
        var html = new StringBuilder(body.length() + 1024);
        head(html, title, "plain");
        html.append("<header class=\"topbar\"><div class=\"topbar-inner\"><span class=\"brand\">").append(BRAND)
                .append("</span></div></header><main class=\"container narrow\">").append(body).append("</main>");
        footer(html);
        return html.toString();
    }

    private static void head(StringBuilder html, String title, String bodyClass) {
        html.append("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(esc(title)).append(" · ").append(BRAND).append("</title>")
                .append("<link rel=\"stylesheet\" href=\"/assets/app.css\">")
                .append("<link rel=\"stylesheet\" href=\"/assets/print.css\" media=\"print\">")
                .append("<script src=\"/assets/recruiter.js\" defer></script>")
                .append("</head><body class=\"").append(bodyClass).append("\">");
    }

    private static void footer(StringBuilder html) {
        html.append("<footer class=\"footer\"><div class=\"container\">The AI assists; people decide. Reports rate "
                + "the content of answers only.</div></footer></body></html>");
    }

    private static String nav(String href, String label, boolean current) {
        return "<a href=\"" + href + "\"" + (current ? " aria-current=\"page\" class=\"current\"" : "") + ">"
                + esc(label) + "</a>";
    }

    private Page() {
    }
}
