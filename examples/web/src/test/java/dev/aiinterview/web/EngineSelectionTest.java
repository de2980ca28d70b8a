package dev.aiinterview.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aiinterview.api.config.ConfigKeys;
import dev.aiinterview.api.config.ConfigSource;
import dev.aiinterview.gemini.GeminiConfig;
import dev.aiinterview.gemini.GeminiLlmProviderFactory;
import dev.aiinterview.gemini.GeminiSpeechToTextProviderFactory;
import dev.aiinterview.offline.OfflineLlmProviderFactory;
import dev.aiinterview.spi.LlmProviderFactory;
import dev.aiinterview.spi.SpeechToTextProviderFactory;
import dev.aiinterview.testkit.PlaybackSpeechToTextFactory;
import dev.aiinterview.vosk.VoskConfig;
import dev.aiinterview.vosk.VoskSpeechToTextProviderFactory;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Which engines the app picks: an explicit setting wins; else Gemini with a key; else offline and no STT. The
 * bundled providers themselves judge whether they are configured.
 */
class EngineSelectionTest {

    private static final String GEMINI_API_KEY = GeminiConfig.API_KEY;
    private static final String VOSK_MODEL_PATH = VoskConfig.MODEL_PATH;

    private final List<LlmProviderFactory> llms = List.of(new OfflineLlmProviderFactory(),
            new GeminiLlmProviderFactory());
    private final List<SpeechToTextProviderFactory> stts = List.of(new GeminiSpeechToTextProviderFactory(),
            new VoskSpeechToTextProviderFactory(), new PlaybackSpeechToTextFactory());

    @Test
    void withNothingSetTheOfflineEngineRunsAndThereIsNoSpeechToText() {
        var s = EngineSelection.choose(ConfigSource.empty(), llms, stts);
        assertThat(s.llm()).isEqualTo("offline");
        assertThat(s.stt()).isNull();
        assertThat(s.sttFactories()).isEmpty();
        assertThat(s.noSttReason()).contains("GEMINI_API_KEY").contains("VOSK_MODEL_PATH")
                .as("vosk is present, so no artifact needs adding").doesNotContain("provider-stt-vosk");
    }

    @Test
    void aGeminiKeyIsAllItTakesForGeminiToDoBoth() {
        var s = EngineSelection.choose(ConfigSource.of(Map.of(GEMINI_API_KEY, "k")), llms, stts);
        assertThat(s.llm()).isEqualTo("gemini");
        assertThat(s.stt()).isEqualTo("gemini");
        assertThat(s.config().get(ConfigKeys.STT_PROVIDER)).contains("gemini");
    }

    @Test
    void voskIsUsedWhenItsJarIsPresentAndAModelIsConfigured() {
        var s = EngineSelection.choose(ConfigSource.of(Map.of(VOSK_MODEL_PATH, "/models/en")), llms,
                stts);
        assertThat(s.llm()).isEqualTo("offline");
        assertThat(s.stt()).isEqualTo("vosk");
        assertThat(EngineSelection.choose(ConfigSource.of(Map.of(VOSK_MODEL_PATH, "/m")), llms,
                List.of(new GeminiSpeechToTextProviderFactory())).stt()).isNull();
    }

    @Test
    void theConfigHandedToTheAppResolvesGeminiApiKeyEvenThroughAWrapper() {
        var s = EngineSelection.choose(ConfigSource.environment(Map.of("GEMINI_API_KEY", "k-env")), llms, stts);
        ConfigSource base = s.config();
        ConfigSource wrapped = key -> base.get(key);  // as the app does to hide speech-to-text from one interviewer

        assertThat(s.llm()).isEqualTo("gemini");
        assertThat(wrapped.get(GEMINI_API_KEY)).contains("k-env");
    }

    @Test
    void explicitSettingsWinAndUnknownIdsFailAtStart() {
        var s = EngineSelection.choose(ConfigSource.of(Map.of(ConfigKeys.LLM_PROVIDER, "offline",
                ConfigKeys.STT_PROVIDER, "playback", GEMINI_API_KEY, "k")), llms, stts);
        assertThat(s.llm()).isEqualTo("offline");
        assertThat(s.stt()).isEqualTo("playback");
        assertThatThrownBy(() -> EngineSelection.choose(ConfigSource.of(Map.of(ConfigKeys.STT_PROVIDER, "whisper")),
                llms, stts)).hasMessageContaining("whisper").hasMessageContaining("playback");
        assertThatThrownBy(() -> EngineSelection.choose(ConfigSource.of(Map.of(ConfigKeys.LLM_PROVIDER, "gpt")),
                llms, stts)).hasMessageContaining("gpt");
    }
}
