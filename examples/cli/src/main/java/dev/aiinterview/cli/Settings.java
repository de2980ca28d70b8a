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

    /** The Vosk model folder's setting; its conventional environment variable is VOSK_MODEL_PATH. */
    static final String VOSK_MODEL_PATH = "interview.vosk.model-path";

    /** The layered configuration, with the default LLM and speech-to-text when none is chosen. */
    static ConfigSource layered(CliContext context, Map<String, String> flags) {
        ConfigSource config = ConfigSource.of(flags).orElse(context.config());
        var defaults = new java.util.HashMap<String, String>();
        if (config.get(ConfigKeys.LLM_PROVIDER).isEmpty()) {
            String llm = defaultLlm(config, context.llms().stream().map(ProviderFactory::id).toList());
            if (llm != null) {
                defaults.put(ConfigKeys.LLM_PROVIDER, llm);
            }
        }
        if (config.get(ConfigKeys.STT_PROVIDER).isEmpty()) {
            String stt = defaultSpeechToText(config, context.speechToText().stream().map(ProviderFactory::id).toList());
            if (stt != null) {
                defaults.put(ConfigKeys.STT_PROVIDER, stt);
            }
        }
        return defaults.isEmpty() ? config : config.orElse(ConfigSource.of(defaults));
    }

    /**
     * The speech-to-text used when none is chosen: Gemini when a key is set, else Vosk when a model folder is;
     * {@code null} leaves the choice to the SDK (the single provider present, if it can start).
     */
    static String defaultSpeechToText(ConfigSource config, List<String> available) {
        if (available.contains("gemini") && config.get(GEMINI_API_KEY).isPresent()) {
            return "gemini";
        }
        if (available.contains("vosk") && config.get(VOSK_MODEL_PATH).isPresent()) {
            return "vosk";
        }
        return null;
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
