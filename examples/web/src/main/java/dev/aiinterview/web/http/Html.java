package dev.aiinterview.web.http;

import dev.aiinterview.web.security.LoginSessions;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Escaping and small formatting helpers for server-rendered pages. Every dynamic value goes through {@link #esc}. */
public final class Html {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'",
            Locale.ENGLISH).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    /** Text safe in element content and in quoted attribute values. */
    public static String esc(Object value) {
        if (value == null) {
            return "";
        }
        String s = value.toString();
        var out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    public static String when(Instant instant) {
        return instant == null ? "" : WHEN.format(instant);
    }

    public static String day(Instant instant) {
        return instant == null ? "" : DAY.format(instant);
    }

    /** An enum constant as words: {@code NICE_TO_HAVE} -> "Nice to have". */
    public static String words(Enum<?> value) {
        if (value == null) {
            return "";
        }
        String s = value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** The hidden CSRF field every state-changing form carries. */
    public static String csrf(LoginSessions.Login login) {
        return "<input type=\"hidden\" name=\"_csrf\" value=\"" + esc(login.csrfToken()) + "\">";
    }

    /** A one-button form that POSTs to an action, with the CSRF field. */
    public static String postButton(LoginSessions.Login login, String action, String label, String cssClass) {
        return "<form method=\"post\" action=\"" + esc(action) + "\" class=\"inline\">" + csrf(login)
                + "<button type=\"submit\" class=\"" + esc(cssClass) + "\">" + esc(label) + "</button></form>";
    }

    private Html() {
    }
}
