package dev.aiinterview.cli;

import dev.aiinterview.api.config.ConfigSource;
import dev.aiinterview.core.registry.EngineDefaults;
import java.util.Map;

/**
 * The SDK configuration a command runs with: its flags, over the context's settings (system properties, then
 * environment variables), over the default engines.
 */
final class Settings {

    /**
     * The layered configuration, with the default LLM and speech-to-text written under it when none is chosen:
     * the SDK's {@link EngineDefaults#standard() standard order} (Gemini when it is configured, else the offline
     * engine; speech-to-text Gemini, else Vosk when a model is set), shared with the web app.
     */
    static ConfigSource layered(CliContext context, Map<String, String> flags) {
        ConfigSource config = ConfigSource.of(flags).orElse(context.config());
        return EngineDefaults.standard().apply(config, context.llms(), context.speechToText());
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
