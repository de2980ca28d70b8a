package dev.aiinterview.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aiinterview.api.config.ConfigSource;
import dev.aiinterview.web.storage.TestDatabase;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The PostgreSQL password, given in the URL and in the password setting, is in no log line, message or
 * {@code toString()} of the app, whether it starts or fails to open the database. Skipped unless
 * {@value TestDatabase#POSTGRES_URL_ENV} names a server.
 */
class PostgresCredentialsTest {

    private static final String SECRET = "pg-s3cret-5b1e";

    @Test
    void anAppOnPostgresLogsAndPrintsNoDatabasePassword() {
        try (TestDatabase database = TestDatabase.postgres(); ServerLog log = ServerLog.start()) {
            // given a URL and a password setting that both carry the password
            Map<String, String> settings = Map.of(WebSettings.JDBC_URL, database.url() + "&password=" + SECRET,
                    WebSettings.JDBC_PASSWORD, SECRET);

            // when the app starts on it, serves a page and stops
            try (TestApp app = TestApp.start(settings)) {
                assertThat(app.app.settings().jdbcUrl()).contains(SECRET);
                assertThat(new Http(app.base).get("/").statusCode()).isLessThan(500);

                // then its settings print no password
                assertThat(app.app.settings().toString()).doesNotContain(SECRET);
                assertThat(app.app.settings().database().toString()).doesNotContain(SECRET)
                        .contains(database.url().substring(0, database.url().indexOf('?')));
            }

            // and nothing it logged holds it
            assertThat(log.text()).doesNotContain(SECRET);
        }
    }

    @Test
    void aPostgresDatabaseThatCannotBeOpenedIsReportedWithoutThePassword() {
        try (TestDatabase database = TestDatabase.postgres()) {
            // given a database that does not exist on a reachable server, with the password in URL and setting
            String missing = database.url().replaceFirst("/t[0-9a-f]{32}\\?", "/no_such_database?");
            WebSettings settings = WebSettings.from(ConfigSource.of(Map.of(WebSettings.JDBC_URL,
                    missing + "&password=" + SECRET, WebSettings.JDBC_PASSWORD, SECRET)));

            // when / then the error names the database and the settings, and holds no password anywhere
            assertThatThrownBy(() -> StartChecks.openDatabase(settings))
                    .hasMessageContaining("Cannot open the database")
                    .hasMessageContaining("no_such_database")
                    .satisfies(e -> {
                        var trace = new StringWriter();
                        e.printStackTrace(new PrintWriter(trace));
                        assertThat(trace.toString()).doesNotContain(SECRET);
                    });
        }
    }
}
