package dev.aiinterview.googlespeech;

import com.google.api.gax.core.FixedCredentialsProvider;
import com.google.api.gax.rpc.TransportChannelProvider;
import com.google.api.gax.rpc.UnaryCallSettings;
import com.google.auth.oauth2.GoogleCredentials;
import com.google.cloud.speech.v1.SpeechClient;
import com.google.cloud.speech.v1.SpeechSettings;
import dev.aiinterview.api.error.ConfigurationException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the {@link SpeechClient} the settings describe: credentials (API key, key file or Application Default
 * Credentials, each failing with a message that says what to set), endpoint and timeout of Recognize (the only call
 * used: long-running recognition cannot take inline audio over a minute either). gax makes a single attempt: the
 * SDK's wrapper retries what {@link GoogleSpeechExceptions} maps to a retriable exception, with every other
 * provider's policy, and gax retries under it would multiply the attempts.
 */
final class GoogleSpeechClients {

    /** Finds Application Default Credentials; a seam so tests need no gcloud login. */
    @FunctionalInterface
    interface DefaultCredentials {
        GoogleCredentials load() throws IOException;
    }

    private static final Logger LOG = LoggerFactory.getLogger(GoogleSpeechClients.class);

    private final DefaultCredentials defaultCredentials;
    private final TransportChannelProvider transport;

    /** @param transport a channel to use instead of Google's, for tests; {@code null} for the real one */
    GoogleSpeechClients(DefaultCredentials defaultCredentials, TransportChannelProvider transport) {
        this.defaultCredentials = defaultCredentials;
        this.transport = transport;
    }

    static GoogleSpeechClients real() {
        return new GoogleSpeechClients(GoogleCredentials::getApplicationDefault, null);
    }

    SpeechClient create(GoogleSpeechConfig config) {
        SpeechSettings.Builder settings = SpeechSettings.newBuilder();
        credentials(config, settings);
        config.endpoint().ifPresent(settings::setEndpoint);
        if (transport != null) {
            settings.setTransportChannelProvider(transport);
        }
        singleAttempt(settings.recognizeSettings(), config.timeout());
        try {
            return SpeechClient.create(settings.build());
        } catch (IOException e) {
            throw new ConfigurationException("Cannot create the Google Cloud Speech client (" + e.getMessage()
                    + "): " + config.credentialsHint(), e);
        }
    }

    private void credentials(GoogleSpeechConfig config, SpeechSettings.Builder settings) {
        if (config.apiKey().isPresent()) {
            config.credentialsFile().ifPresent(file -> LOG.debug("Using the API key; the key file {} is ignored", file));
            settings.setApiKey(config.apiKey().get());
            return;
        }
        GoogleCredentials credentials = config.credentialsFile().map(GoogleSpeechClients::fromFile)
                .orElseGet(this::applicationDefault);
        settings.setCredentialsProvider(FixedCredentialsProvider.create(
                credentials.createScoped(SpeechSettings.getDefaultServiceScopes())));
    }

    private static GoogleCredentials fromFile(Path file) {
        String where = "The Google credentials file " + file + " (" + GoogleSpeechConfig.CREDENTIALS_ENV + " or -D"
                + GoogleSpeechConfig.CREDENTIALS + ")";
        if (!Files.isRegularFile(file)) {
            throw new ConfigurationException(where + " does not exist: point it at a service-account JSON key, or "
                    + "unset it to use Application Default Credentials or " + GoogleSpeechConfig.API_KEY_ENV);
        }
        try (InputStream in = Files.newInputStream(file)) {
            return GoogleCredentials.fromStream(in);
        } catch (IOException | RuntimeException e) {
            throw new ConfigurationException(where + " is not a Google credentials JSON file (" + e.getMessage()
                    + "): download a service-account key from the Google Cloud console (IAM > Service accounts > "
                    + "Keys)", e);
        }
    }

    private GoogleCredentials applicationDefault() {
        try {
            return defaultCredentials.load();
        } catch (IOException | RuntimeException e) {
            throw new ConfigurationException("Google Cloud Speech found no credentials: set "
                    + GoogleSpeechConfig.CREDENTIALS_ENV + " to a service-account JSON key file, set "
                    + GoogleSpeechConfig.API_KEY_ENV + " (or -D" + GoogleSpeechConfig.API_KEY + ") to an API key, or "
                    + "run `gcloud auth application-default login`", e);
        }
    }

    private static void singleAttempt(UnaryCallSettings.Builder<?, ?> call, Duration timeout) {
        call.setRetryableCodes(Set.of());
        call.setRetrySettings(call.getRetrySettings().toBuilder()
                .setMaxAttempts(1)
                .setInitialRpcTimeoutDuration(timeout)
                .setMaxRpcTimeoutDuration(timeout)
                .setTotalTimeoutDuration(timeout)
                .build());
    }
}
