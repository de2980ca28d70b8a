package dev.aiinterview.googlespeech;

import dev.aiinterview.api.config.ConfigSource;
import dev.aiinterview.spi.SpeechToTextProvider;
import dev.aiinterview.spi.SpeechToTextProviderFactory;
import java.util.Map;
import java.util.Optional;

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

    @Override
    public Map<String, String> environmentAliases() {
        return GoogleSpeechConfig.ENVIRONMENT_ALIASES;
    }

    /**
     * An API key or a credentials file is set. Application Default Credentials found elsewhere (gcloud) also work
     * but cannot be seen without loading them, so a host that relies on them names this provider explicitly.
     */
    @Override
    public boolean isConfigured(ConfigSource config) {
        ConfigSource aliased = config.withAliases(GoogleSpeechConfig.ENVIRONMENT_ALIASES);
        return aliased.get(GoogleSpeechConfig.API_KEY).isPresent()
                || aliased.get(GoogleSpeechConfig.CREDENTIALS).isPresent();
    }

    @Override
    public String setupHint() {
        return "set " + GoogleSpeechConfig.API_KEY + " or GOOGLE_APPLICATION_CREDENTIALS";
    }

    @Override
    public Optional<String> artifact() {
        return Optional.of("dev.aiinterview:provider-stt-google");
    }

    /** Reads the settings and builds the client; missing or unusable credentials are a ConfigurationException. */
    @Override
    public SpeechToTextProvider create(ConfigSource config) {
        GoogleSpeechConfig settings = GoogleSpeechConfig.from(config);
        GoogleSpeechClients source = clients != null ? clients : GoogleSpeechClients.real();
        return new GoogleSpeechToTextProvider(source.create(settings), settings);
    }
}
