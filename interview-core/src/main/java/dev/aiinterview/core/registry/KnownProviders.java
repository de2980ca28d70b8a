package dev.aiinterview.core.registry;

import java.util.Map;
import java.util.Optional;

/**
 * The SDK's own provider modules, for messages about a provider that is <em>not</em> on the classpath: an absent
 * provider cannot declare its artifact ({@link dev.aiinterview.spi.ProviderFactory#artifact()}), yet a user who
 * configured {@code interview.llm.provider=gemini} without the jar needs to be told which dependency to add. A
 * provider that is present always speaks for itself; this table is only the fallback, and lists only this
 * project's modules (a third-party provider's id is unknown until its jar is there).
 */
final class KnownProviders {

    private static final Map<ProviderKind, Map<String, String>> ARTIFACTS = Map.of(
            ProviderKind.LLM, Map.of(
                    "offline", "dev.aiinterview:provider-offline",
                    "gemini", "dev.aiinterview:provider-gemini"),
            ProviderKind.SPEECH_TO_TEXT, Map.of(
                    "gemini", "dev.aiinterview:provider-gemini",
                    "vosk", "dev.aiinterview:provider-stt-vosk",
                    "google-speech", "dev.aiinterview:provider-stt-google"),
            ProviderKind.MEDIA_CAPTURE, Map.of(
                    "javasound", "dev.aiinterview:capture-java"));

    /** The known ids of a kind and the artifact that brings each. */
    static Map<String, String> artifacts(ProviderKind kind) {
        return ARTIFACTS.get(kind);
    }

    /** The artifact that brings a known id of a kind. */
    static Optional<String> artifact(ProviderKind kind, String id) {
        return Optional.ofNullable(ARTIFACTS.get(kind).get(id));
    }

    /** What to add when no provider of a kind is present at all. */
    static String suggestion(ProviderKind kind) {
        return switch (kind) {
            case LLM -> "dev.aiinterview:provider-offline (no network, no key) or dev.aiinterview:provider-gemini";
            case SPEECH_TO_TEXT -> "dev.aiinterview:provider-stt-vosk (offline) or dev.aiinterview:provider-gemini";
            case MEDIA_CAPTURE -> "dev.aiinterview:capture-java";
        };
    }

    private KnownProviders() {
    }
}
