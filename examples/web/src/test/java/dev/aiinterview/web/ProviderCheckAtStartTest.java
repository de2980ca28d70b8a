package dev.aiinterview.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aiinterview.api.config.ConfigSource;
import dev.aiinterview.api.error.ConfigurationException;
import dev.aiinterview.core.check.ProviderDoctor;
import dev.aiinterview.gemini.GeminiDouble;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The web app on Gemini (a local stand-in for today's API): models are checked, and every provider is tried. */
class ProviderCheckAtStartTest {

    /** Checks after each test that no request carried settings Gemini 3 refuses or degrades on. */
    @RegisterExtension
    static GeminiDouble.Extension gemini = GeminiDouble.extension().answeringLikeAModel();

    private Map<String, String> gemini(String... extra) {
        var settings = new java.util.HashMap<>(Map.of("interview.gemini.api-key", GeminiDouble.KEY,
                "interview.gemini.base-url", gemini.baseUrl(), "interview.llm.provider", "gemini",
                "interview.stt.provider", "gemini"));
        for (int i = 0; i < extra.length; i += 2) {
            settings.put(extra[i], extra[i + 1]);
        }
        return settings;
    }

    @Test
    void aRetiredModelStopsTheStartWithOneLineNamingServedModelsAndLeavesTheDatabaseClosed(@TempDir Path dir)
            throws Exception {
        // given
        Map<String, String> settings = gemini("interview.gemini.model", "gemini-2.5-flash");
        settings.putAll(Map.of(WebSettings.PORT, "0", WebSettings.DATA_DIR, dir.toString(),
                WebSettings.ADMIN_PASSWORD, TestApp.PASSWORD));

        // when / then
        assertThatThrownBy(() -> WebApp.start(ConfigSource.of(settings)))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("'gemini-2.5-flash' (interview.gemini.model) is not served")
                .hasMessageContaining("gemini-3.8-flash");
        assertThat(gemini.generateRequests()).isEmpty();
        assertThat(openSessions(WebSettings.from(ConfigSource.of(settings))))
                .as("the failed start's connections are closed: only this one is open").isEqualTo(1);
    }

    private static int openSessions(WebSettings web) throws java.sql.SQLException {
        try (var connection = java.sql.DriverManager.getConnection(web.jdbcUrl(), web.jdbcUser(), web.jdbcPassword());
             var rows = connection.createStatement().executeQuery(
                     "SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    @Test
    void onAGoodStartEveryProviderIsCheckedWithATinyCallInTheBackground() throws Exception {
        try (TestApp app = TestApp.start(gemini())) {
            // when
            ProviderDoctor.Report report = app.app.providerCheck().get(30, TimeUnit.SECONDS);

            // then
            assertThat(report.exitCode()).isZero();
            assertThat(report.checks()).extracting(ProviderDoctor.Check::summary)
                    .anySatisfy(line -> assertThat(line).startsWith("llm gemini (gemini-3.8-flash): OK in "))
                    .anySatisfy(line -> assertThat(line)
                            .startsWith("speech-to-text gemini (gemini-3.5-transcribe): OK in "));
        }
    }
}
