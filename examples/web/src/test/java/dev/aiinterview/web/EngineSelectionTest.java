package dev.aiinterview.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aiinterview.api.config.ConfigKeys;
import dev.aiinterview.api.config.ConfigSource;
import dev.aiinterview.spi.LlmProvider;
import dev.aiinterview.spi.LlmProviderFactory;
import dev.aiinterview.spi.SpeechToTextProvider;
import dev.aiinterview.spi.SpeechToTextProviderFactory;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which engines the app picks: an explicit setting wins; else Gemini with a key; else offline and no STT. */
class EngineSelectionTest {

    private final List<LlmProviderFactory> llms = List.of(llm("offline"), llm("gemini"));
    private final List<SpeechToTextProviderFactory> stts = List.of(stt("gemini"), stt("vosk"), stt("playback"));

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
        var s = EngineSelection.choose(ConfigSource.of(Map.of(EngineSelection.GEMINI_API_KEY, "k")), llms, stts);
        assertThat(s.llm()).isEqualTo("gemini");
        assertThat(s.stt()).isEqualTo("gemini");
        assertThat(s.config().get(ConfigKeys.STT_PROVIDER)).contains("gemini");
    }

    @Test
    void voskIsUsedWhenItsJarIsPresentAndAModelIsConfigured() {
        var s = EngineSelection.choose(ConfigSource.of(Map.of(EngineSelection.VOSK_MODEL_PATH, "/models/en")), llms,
                stts);
        assertThat(s.llm()).isEqualTo("offline");
        assertThat(s.stt()).isEqualTo("vosk");
        assertThat(EngineSelection.choose(ConfigSource.of(Map.of(EngineSelection.VOSK_MODEL_PATH, "/m")), llms,
                List.of(stt("gemini"))).stt()).isNull();
    }

    @Test
    void explicitSettingsWinAndUnknownIdsFailAtStart() {
        var s = EngineSelection.choose(ConfigSource.of(Map.of(ConfigKeys.LLM_PROVIDER, "offline",
                ConfigKeys.STT_PROVIDER, "playback", EngineSelection.GEMINI_API_KEY, "k")), llms, stts);
        assertThat(s.llm()).isEqualTo("offline");
        assertThat(s.stt()).isEqualTo("playback");
        assertThatThrownBy(() -> EngineSelection.choose(ConfigSource.of(Map.of(ConfigKeys.STT_PROVIDER, "whisper")),
                llms, stts)).hasMessageContaining("whisper").hasMessageContaining("playback");
        assertThatThrownBy(() -> EngineSelection.choose(ConfigSource.of(Map.of(ConfigKeys.LLM_PROVIDER, "gpt")),
                llms, stts)).hasMessageContaining("gpt");
    }

    private static LlmProviderFactory llm(String id) {
        return new LlmProviderFactory() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public LlmProvider create(ConfigSource config) {
                throw new UnsupportedOperationException();
            }
        };
    }

    private static SpeechToTextProviderFactory stt(String id) {
        return new SpeechToTextProviderFactory() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public SpeechToTextProvider create(ConfigSource config) {
                throw new UnsupportedOperationException();
            }
        };
    }
}
