package dev.aiinterview.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aiinterview.api.error.ConfigurationException;
import dev.aiinterview.core.check.ProviderDoctor;
import dev.aiinterview.gemini.GeminiDouble;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The web app on Gemini (a local stand-in for today's API): models are checked, and every provider is tried. */
class ProviderCheckAtStartTest {

    private GeminiDouble gemini;

    @BeforeEach
    void startTheDouble() {
        gemini = GeminiDouble.start().answerLikeAModel();
    }

    @AfterEach
    void stopTheDouble() {
        assertThat(gemini.requestsSentDiscouragedSettings()).isEmpty();
        gemini.close();
    }

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
    void aRetiredModelStopsTheStartWithOneLineNamingServedModels() {
        assertThatThrownBy(() -> TestApp.start(gemini("interview.gemini.model", "gemini-2.5-flash")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("'gemini-2.5-flash' (interview.gemini.model) is not served")
                .hasMessageContaining("gemini-3.8-flash");
        assertThat(gemini.generateRequests()).isEmpty();
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
