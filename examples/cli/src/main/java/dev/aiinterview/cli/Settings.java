package dev.aiinterview.cli;

import dev.aiinterview.api.config.ConfigKeys;
import dev.aiinterview.api.config.ConfigSource;
import dev.aiinterview.spi.ProviderFactory;
import java.util.List;
import java.util.Map;

/**
 * The SDK configuration a command runs with: its flags, over the context's settings (system properties, then
 * environment variables), over the command's own default LLM.
 */
final class Settings {

    /** The Gemini key's setting; its conventional environment variable is GEMINI_API_KEY. */
    static final String GEMINI_API_KEY = "interview.gemini.api-key";

    /** The layered configuration. */
    static ConfigSource layered(CliContext context, Map<String, String> flags) {
        ConfigSource config = ConfigSource.of(flags).orElse(context.config());
        if (config.get(ConfigKeys.LLM_PROVIDER).isPresent()) {
            return config;
        }
        String fallback = defaultLlm(config, context.llms().stream().map(ProviderFactory::id).toList());
        return fallback == null ? config : config.orElse(ConfigSource.of(Map.of(ConfigKeys.LLM_PROVIDER, fallback)));
    }

    /**
     * The LLM used when none is chosen: Gemini when a key is set and the provider is present, so that a key is
     * all it takes to use it; otherwise the offline engine, which needs nothing. {@code null} leaves the choice to
     * the SDK (the single provider present, or an error listing them).
     */
    static String defaultLlm(ConfigSource config, List<String> available) {
        if (available.contains("gemini") && config.get(GEMINI_API_KEY).isPresent()) {
            return "gemini";
        }
        return available.contains("offline") ? "offline" : null;
    }

    /** Puts a flag's value when it was given. */
    static Map<String, String> put(Map<String, String> settings, String key, Object value) {
        if (value != null && !value.toString().isBlank()) {
            settings.put(key, value.toString().strip());
        }
        return settings;
    }

    private Settings() {
    }
}
