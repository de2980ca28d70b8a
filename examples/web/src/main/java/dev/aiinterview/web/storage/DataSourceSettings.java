package dev.aiinterview.web.storage;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where the database is and how to sign in to it.
 *
 * @param url      any JDBC URL whose driver is on the class path (H2 and PostgreSQL are bundled)
 * @param user     database user, may be empty
 * @param password database password, may be empty; never part of {@link #toString()}
 */
public record DataSourceSettings(String url, String user, String password) {

    /** Checks that a URL is given; a missing user or password is an empty one. */
    public DataSourceSettings {
        Objects.requireNonNull(url, "url");
        user = user == null ? "" : user;
        password = password == null ? "" : password;
    }

    /**
     * The URL and user only: settings end up in logs and error messages, a password must not, whether it is given
     * apart or inside the URL ({@code jdbc:postgresql://db/app?user=app&password=...}).
     */
    @Override
    public String toString() {
        return "DataSourceSettings[url=" + safeUrl() + ", user=" + user
                + ", password=" + (password.isEmpty() ? "" : "***") + "]";
    }

    /** The URL with any password in it masked, for messages. */
    public String safeUrl() {
        return PASSWORD_IN_URL.matcher(url).replaceAll("$1***");
    }

    /** A {@code password=} parameter of a JDBC URL, in the query ({@code ?}, {@code &}) or H2's {@code ;} form. */
    private static final Pattern PASSWORD_IN_URL = Pattern.compile("(?i)([?&;]password=)[^&;]*");
}
