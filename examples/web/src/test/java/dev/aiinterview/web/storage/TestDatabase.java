package dev.aiinterview.web.storage;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;

/**
 * A new, empty database of one engine for a test, dropped again on {@link #close()}, so tests that hold SQL to the
 * embedded H2 hold it to PostgreSQL too.
 *
 * <p>PostgreSQL comes from the environment variable {@value #POSTGRES_URL_ENV}: a JDBC URL of a database on a server
 * where its user may create databases, for example
 * {@code jdbc:postgresql://127.0.0.1:5433/interview_test?user=postgres} ({@code .ci/run} starts such a server). Each
 * test database is a {@code CREATE DATABASE} with a unique name on that server. Without the variable a PostgreSQL
 * test is skipped (a JUnit assumption), never failed, so a machine without a server still builds.
 */
public final class TestDatabase implements AutoCloseable {

    /** The environment variable with the PostgreSQL server's admin JDBC URL. */
    public static final String POSTGRES_URL_ENV = "INTERVIEW_TEST_POSTGRES_URL";

    /** The database engines the app supports. */
    public enum Engine { H2, POSTGRES }

    private static final Pattern DATABASE_IN_URL = Pattern.compile("^(jdbc:postgresql://[^/?]+/)([^?]*)(.*)$");

    private final DataSourceSettings settings;
    private final String adminUrl;
    private final String name;

    private TestDatabase(DataSourceSettings settings, String adminUrl, String name) {
        this.settings = settings;
        this.adminUrl = adminUrl;
        this.name = name;
    }

    /** A new database of this engine; H2 in memory. */
    public static TestDatabase create(Engine engine) {
        return engine == Engine.H2 ? h2() : postgres();
    }

    /** A new database of this engine; H2 in this file, for tests that reopen it from disk. */
    public static TestDatabase create(Engine engine, Path h2File) {
        return engine == Engine.H2
                ? new TestDatabase(new DataSourceSettings("jdbc:h2:file:" + h2File + ";WRITE_DELAY=0", "", ""), null,
                        null)
                : postgres();
    }

    /** A new in-memory H2 database that lives until the JVM exits. */
    public static TestDatabase h2() {
        return new TestDatabase(new DataSourceSettings("jdbc:h2:mem:test-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                "", ""), null, null);
    }

    /** A new database on the PostgreSQL server of {@value #POSTGRES_URL_ENV}; skips the test when it is not set. */
    public static TestDatabase postgres() {
        String admin = System.getenv(POSTGRES_URL_ENV);
        Assumptions.assumeTrue(admin != null && !admin.isBlank(), POSTGRES_URL_ENV
                + " is not set, so there is no PostgreSQL server to test on (.ci/run starts one)");
        Matcher m = DATABASE_IN_URL.matcher(admin);
        if (!m.matches()) {
            throw new IllegalArgumentException(POSTGRES_URL_ENV + " must be a URL like "
                    + "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres, not " + new DataSourceSettings(admin,
                    "", "").safeUrl());
        }
        String name = "t" + UUID.randomUUID().toString().replace("-", "");
        execute(admin, "CREATE DATABASE " + name);
        return new TestDatabase(new DataSourceSettings(m.group(1) + name + m.group(3), "", ""), admin, name);
    }

    /** Whether {@value #POSTGRES_URL_ENV} names a server, for tests that say so in their own words. */
    public static boolean postgresConfigured() {
        String admin = System.getenv(POSTGRES_URL_ENV);
        return admin != null && !admin.isBlank();
    }

    /** Where the database is; user and password, if any, are in the URL. */
    public DataSourceSettings settings() {
        return settings;
    }

    /** The database's JDBC URL. */
    public String url() {
        return settings.url();
    }

    /** Opens the app's pool on it, which brings its schema up to date. */
    public Database open() {
        return Database.open(settings);
    }

    /** Drops a PostgreSQL database, whatever connections are still open on it; an H2 one is left to the JVM. */
    @Override
    public void close() {
        if (name != null) {
            execute(adminUrl, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
    }

    private static void execute(String url, String sql) {
        try (var c = DriverManager.getConnection(url); var st = c.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + " failed on " + new DataSourceSettings(url, "", "").safeUrl(), e);
        }
    }
}
