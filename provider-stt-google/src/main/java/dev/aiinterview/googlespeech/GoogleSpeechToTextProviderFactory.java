package dev.aiinterview.googlespeech;

import dev.aiinterview.api.config.ConfigSource;
import dev.aiinterview.spi.SpeechToTextProvider;
import dev.aiinterview.spi.SpeechToTextProviderFactory;

/**
 * Discovers Google Cloud Speech-to-Text as a speech-to-text provider ({@code interview.stt.provider=google-speech}).
 * Construction is free; the settings are read, the credentials found and the gRPC client built in
 * {@link #create(ConfigSource)}. See {@link GoogleSpeechConfig} for the keys.
 */
public final class GoogleSpeechToTextProviderFactory implements SpeechToTextProviderFactory {

    /** The provider id used in configuration. */
    public static final String ID = "google-speech";

    private final GoogleSpeechClients clients;

    /** Discovery needs a public no-argument constructor; it does no work. */
    public GoogleSpeechToTextProviderFactory() {
        this(null);
    }

    GoogleSpeechToTextProviderFactory(GoogleSpeechClients clients) {
        this.clients = clients;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Google Cloud Speech-to-Text v1: WAV and WebM/Opus answers of any length (split at pauses), phrase "
                + "hints, word timings and confidence; needs an API key, GOOGLE_APPLICATION_CREDENTIALS or Application "
                + "Default Credentials";
    }

    /** Reads the settings and builds the client; missing or unusable credentials are a ConfigurationException. */
    @Override
    public SpeechToTextProvider create(ConfigSource config) {
        GoogleSpeechConfig settings = GoogleSpeechConfig.from(config);
        GoogleSpeechClients source = clients != null ? clients : GoogleSpeechClients.real();
        return new GoogleSpeechToTextProvider(source.create(settings), settings);
    }
}
