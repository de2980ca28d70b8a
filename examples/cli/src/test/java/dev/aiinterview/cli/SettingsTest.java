package dev.aiinterview.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aiinterview.api.config.ConfigKeys;
import dev.aiinterview.api.config.ConfigSource;
import dev.aiinterview.gemini.GeminiLlmProviderFactory;
import dev.aiinterview.gemini.GeminiSpeechToTextProviderFactory;
import dev.aiinterview.googlespeech.GoogleSpeechToTextProviderFactory;
import dev.aiinterview.offline.OfflineLlmProviderFactory;
import dev.aiinterview.spi.LlmProviderFactory;
import dev.aiinterview.spi.SpeechToTextProviderFactory;
import dev.aiinterview.vosk.VoskSpeechToTextProviderFactory;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The engines a command runs with when none is chosen, judged by the bundled providers themselves. */
class SettingsTest {

    private static final List<SpeechToTextProviderFactory> ALL = List.of(new GeminiSpeechToTextProviderFactory(),
            new VoskSpeechToTextProviderFactory(), new GoogleSpeechToTextProviderFactory());
    private static final List<LlmProviderFactory> LLMS = List.of(new OfflineLlmProviderFactory(),
            new GeminiLlmProviderFactory());

    private static ConfigSource layered(ConfigSource config) {
        return Settings.layered(new CliContext(config, () -> LLMS, () -> ALL), Map.of());
    }

    @Test
    void geminiIsTheDefaultLlmAndSpeechToTextWhenItsKeyIsSet() {
        var config = layered(ConfigSource.of(Map.of("interview.gemini.api-key", "k", "interview.vosk.model-path", "/m")));
        assertThat(config.get(ConfigKeys.LLM_PROVIDER)).contains("gemini");
        assertThat(config.get(ConfigKeys.STT_PROVIDER)).contains("gemini");
    }

    @Test
    void withoutAKeyTheLlmIsOfflineAndVoskTranscribesWhenAModelIsConfigured() {
        var config = layered(ConfigSource.of(Map.of("interview.vosk.model-path", "/m")));
        assertThat(config.get(ConfigKeys.LLM_PROVIDER)).contains("offline");
        assertThat(config.get(ConfigKeys.STT_PROVIDER)).contains("vosk");
    }

    @Test
    void withNeitherTheChoiceIsLeftToTheSdk() {
        assertThat(layered(ConfigSource.empty()).get(ConfigKeys.STT_PROVIDER)).isEmpty();
    }

    @Test
    void theConventionalEnvironmentVariablesAreEnoughThoughTheSdkNamesNoProvider() {
        var config = layered(ConfigSource.environment(Map.of("GEMINI_API_KEY", "k")));
        assertThat(config.get(ConfigKeys.LLM_PROVIDER)).contains("gemini");
        assertThat(layered(ConfigSource.environment(Map.of("VOSK_MODEL_PATH", "/m"))).get(ConfigKeys.STT_PROVIDER))
                .contains("vosk");
    }

    @Test
    void aFlagOrSettingWinsOverTheDefault() {
        var config = Settings.layered(new CliContext(ConfigSource.of(Map.of("interview.gemini.api-key", "k")),
                () -> LLMS, () -> ALL), Map.of(ConfigKeys.LLM_PROVIDER, "offline"));
        assertThat(config.get(ConfigKeys.LLM_PROVIDER)).contains("offline");
        assertThat(config.get(ConfigKeys.STT_PROVIDER)).contains("gemini");
    }
}
