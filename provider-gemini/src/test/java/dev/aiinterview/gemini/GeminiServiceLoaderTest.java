package dev.aiinterview.gemini;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aiinterview.api.config.ConfigSource;
import dev.aiinterview.spi.LlmProviderFactory;
import dev.aiinterview.spi.SpeechToTextProviderFactory;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

class GeminiServiceLoaderTest {

    @Test
    void serviceLoaderFindsGeminiAsAnLlmProvider() {
        assertThat(ServiceLoader.load(LlmProviderFactory.class).stream().map(p -> p.get()))
                .filteredOn(f -> f.id().equals("gemini"))
                .singleElement().isInstanceOf(GeminiLlmProviderFactory.class);
    }

    @Test
    void serviceLoaderFindsGeminiAsASpeechToTextProvider() {
        assertThat(ServiceLoader.load(SpeechToTextProviderFactory.class).stream().map(p -> p.get()))
                .filteredOn(f -> f.id().equals("gemini"))
                .singleElement().isInstanceOf(GeminiSpeechToTextProviderFactory.class);
    }

    @Test
    void bothGeminiFactoriesDeclareTheirEnvironmentVariablesAndArtifact() {
        for (var factory : List.of(new GeminiLlmProviderFactory(), new GeminiSpeechToTextProviderFactory())) {
            assertThat(factory.environmentAliases()).containsEntry("interview.gemini.api-key", "GEMINI_API_KEY")
                    .containsEntry("interview.gemini.base-url", "GEMINI_BASE_URL");
            assertThat(factory.artifact()).contains("dev.aiinterview:provider-gemini");
            assertThat(factory.setupHint()).contains("GEMINI_API_KEY");
        }
    }

    @Test
    void geminiIsConfiguredByAKeyFromTheEnvironmentOrByVertexSettingsAndNotByHalfOfThem() {
        var llm = new GeminiLlmProviderFactory();

        assertThat(llm.isConfigured(ConfigSource.environment(Map.of("GEMINI_API_KEY", "k")))).isTrue();
        assertThat(new GeminiSpeechToTextProviderFactory().isConfigured(ConfigSource.of(Map.of(
                GeminiConfig.API_KEY, "k")))).isTrue();
        assertThat(llm.isConfigured(ConfigSource.of(Map.of(GeminiConfig.VERTEX_PROJECT, "p",
                GeminiConfig.VERTEX_LOCATION, "global")))).isTrue();
        assertThat(llm.isConfigured(ConfigSource.of(Map.of(GeminiConfig.VERTEX_PROJECT, "p")))).isFalse();
        assertThat(llm.isConfigured(ConfigSource.empty())).isFalse();
    }

    @Test
    void theKeyFromGeminiApiKeyReachesTheSettingsOfASourceBuiltWithoutAliases() {
        var settings = GeminiConfig.from(ConfigSource.environment(Map.of("GEMINI_API_KEY", "k-env")));

        assertThat(settings.vertexMode()).isFalse();
        assertThat(settings.apiKey()).isEqualTo("k-env");
    }
}
