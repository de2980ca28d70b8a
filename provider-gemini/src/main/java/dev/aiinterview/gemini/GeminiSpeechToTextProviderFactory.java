package dev.aiinterview.gemini;

import dev.aiinterview.api.config.ConfigSource;
import dev.aiinterview.spi.SpeechToTextProvider;
import dev.aiinterview.spi.SpeechToTextProviderFactory;
import java.util.List;

/**
 * Discovers Gemini as a speech-to-text provider ({@code interview.stt.provider=gemini}). Construction is free; the
 * settings are read and the HTTP client built in {@link #create(ConfigSource)}. See {@link GeminiConfig}; the model
 * can be chosen apart from the LLM's with {@code interview.gemini.model.transcription}.
 */
public final class GeminiSpeechToTextProviderFactory implements SpeechToTextProviderFactory, GeminiSetup<SpeechToTextProvider> {

    /** The provider id used in configuration. */
    public static final String ID = GeminiLlmProviderFactory.ID;

    /** Discovery needs a public no-argument constructor; it does no work. */
    public GeminiSpeechToTextProviderFactory() {
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Google Gemini (google-genai) audio transcription with " + GeminiConfig.DEFAULT_TRANSCRIPTION_MODEL
                + ": WAV, WebM, Ogg, FLAC; text, language and word timings; needs GEMINI_API_KEY or Vertex AI";
    }

    /**
     * Reads the settings, builds the client and asks the API whether the transcription model is served; a missing
     * key or a model that is not served is a ConfigurationException naming the key to change.
     */
    @Override
    public SpeechToTextProvider create(ConfigSource config) {
        GeminiConfig settings = GeminiConfig.from(config);
        List<String> tasks = List.of(GeminiConfig.TRANSCRIPTION_TASK);
        settings.validate(tasks);
        return new GeminiSpeechToTextProvider(GeminiClientFactory.createChecked(settings, tasks), settings,
                GeminiFileUploader.Pause.REAL);
    }
}
