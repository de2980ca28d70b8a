package dev.aiinterview.gemini;

import dev.aiinterview.api.config.ConfigSource;
import dev.aiinterview.spi.ProviderFactory;
import java.util.Map;
import java.util.Optional;

/**
 * What both Gemini factories ({@code P} is the kind of provider they make), the LLM and the speech-to-text one, declare about their configuration: they read the
 * same settings, so they answer "is it configured?" the same way.
 */
interface GeminiSetup<P> extends ProviderFactory<P> {

    @Override
    default Map<String, String> environmentAliases() {
        return GeminiConfig.ENVIRONMENT_ALIASES;
    }

    /** An API key, or a Vertex AI project and location; the key is only tested for presence, never read out. */
    @Override
    default boolean isConfigured(ConfigSource config) {
        return GeminiConfig.isConfigured(config);
    }

    @Override
    default String setupHint() {
        return GeminiConfig.SETUP_HINT;
    }

    @Override
    default Optional<String> artifact() {
        return Optional.of(GeminiConfig.ARTIFACT);
    }
}
