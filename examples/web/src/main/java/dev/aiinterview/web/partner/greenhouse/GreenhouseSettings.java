package dev.aiinterview.web.partner.greenhouse;

import dev.aiinterview.api.config.ConfigSource;
import dev.aiinterview.api.error.ConfigurationException;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Settings of the Greenhouse Assessment Partner connector.
 *
 * @param enabled       whether its routes are served ({@value #ENABLED}, default on)
 * @param path          the path its four routes sit under ({@value #PATH}, default {@value #DEFAULT_PATH})
 * @param callbackHosts the hosts send_test's {@code url} may name, so that a key cannot make the app PATCH any
 *                      address ({@value #CALLBACK_HOSTS}, comma-separated; {@code *.example.com} is any subdomain;
 *                      default {@value #DEFAULT_CALLBACK_HOSTS})
 */
public record GreenhouseSettings(boolean enabled, String path, List<String> callbackHosts) {

    public static final String ENABLED = "interview.web.greenhouse.enabled";
    public static final String PATH = "interview.web.greenhouse.path";
    public static final String DEFAULT_PATH = "/partners/greenhouse";
    public static final String CALLBACK_HOSTS = "interview.web.greenhouse.callback-hosts";
    public static final String DEFAULT_CALLBACK_HOSTS = "greenhouse.io,*.greenhouse.io";
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
        List<String> hosts = Arrays.stream(config.get(CALLBACK_HOSTS, DEFAULT_CALLBACK_HOSTS).split(","))
                .map(h -> h.strip().toLowerCase(Locale.ROOT)).filter(h -> !h.isEmpty()).toList();
        if (hosts.isEmpty()) {
            throw new ConfigurationException("Setting '" + CALLBACK_HOSTS + "' names no host: give the hosts "
                    + "Greenhouse's callback URLs use, such as " + DEFAULT_CALLBACK_HOSTS);
        }
        return new GreenhouseSettings(config.getBoolean(ENABLED, true), path, hosts);
    }

    /**
     * Whether send_test's {@code url} may be PATCHed: HTTPS (HTTP only to {@code localhost}) to an allowed host.
     */
    public boolean callbackAllowed(URI url) {
        String host = url.getHost() == null ? "" : url.getHost().toLowerCase(Locale.ROOT);
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        boolean secure = scheme.equals("https") || (scheme.equals("http") && host.equals("localhost"));
        return secure && url.getUserInfo() == null && callbackHosts.stream().anyMatch(allowed ->
                allowed.startsWith("*.") ? host.endsWith(allowed.substring(1)) : host.equals(allowed));
    }
}
