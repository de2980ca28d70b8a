package dev.aiinterview.web.partner.greenhouse;

import dev.aiinterview.api.config.ConfigSource;
import dev.aiinterview.api.error.ConfigurationException;
import java.util.regex.Pattern;

/**
 * Settings of the Greenhouse Assessment Partner connector.
 *
 * @param enabled whether its routes are served ({@value #ENABLED}, default on)
 * @param path    the path its four routes sit under ({@value #PATH}, default {@value #DEFAULT_PATH})
 */
public record GreenhouseSettings(boolean enabled, String path) {

    public static final String ENABLED = "interview.web.greenhouse.enabled";
    public static final String PATH = "interview.web.greenhouse.path";
    public static final String DEFAULT_PATH = "/partners/greenhouse";
    private static final Pattern VALID_PATH = Pattern.compile("(/[A-Za-z0-9._~-]+)+");

    /** Reads the settings; a path that is not a plain absolute path is a {@link ConfigurationException}. */
    public static GreenhouseSettings from(ConfigSource config) {
        String path = config.get(PATH, DEFAULT_PATH).strip();
        if (path.endsWith("/") && path.length() > 1) {
            path = path.substring(0, path.length() - 1);
        }
        if (!VALID_PATH.matcher(path).matches()) {
            throw new ConfigurationException("Setting '" + PATH + "' is '" + path + "' but must be an absolute path "
                    + "of letters, digits and . _ ~ - such as " + DEFAULT_PATH + " (system property -D" + PATH
                    + " or environment variable " + ConfigSource.environmentName(PATH) + ")");
        }
        if (path.equals("/recruiter") || path.startsWith("/recruiter/") || path.startsWith("/api/")
                || path.startsWith("/i/") || path.startsWith("/assets/")) {
            throw new ConfigurationException("Setting '" + PATH + "' is '" + path + "', which the app's own pages "
                    + "use: choose another, such as " + DEFAULT_PATH);
        }
        return new GreenhouseSettings(config.getBoolean(ENABLED, true), path);
    }
}
