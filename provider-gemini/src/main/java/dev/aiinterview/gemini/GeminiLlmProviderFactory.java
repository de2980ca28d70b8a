package dev.aiinterview.gemini;

import dev.aiinterview.api.config.ConfigSource;
import dev.aiinterview.spi.LlmProvider;
import dev.aiinterview.spi.LlmProviderFactory;

/**
 * Discovers Gemini as an LLM provider ({@code interview.llm.provider=gemini}). Construction is free; the settings
 * are read and the HTTP client built in {@link #create(ConfigSource)}. See {@link GeminiConfig} for the settings.
 */
public final class GeminiLlmProviderFactory implements LlmProviderFactory, GeminiSetup<LlmProvider> {

    /** The provider id used in configuration, shared by the LLM and the speech-to-text provider. */
    public static final String ID = "gemini";

    /** Discovery needs a public no-argument constructor; it does no work. */
    public GeminiLlmProviderFactory() {
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Google Gemini (google-genai): every prompt contract with JSON-Schema structured output; "
                + "needs GEMINI_API_KEY or Vertex AI";
    }

    /**
     * Reads the settings, builds the client and asks the API whether every contract's model is served. A missing
     * key, a setting the model would refuse, or a model that is not served is a ConfigurationException that names
     * the key to change; a rejected key is an AuthenticationException.
     */
    @Override
    public LlmProvider create(ConfigSource config) {
        GeminiConfig settings = GeminiConfig.from(config);
        settings.validate(GeminiTasks.CONTRACTS);
        return new GeminiLlmProvider(GeminiClientFactory.createChecked(settings, GeminiTasks.CONTRACTS), settings);
    }
}
