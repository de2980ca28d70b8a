package dev.aiinterview.core.registry;

import dev.aiinterview.api.config.ConfigKeys;
import java.util.Map;

/**
 * A kind of provider: its label in messages, the key that selects one, and the Maven artifacts that bring the
 * known providers, so an error can name the dependency to add.
 */
public enum ProviderKind {
    LLM("LLM", ConfigKeys.LLM_PROVIDER, Map.of(
            "offline", "dev.aiinterview:provider-offline",
            "gemini", "dev.aiinterview:provider-gemini")),
    SPEECH_TO_TEXT("speech-to-text", ConfigKeys.STT_PROVIDER, Map.of(
            "gemini", "dev.aiinterview:provider-gemini",
            "vosk", "dev.aiinterview:provider-stt-vosk",
            "google-speech", "dev.aiinterview:provider-stt-google")),
    MEDIA_CAPTURE("media capture", ConfigKeys.CAPTURE_PROVIDER, Map.of(
            "javasound", "dev.aiinterview:capture-java"));

    private final String label;
    private final String configKey;
    private final Map<String, String> artifacts;

    ProviderKind(String label, String configKey, Map<String, String> artifacts) {
        this.label = label;
        this.configKey = configKey;
        this.artifacts = artifacts;
    }

    public String label() {
        return label;
    }

    public String configKey() {
        return configKey;
    }

    /** Known provider ids and the Maven artifact that brings each. */
    public Map<String, String> artifacts() {
        return artifacts;
    }

    String suggestion() {
        return switch (this) {
            case LLM -> "dev.aiinterview:provider-offline (no network, no key) or dev.aiinterview:provider-gemini";
            case SPEECH_TO_TEXT -> "dev.aiinterview:provider-stt-vosk (offline) or dev.aiinterview:provider-gemini";
            case MEDIA_CAPTURE -> "dev.aiinterview:capture-java";
        };
    }
}
