package dev.aiinterview.web;

import dev.aiinterview.api.config.ConfigSource;
import dev.aiinterview.api.error.ConfigurationException;
import dev.aiinterview.web.storage.DataSourceSettings;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The web app's settings, read once at start from system properties, environment variables (upper case, dots and
 * dashes as underscores: {@code INTERVIEW_WEB_PORT}) or a map, through the SDK's {@link ConfigSource}.
 *
 * @param host              interface to listen on
 * @param port              HTTP port; 0 picks a free one
 * @param dataDir           where the database (by default) and the recordings live
 * @param database          the database (an H2 file under the data directory by default), user and password
 * @param adminUser         the recruiter's user name
 * @param adminPassword     the recruiter's password, if configured; otherwise one is generated at first start
 * @param retentionDays     days an interview and its recordings are kept after it was created
 * @param maxAnswerSeconds  longest spoken answer
 * @param maxUploadBytes    largest upload
 * @param thinkingSeconds   thinking time before recording starts by itself
 * @param invitationDays    default validity of an invitation link
 * @param sessionHours      how long a recruiter stays signed in
 * @param publicUrl         the address candidates use, for invitation links; empty to use the request's host
 * @param secureCookies     mark cookies Secure (set it behind HTTPS)
 * @param recruiterContact  how candidates reach the recruiter (an email address, a phone number), shown on the
 *                          candidate's page; empty to show none
 */
public record WebSettings(
        String host,
        int port,
        Path dataDir,
        DataSourceSettings database,
        String adminUser,
        Optional<String> adminPassword,
        int retentionDays,
        int maxAnswerSeconds,
        long maxUploadBytes,
        int thinkingSeconds,
        int invitationDays,
        int sessionHours,
        Optional<String> publicUrl,
        boolean secureCookies,
        Optional<String> recruiterContact) {

    public static final String HOST = "interview.web.host";
    public static final String PORT = "interview.web.port";
    public static final String DATA_DIR = "interview.web.data-dir";
    public static final String JDBC_URL = "interview.web.jdbc-url";
    public static final String JDBC_USER = "interview.web.jdbc-user";
    public static final String JDBC_PASSWORD = "interview.web.jdbc-password";
    public static final String ADMIN_USER = "interview.web.admin-user";
    public static final String ADMIN_PASSWORD = "interview.web.admin-password";
    public static final String RETENTION_DAYS = "interview.web.retention-days";
    public static final String MAX_ANSWER_SECONDS = "interview.web.max-answer-seconds";
    public static final String MAX_UPLOAD_MB = "interview.web.max-upload-mb";
    public static final String THINKING_SECONDS = "interview.web.thinking-seconds";
    public static final String INVITATION_DAYS = "interview.web.invitation-days";
    public static final String SESSION_HOURS = "interview.web.session-hours";
    public static final String PUBLIC_URL = "interview.web.public-url";
    public static final String SECURE_COOKIES = "interview.web.secure-cookies";
    public static final String RECRUITER_CONTACT = "interview.web.recruiter-contact";
    /** The longest recruiter contact shown to candidates. */
    static final int MAX_CONTACT_LENGTH = 200;

    /** Reads and checks every setting; a bad value is a {@link ConfigurationException} naming the key. */
    public static WebSettings from(ConfigSource config) {
        Path dataDir = Path.of(config.get(DATA_DIR, "interview-data")).toAbsolutePath().normalize();
        String defaultUrl = "jdbc:h2:file:" + dataDir.resolve("db").resolve("interview")
                // Flush every commit at once: a killed process must not lose the last answers.
                + ";WRITE_DELAY=0";
        long uploadMb = range(config, MAX_UPLOAD_MB, 100, 1, 4096);
        return new WebSettings(
                config.get(HOST, "localhost"),
                (int) range(config, PORT, 7070, 0, 65535),
                dataDir,
                new DataSourceSettings(config.get(JDBC_URL, defaultUrl), config.get(JDBC_USER, ""),
                        config.get(JDBC_PASSWORD, "")),
                config.get(ADMIN_USER, "admin"),
                config.get(ADMIN_PASSWORD),
                (int) range(config, RETENTION_DAYS, 90, 1, 3650),
                (int) range(config, MAX_ANSWER_SECONDS, 180, 10, 1800),
                uploadMb * 1024 * 1024,
                (int) range(config, THINKING_SECONDS, 30, 0, 600),
                (int) range(config, INVITATION_DAYS, 14, 1, 365),
                (int) range(config, SESSION_HOURS, 8, 1, 24 * 30),
                config.get(PUBLIC_URL).map(u -> u.endsWith("/") ? u.substring(0, u.length() - 1) : u),
                config.getBoolean(SECURE_COOKIES, false),
                contact(config));
    }

    private static Optional<String> contact(ConfigSource config) {
        Optional<String> contact = config.get(RECRUITER_CONTACT).map(String::strip).filter(c -> !c.isEmpty());
        if (contact.isPresent() && contact.get().length() > MAX_CONTACT_LENGTH) {
            throw new ConfigurationException("Setting '" + RECRUITER_CONTACT + "' is longer than "
                    + MAX_CONTACT_LENGTH + " characters: give one email address or phone number (system property -D"
                    + RECRUITER_CONTACT + " or environment variable "
                    + ConfigSource.environmentName(RECRUITER_CONTACT) + ")");
        }
        return contact;
    }

    /** The database's JDBC URL. */
    public String jdbcUrl() {
        return database.url();
    }

    /** The database user. */
    public String jdbcUser() {
        return database.user();
    }

    /** The database password. */
    public String jdbcPassword() {
        return database.password();
    }

    /** Every setting but the passwords: settings end up in logs and error messages. */
    @Override
    public String toString() {
        return "WebSettings[host=" + host + ", port=" + port + ", dataDir=" + dataDir + ", database=" + database
                + ", adminUser=" + adminUser + ", adminPassword=" + adminPassword.map(p -> "***").orElse("generated")
                + ", retentionDays=" + retentionDays + ", maxAnswerSeconds=" + maxAnswerSeconds + ", maxUploadBytes="
                + maxUploadBytes + ", thinkingSeconds=" + thinkingSeconds + ", invitationDays=" + invitationDays
                + ", sessionHours=" + sessionHours + ", publicUrl=" + publicUrl.orElse("") + ", secureCookies="
                + secureCookies + ", recruiterContact=" + recruiterContact.orElse("") + "]";
    }

    /** Where recordings are kept. */
    public Path mediaDir() {
        return dataDir.resolve("media");
    }

    private static long range(ConfigSource config, String key, int defaultValue, long min, long max) {
        long value = config.getInt(key, defaultValue);
        if (value < min || value > max) {
            throw new ConfigurationException("Setting '" + key + "' is " + value + " but must be from " + min
                    + " to " + max + " (system property -D" + key + " or environment variable "
                    + ConfigSource.environmentName(key) + ")");
        }
        return value;
    }
}
