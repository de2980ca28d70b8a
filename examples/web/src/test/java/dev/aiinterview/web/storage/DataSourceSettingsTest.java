package dev.aiinterview.web.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aiinterview.api.config.ConfigSource;
import dev.aiinterview.web.WebSettings;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataSourceSettingsTest {

    private static final String SECRET = "s3cret-db-pass";

    @Test
    void theDataSourceSettingsNeverPrintThePassword() {
        // given
        var settings = new DataSourceSettings("jdbc:postgresql://db/interviews", "app", SECRET);

        // when
        String text = settings.toString();

        // then
        assertThat(text).contains("jdbc:postgresql://db/interviews", "app").doesNotContain(SECRET);
        assertThat(settings.password()).isEqualTo(SECRET);
    }

    @Test
    void aPasswordInsideTheJdbcUrlIsNotPrintedEither() {
        // given
        var postgres = new DataSourceSettings("jdbc:postgresql://db/interviews?user=app&password=" + SECRET
                + "&ssl=true", "", "");
        var h2 = new DataSourceSettings("jdbc:h2:file:./data/db;USER=sa;PASSWORD=" + SECRET + ";MODE=PostgreSQL",
                "", "");

        // when / then
        assertThat(postgres.toString()).doesNotContain(SECRET)
                .contains("jdbc:postgresql://db/interviews?user=app&password=***&ssl=true");
        assertThat(h2.toString()).doesNotContain(SECRET).contains(";PASSWORD=***;MODE=PostgreSQL");
    }

    @Test
    void theWebSettingsPrintNeitherTheDatabaseNorTheRecruiterPassword() {
        // given
        WebSettings settings = WebSettings.from(ConfigSource.of(Map.of(WebSettings.JDBC_URL, "jdbc:h2:mem:x",
                WebSettings.JDBC_PASSWORD, SECRET, WebSettings.ADMIN_PASSWORD, "admin-" + SECRET)));

        // when
        String text = settings.toString();

        // then
        assertThat(text).contains("jdbc:h2:mem:x").doesNotContain(SECRET);
        assertThat(settings.jdbcPassword()).isEqualTo(SECRET);
    }

    @Test
    void aPoolOpensOnAnyJdbcUrlAndClosesEveryConnectionWhenClosed() throws Exception {
        // given
        String url = "jdbc:h2:mem:pool" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
        Database db = Database.open(new DataSourceSettings(url, "", ""));
        db.update("DELETE FROM login_session");

        // when
        db.close();

        // then
        try (var c = java.sql.DriverManager.getConnection(url);
             var rows = c.createStatement().executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS")) {
            rows.next();
            assertThat(rows.getInt(1)).as("only this connection is open").isEqualTo(1);
        }
    }
}
