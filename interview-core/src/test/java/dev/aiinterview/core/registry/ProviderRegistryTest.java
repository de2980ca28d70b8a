package dev.aiinterview.core.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aiinterview.api.config.ConfigSource;
import dev.aiinterview.api.error.ConfigurationException;
import dev.aiinterview.api.error.ProviderSelectionException;
import dev.aiinterview.spi.LlmProvider;
import dev.aiinterview.spi.LlmProviderFactory;
import dev.aiinterview.testkit.ScriptedLlm;
import dev.aiinterview.testkit.ScriptedLlmFactory;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProviderRegistryTest {

    static final class Named implements LlmProviderFactory {
        private final String id;

        Named(String id) {
            this.id = id;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public LlmProvider create(ConfigSource config) {
            return new ScriptedLlm(id);
        }
    }

    static final class OtherNamed implements LlmProviderFactory {
        @Override
        public String id() {
            return "gemini";
        }

        @Override
        public LlmProvider create(ConfigSource config) {
            throw new IllegalStateException("native library missing");
        }
    }

    private static ConfigSource config(String provider) {
        return ConfigSource.of(provider == null ? Map.of() : Map.of("interview.llm.provider", provider));
    }

    @Test
    void theSingleProviderOnTheClasspathIsChosenWithoutConfiguration() {
        var registry = new ProviderRegistry<>(ProviderKind.LLM, List.of(new Named("offline")));

        assertThat(registry.select(config(null)).id()).isEqualTo("offline");
    }

    @Test
    void theConfiguredIdWinsAmongSeveral() {
        var registry = new ProviderRegistry<>(ProviderKind.LLM, List.of(new Named("offline"), new Named("gemini")));

        assertThat(registry.select(config("gemini")).id()).isEqualTo("gemini");
    }

    @Test
    void severalProvidersWithoutAChoiceIsAnErrorThatListsThemAndNamesTheKey() {
        var registry = new ProviderRegistry<>(ProviderKind.LLM, List.of(new Named("offline"), new Named("gemini")));

        assertThatThrownBy(() -> registry.select(config(null)))
                .isInstanceOfSatisfying(ProviderSelectionException.class,
                        e -> assertThat(e.available()).containsExactly("offline", "gemini"))
                .hasMessageContaining("[offline, gemini]")
                .hasMessageContaining("interview.llm.provider")
                .hasMessageContaining("INTERVIEW_LLM_PROVIDER");
    }

    @Test
    void noProviderIsAnErrorThatNamesTheArtifactToAdd() {
        var registry = new ProviderRegistry<LlmProviderFactory>(ProviderKind.LLM, List.of());

        assertThatThrownBy(() -> registry.select(config(null)))
                .isInstanceOf(ProviderSelectionException.class)
                .hasMessageContaining("No LLM provider")
                .hasMessageContaining("dev.aiinterview:provider-offline");
    }

    @Test
    void aConfiguredIdThatIsNotPresentNamesTheArtifactThatBringsIt() {
        var registry = new ProviderRegistry<>(ProviderKind.LLM, List.of(new Named("offline")));

        assertThatThrownBy(() -> registry.select(config("gemini")))
                .isInstanceOf(ProviderSelectionException.class)
                .hasMessageContaining("Setting interview.llm.provider is 'gemini'")
                .hasMessageContaining("Available: [offline]")
                .hasMessageContaining("dev.aiinterview:provider-gemini");
    }

    @Test
    void aMisspelledIdListsTheKnownIds() {
        var registry = new ProviderRegistry<>(ProviderKind.LLM, List.of(new Named("offline")));

        assertThatThrownBy(() -> registry.select(config("gemni")))
                .isInstanceOf(ProviderSelectionException.class)
                .hasMessageContaining("'gemni'")
                .hasMessageContaining("Known ids: [offline, ")
                .hasMessageContaining("gemini");
    }

    @Test
    void twoProvidersWithTheSameIdAreAnError() {
        assertThatThrownBy(() -> new ProviderRegistry<>(ProviderKind.LLM, List.of(new Named("gemini"), new OtherNamed())))
                .isInstanceOf(ProviderSelectionException.class)
                .hasMessageContaining("Two LLM providers have the id 'gemini'")
                .hasMessageContaining(OtherNamed.class.getName());
    }

    @Test
    void aProviderThatCrashesInCreateBecomesAConfigurationErrorNamingIt() {
        var registry = new ProviderRegistry<>(ProviderKind.LLM, List.of(new OtherNamed()));

        assertThatThrownBy(() -> registry.create(registry.select(config(null)), config(null)))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("'gemini' could not be created")
                .hasMessageContaining("native library missing");
    }

    @Test
    void createHandsTheFactoryItsOwnEnvironmentAliases() {
        var seen = new java.util.concurrent.atomic.AtomicReference<String>();
        LlmProviderFactory keyed = new LlmProviderFactory() {
            @Override
            public String id() {
                return "keyed";
            }

            @Override
            public Map<String, String> environmentAliases() {
                return Map.of("interview.keyed.api-key", "KEYED_API_KEY");
            }

            @Override
            public LlmProvider create(ConfigSource config) {
                seen.set(config.get("interview.keyed.api-key").orElse(null));
                return new ScriptedLlm(id());
            }
        };
        var registry = new ProviderRegistry<>(ProviderKind.LLM, List.of(keyed));

        registry.create(keyed, ConfigSource.environment(Map.of("KEYED_API_KEY", "k-1")));

        assertThat(seen.get()).isEqualTo("k-1");
    }

    @Test
    void aPresentProviderNamesItsOwnArtifactAndAnAbsentKnownOneComesFromTheTable() {
        LlmProviderFactory thirdParty = new LlmProviderFactory() {
            @Override
            public String id() {
                return "acme";
            }

            @Override
            public java.util.Optional<String> artifact() {
                return java.util.Optional.of("com.acme:acme-interview");
            }

            @Override
            public LlmProvider create(ConfigSource config) {
                return new ScriptedLlm(id());
            }
        };
        var registry = new ProviderRegistry<>(ProviderKind.LLM, List.of(thirdParty, new Named("offline")));

        assertThat(registry.artifact("acme")).contains("com.acme:acme-interview");
        assertThat(registry.artifact("gemini")).contains("dev.aiinterview:provider-gemini");
        assertThat(registry.artifact("offline")).as("present, declares nothing: the table still knows it")
                .contains("dev.aiinterview:provider-offline");
        assertThat(registry.artifact("whisper")).isEmpty();
    }

    @Test
    void serviceLoaderFindsTheTestkitsScriptedProvider() {
        var registry = ProviderRegistry.fromClasspath(ProviderKind.LLM, LlmProviderFactory.class);

        assertThat(registry.ids()).containsExactly("scripted");
        assertThat(registry.select(config(null))).isInstanceOf(ScriptedLlmFactory.class);
    }
}
