package dev.aiinterview.core.registry;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aiinterview.api.config.ConfigKeys;
import dev.aiinterview.api.config.ConfigSource;
import dev.aiinterview.spi.LlmProvider;
import dev.aiinterview.spi.LlmProviderFactory;
import dev.aiinterview.spi.ProviderFactory;
import dev.aiinterview.spi.SpeechToTextProvider;
import dev.aiinterview.spi.SpeechToTextProviderFactory;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The default engines: the first of an order whose provider is present and says it is configured. */
class EngineDefaultsTest {

    /** A provider configured by one setting (none for {@code null}), read through its own environment alias. */
    private abstract static class Needs<P> implements ProviderFactory<P> {
        private final String id;
        private final String key;
        private final String alias;

        Needs(String id, String key, String alias) {
            this.id = id;
            this.key = key;
            this.alias = alias;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public Map<String, String> environmentAliases() {
            return alias == null ? Map.of() : Map.of(key, alias);
        }

        @Override
        public boolean isConfigured(ConfigSource config) {
            return key == null || config.get(key).isPresent();
        }

        @Override
        public String setupHint() {
            return key == null ? "" : "set " + alias;
        }

        @Override
        public Optional<String> artifact() {
            return Optional.of("org.example:" + id);
        }

        @Override
        public P create(ConfigSource config) {
            throw new UnsupportedOperationException();
        }
    }

    private static final class Llm extends Needs<LlmProvider> implements LlmProviderFactory {
        Llm(String id, String key, String alias) {
            super(id, key, alias);
        }
    }

    private static final class Stt extends Needs<SpeechToTextProvider> implements SpeechToTextProviderFactory {
        Stt(String id, String key, String alias) {
            super(id, key, alias);
        }
    }

    private static final Llm GEMINI = new Llm("gemini", "interview.gemini.api-key", "GEMINI_API_KEY");
    private static final Llm OFFLINE = new Llm("offline", null, null);
    private static final Stt GEMINI_STT = new Stt("gemini", "interview.gemini.api-key", "GEMINI_API_KEY");
    private static final Stt VOSK = new Stt("vosk", "interview.vosk.model-path", "VOSK_MODEL_PATH");
    private static final Stt PLAYBACK = new Stt("playback", null, null);

    private static final List<LlmProviderFactory> LLMS = List.of(OFFLINE, GEMINI);
    private static final List<SpeechToTextProviderFactory> STTS = List.of(PLAYBACK, VOSK, GEMINI_STT);

    private final EngineDefaults defaults = EngineDefaults.standard();

    @Test
    void givenAGeminiKeyWhenDefaultsAreAppliedThenGeminiDoesBoth() {
        var config = defaults.apply(ConfigSource.of(Map.of("interview.gemini.api-key", "k",
                "interview.vosk.model-path", "/m")), LLMS, STTS);

        assertThat(config.get(ConfigKeys.LLM_PROVIDER)).contains("gemini");
        assertThat(config.get(ConfigKeys.STT_PROVIDER)).contains("gemini");
    }

    @Test
    void givenOnlyAVoskModelThenTheLlmIsOfflineAndVoskTranscribes() {
        var config = defaults.apply(ConfigSource.of(Map.of("interview.vosk.model-path", "/m")), LLMS, STTS);

        assertThat(config.get(ConfigKeys.LLM_PROVIDER)).contains("offline");
        assertThat(config.get(ConfigKeys.STT_PROVIDER)).contains("vosk");
    }

    @Test
    void givenNothingThenTheOfflineEngineIsTheLlmAndSpeechToTextIsLeftToTheSdk() {
        var config = defaults.apply(ConfigSource.empty(), LLMS, STTS);

        assertThat(config.get(ConfigKeys.LLM_PROVIDER)).contains("offline");
        assertThat(config.get(ConfigKeys.STT_PROVIDER)).isEmpty();
        assertThat(defaults.speechToText(ConfigSource.empty(), STTS)).isEmpty();
    }

    @Test
    void givenAProviderThatIsConfiguredButAbsentThenItIsNotChosen() {
        var key = ConfigSource.of(Map.of("interview.gemini.api-key", "k"));

        assertThat(defaults.llm(key, List.of(OFFLINE))).contains("offline");
        assertThat(defaults.llm(key, List.of())).as("nothing to choose: the SDK's rule decides").isEmpty();
        assertThat(defaults.speechToText(key, List.of(PLAYBACK))).isEmpty();
    }

    @Test
    void givenAnExplicitSettingThenItWinsOverTheDefault() {
        var config = defaults.apply(ConfigSource.of(Map.of("interview.gemini.api-key", "k",
                ConfigKeys.LLM_PROVIDER, "offline", ConfigKeys.STT_PROVIDER, "playback")), LLMS, STTS);

        assertThat(config.get(ConfigKeys.LLM_PROVIDER)).contains("offline");
        assertThat(config.get(ConfigKeys.STT_PROVIDER)).contains("playback");
    }

    @Test
    void givenOnlyTheConventionalEnvironmentVariableThenTheProviderStillCountsAsConfigured() {
        var env = ConfigSource.environment(Map.of("GEMINI_API_KEY", "k"));

        assertThat(defaults.llm(env, LLMS)).contains("gemini");
    }

    @Test
    void theAppliedConfigCarriesThePresentProvidersAliasesThroughAWrapper() {
        var applied = defaults.apply(ConfigSource.environment(Map.of("VOSK_MODEL_PATH", "/m")), LLMS, STTS);
        ConfigSource wrapped = key -> applied.get(key);

        assertThat(wrapped.get("interview.vosk.model-path")).contains("/m");
        assertThat(wrapped.get(ConfigKeys.STT_PROVIDER)).contains("vosk");
    }

    @Test
    void givenAnotherOrderThenItIsFollowed() {
        var offlineFirst = EngineDefaults.preferring(List.of("offline", "gemini"), List.of("playback"));
        var key = ConfigSource.of(Map.of("interview.gemini.api-key", "k"));

        assertThat(offlineFirst.llm(key, LLMS)).contains("offline");
        assertThat(offlineFirst.speechToText(key, STTS)).contains("playback");
    }

    @Test
    void whyThereIsNoSpeechToTextNamesEachProvidersHintOrTheArtifactToAdd() {
        assertThat(defaults.whyNoSpeechToText(STTS))
                .isEqualTo("set GEMINI_API_KEY (gemini), or set VOSK_MODEL_PATH (vosk)");
        assertThat(defaults.whyNoSpeechToText(List.of(GEMINI_STT)))
                .contains("set GEMINI_API_KEY (gemini)")
                .contains("add dev.aiinterview:provider-stt-vosk (vosk)");
    }

    @Test
    void aProviderWhoseOwnCheckCrashesIsNotADefault() {
        LlmProviderFactory crashing = new LlmProviderFactory() {
            @Override
            public String id() {
                return "gemini";
            }

            @Override
            public boolean isConfigured(ConfigSource config) {
                throw new IllegalStateException("bug");
            }

            @Override
            public LlmProvider create(ConfigSource config) {
                throw new UnsupportedOperationException();
            }
        };

        assertThat(defaults.llm(ConfigSource.empty(), List.of(crashing, OFFLINE))).contains("offline");
    }
}
