package dev.aiinterview.core.registry;

import dev.aiinterview.api.config.ConfigKeys;
import org.apiguardian.api.API;

/**
 * A kind of provider: its label in messages and the key that selects one. What each provider needs and which
 * artifact brings it is declared by the provider's factory, not here.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum ProviderKind {
    LLM("LLM", ConfigKeys.LLM_PROVIDER),
    SPEECH_TO_TEXT("speech-to-text", ConfigKeys.STT_PROVIDER),
    MEDIA_CAPTURE("media capture", ConfigKeys.CAPTURE_PROVIDER);

    private final String label;
    private final String configKey;

    ProviderKind(String label, String configKey) {
        this.label = label;
        this.configKey = configKey;
    }

    /** How the kind is named in messages, such as {@code speech-to-text}. */
    public String label() {
        return label;
    }

    /** The setting that selects a provider of this kind by id, such as {@code interview.llm.provider}. */
    public String configKey() {
        return configKey;
    }
}
