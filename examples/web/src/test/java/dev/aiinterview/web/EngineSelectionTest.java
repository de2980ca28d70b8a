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
import dev.aiinterview.web.speech.SpeechSettings;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Which engines the app picks: an explicit setting wins; else Gemini with a key; else offline, and Vosk from a
 * model downloaded at start unless that is turned off. The bundled providers themselves judge whether they are
 * configured.
 */
class EngineSelectionTest {

    private static final String GEMINI_API_KEY = GeminiConfig.API_KEY;
    private static final String VOSK_MODEL_PATH = VoskConfig.MODEL_PATH;

    private final List<LlmProviderFactory> llms = List.of(new OfflineLlmProviderFactory(),
            new GeminiLlmProviderFactory());
    private final List<SpeechToTextProviderFactory> stts = List.of(new GeminiSpeechToTextProviderFactory(),
            new VoskSpeechToTextProviderFactory(), new PlaybackSpeechToTextFactory());

    @Test
    void withNothingSetTheOfflineEngineRunsAndVoskIsMadeFromAModelFetchedAtStart() {
        var s = EngineSelection.choose(ConfigSource.empty(), llms, stts);
        assertThat(s.llm()).isEqualTo("offline");
        assertThat(s.stt()).isEqualTo("vosk");
        assertThat(s.modelFor()).isInstanceOf(VoskSpeechToTextProviderFactory.class);
        assertThat(s.sttFactories()).as("the app hands the interviewer its own stand-in until then").isEmpty();
        assertThat(s.config().get(ConfigKeys.STT_PROVIDER)).contains("vosk");
        assertThat(s.noSttReason()).isNull();
    }

    @Test
    void withTheDownloadTurnedOffThereIsNoSpeechToTextAndTheReasonNamesWhatTurnsItOn() {
        var s = EngineSelection.choose(ConfigSource.of(Map.of(SpeechSettings.DOWNLOAD, "false")), llms, stts);
        assertThat(s.stt()).isNull();
        assertThat(s.modelFor()).isNull();
        assertThat(s.sttFactories()).isEmpty();
        assertThat(s.noSttReason()).contains(SpeechSettings.DOWNLOAD + "=false").contains("GEMINI_API_KEY")
                .contains("VOSK_MODEL_PATH")
                .as("vosk is present, so no artifact needs adding").doesNotContain("provider-stt-vosk");
    }

    @Test
    void noneMeansNoSpeechToTextAndNeverReachesTheSdkAsAProviderId() {
        var s = EngineSelection.choose(ConfigSource.of(Map.of(ConfigKeys.STT_PROVIDER, "None",
                ConfigKeys.STT_FALLBACK, "playback")), llms, stts);
        assertThat(s.stt()).isNull();
        assertThat(s.modelFor()).isNull();
        assertThat(s.sttFactories()).isEmpty();
        assertThat(s.config().get(ConfigKeys.STT_PROVIDER)).isEmpty();
        assertThat(s.config().get(ConfigKeys.STT_FALLBACK)).isEmpty();
        assertThat(s.noSttReason()).contains(ConfigKeys.STT_PROVIDER + "=none");
    }

    @Test
    void theProviderMadeFromTheDownloadedModelIsASettingAndAnUnknownOneFailsAtStart() {
        var s = EngineSelection.choose(ConfigSource.of(Map.of(SpeechSettings.DEFAULT_PROVIDER, "playback")), llms,
                stts);
        assertThat(s.stt()).isEqualTo("playback");
        assertThat(s.modelFor()).isInstanceOf(PlaybackSpeechToTextFactory.class);
        assertThatThrownBy(() -> EngineSelection.choose(ConfigSource.of(Map.of(SpeechSettings.DEFAULT_PROVIDER,
                "whisper")), llms, stts)).hasMessageContaining("whisper").hasMessageContaining("vosk");
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
