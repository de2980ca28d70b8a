package dev.aiinterview.web.mail;

import dev.aiinterview.api.config.ConfigSource;
import dev.aiinterview.api.error.ConfigurationException;
import java.util.Optional;

/**
 * How the app sends email: an SMTP server, when {@value #HOST} is set; without it no email is sent.
 *
 * @param host     the SMTP server; empty when mail is not configured
 * @param port     its port ({@value #PORT}, default 587)
 * @param user     the user to sign in as; empty to send without signing in
 * @param password the password; never logged and left out of {@link #toString()}
 * @param from     the sender address ({@value #FROM}); required when a host is set
 * @param starttls whether to require STARTTLS ({@value #STARTTLS}, default true)
 */
public record MailSettings(Optional<String> host, int port, Optional<String> user, Optional<String> password,
                           String from, boolean starttls) {

    public static final String HOST = "interview.web.smtp.host";
    public static final String PORT = "interview.web.smtp.port";
    public static final String USER = "interview.web.smtp.user";
    public static final String PASSWORD = "interview.web.smtp.password";
    public static final String FROM = "interview.web.smtp.from";
    public static final String STARTTLS = "interview.web.smtp.starttls";

    /** Reads the settings; a host without a sender address, or a port out of range, is an error naming the key. */
    public static MailSettings from(ConfigSource config) {
        Optional<String> host = config.get(HOST).map(String::strip).filter(h -> !h.isEmpty());
        int port = config.getInt(PORT, 587);
        if (port < 1 || port > 65535) {
            throw new ConfigurationException("Setting '" + PORT + "' is " + port + " but must be from 1 to 65535");
        }
        String from = config.get(FROM, "").strip();
        if (host.isPresent() && from.isEmpty()) {
            throw new ConfigurationException("Setting '" + HOST + "' is set but '" + FROM + "' is not: give the "
                    + "address invitation emails come from (system property -D" + FROM + " or environment variable "
                    + ConfigSource.environmentName(FROM) + ")");
        }
        return new MailSettings(host, port, config.get(USER), config.get(PASSWORD), from,
                config.getBoolean(STARTTLS, true));
    }

    /** Whether an SMTP server is configured. */
    public boolean configured() {
        return host.isPresent();
    }

    /** Every setting but the password. */
    @Override
    public String toString() {
        return "MailSettings[host=" + host.orElse("") + ", port=" + port + ", user=" + user.orElse("")
                + ", password=" + password.map(p -> "***").orElse("") + ", from=" + from + ", starttls=" + starttls
                + "]";
    }
}
