package dev.aiinterview.offline;

import dev.aiinterview.api.config.ConfigSource;
import dev.aiinterview.spi.LlmProvider;
import dev.aiinterview.spi.LlmProviderFactory;
import java.util.Optional;

/**
 * Discovers the built-in offline engine ({@code interview.llm.provider=offline}). Construction is free; the skills
 * vocabulary is read once, when the first provider is created.
 */
public final class OfflineLlmProviderFactory implements LlmProviderFactory {

    /** The provider id used in configuration. */
    public static final String ID = "offline";

    /** Discovery needs a public no-argument constructor; it does no work. */
    public OfflineLlmProviderFactory() {
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Built-in deterministic engine: no network, no API key, rule-based analysis and scoring";
    }

    /** Creates the engine; it needs no settings. */
    @Override
    public Optional<String> artifact() {
        return Optional.of("dev.aiinterview:provider-offline");
    }

    @Override
    public LlmProvider create(ConfigSource config) {
        return new OfflineLlmProvider();
    }
}
