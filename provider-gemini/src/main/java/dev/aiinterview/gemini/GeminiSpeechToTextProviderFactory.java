package dev.aiinterview.gemini;

import dev.aiinterview.api.config.ConfigSource;
import dev.aiinterview.spi.SpeechToTextProvider;
import dev.aiinterview.spi.SpeechToTextProviderFactory;

/**
 * Discovers Gemini as a speech-to-text provider ({@code interview.stt.provider=gemini}). Construction is free; the
 * settings are read and the HTTP client built in {@link #create(ConfigSource)}. See {@link GeminiConfig}; the model
 * can be chosen apart from the LLM's with {@code interview.gemini.model.transcription}.
 */
public final class GeminiSpeechToTextProviderFactory implements SpeechToTextProviderFactory {

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
        return "Google Gemini (google-genai) audio transcription: WAV, WebM, Ogg, FLAC; text and language, "
                + "no word timings; needs GEMINI_API_KEY or Vertex AI";
    }

    /** Reads the settings and builds the client; a missing key is a ConfigurationException naming GEMINI_API_KEY. */
    @Override
    public SpeechToTextProvider create(ConfigSource config) {
        GeminiConfig settings = GeminiConfig.from(config);
        return new GeminiSpeechToTextProvider(GeminiClientFactory.create(settings), settings, Retrier.Sleeper.REAL);
    }
}
