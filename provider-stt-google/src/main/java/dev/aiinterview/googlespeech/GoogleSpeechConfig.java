package dev.aiinterview.googlespeech;

import dev.aiinterview.api.config.ConfigSource;
import dev.aiinterview.api.error.ConfigurationException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The Google Cloud Speech provider's settings, read through {@link ConfigSource}: system properties, environment
 * variables ({@code interview.google-speech.api-key} -> {@code INTERVIEW_GOOGLE_SPEECH_API_KEY}, plus the
 * conventional {@code GOOGLE_APPLICATION_CREDENTIALS}) or a map.
 *
 * <p>Credentials, first found wins: an API key, a JSON key file, Google Application Default Credentials.
 */
public final class GoogleSpeechConfig {

    /** An API key with the Cloud Speech-to-Text API enabled; never logged. */
    public static final String API_KEY = "interview.google-speech.api-key";
    /** A JSON credentials file (usually a service-account key); environment {@code GOOGLE_APPLICATION_CREDENTIALS}. */
    public static final String CREDENTIALS = "interview.google-speech.credentials";
    /** Another endpoint as {@code host:port}, such as {@code eu-speech.googleapis.com:443}. Default: Google's. */
    public static final String ENDPOINT = "interview.google-speech.endpoint";
    /** The recognition model, such as {@code latest_long} or {@code phone_call}; unset: Google's default. */
    public static final String MODEL = "interview.google-speech.model";
    /** Audio longer than this goes through long-running recognition; default 60s, Google's limit for the short call. */
    public static final String SYNC_LIMIT = "interview.google-speech.sync-limit";
    /** Longest wait for a short recognition, retries included; default 2m. */
    public static final String TIMEOUT = "interview.google-speech.timeout";
    /** Longest wait for a long-running recognition; default 15m. */
    public static final String LONG_RUNNING_TIMEOUT = "interview.google-speech.long-running-timeout";
    /** First wait between polls of a long-running recognition, growing 1.5 times up to 30 s; default 2s. */
    public static final String POLL_INTERVAL = "interview.google-speech.poll-interval";
    /** Attempts per call when Google is unavailable or slow; default 3. */
    public static final String MAX_ATTEMPTS = "interview.google-speech.max-attempts";
    /** How much phrase hints are favoured, from 0 (Google's default weighting) to 20; default 0. */
    public static final String PHRASE_BOOST = "interview.google-speech.phrase-boost";
    /** Whether Google adds punctuation; default {@code true}. */
    public static final String PUNCTUATION = "interview.google-speech.punctuation";

    /** The environment variable conventionally naming the credentials file. */
    static final String CREDENTIALS_ENV = "GOOGLE_APPLICATION_CREDENTIALS";
    static final String API_KEY_ENV = ConfigSource.environmentName(API_KEY);

    private final String apiKey;
    private final Path credentialsFile;
    private final String endpoint;
    private final String model;
    private final Duration syncLimit;
    private final Duration timeout;
    private final Duration longRunningTimeout;
    private final Duration pollInterval;
    private final int maxAttempts;
    private final float phraseBoost;
    private final boolean punctuation;

    private GoogleSpeechConfig(ConfigSource source) {
        this.apiKey = source.get(API_KEY).orElse(null);
        this.credentialsFile = source.get(CREDENTIALS).map(GoogleSpeechConfig::path).orElse(null);
        this.endpoint = source.get(ENDPOINT).map(GoogleSpeechConfig::checkEndpoint).orElse(null);
        this.model = source.get(MODEL).orElse(null);
        this.syncLimit = positive(SYNC_LIMIT, source.getDuration(SYNC_LIMIT, Duration.ofSeconds(60)));
        this.timeout = positive(TIMEOUT, source.getDuration(TIMEOUT, Duration.ofMinutes(2)));
        this.longRunningTimeout = positive(LONG_RUNNING_TIMEOUT,
                source.getDuration(LONG_RUNNING_TIMEOUT, Duration.ofMinutes(15)));
        this.pollInterval = positive(POLL_INTERVAL, source.getDuration(POLL_INTERVAL, Duration.ofSeconds(2)));
        this.maxAttempts = source.getInt(MAX_ATTEMPTS, 3);
        if (maxAttempts < 1) {
            throw new ConfigurationException("Setting '" + MAX_ATTEMPTS + "' is " + maxAttempts + " but must be at least 1");
        }
        this.phraseBoost = (float) source.getDouble(PHRASE_BOOST, 0);
        if (phraseBoost < 0 || phraseBoost > 20) {
            throw new ConfigurationException("Setting '" + PHRASE_BOOST + "' is " + phraseBoost
                    + " but must be from 0 to 20 (Google's range; 0 keeps its default weighting)");
        }
        this.punctuation = source.getBoolean(PUNCTUATION, true);
    }

    /** Reads and validates the settings; an invalid one is a {@link ConfigurationException} naming the key. */
    static GoogleSpeechConfig from(ConfigSource source) {
        return new GoogleSpeechConfig(Objects.requireNonNull(source, "source"));
    }

    Optional<String> apiKey() {
        return Optional.ofNullable(apiKey);
    }

    Optional<Path> credentialsFile() {
        return Optional.ofNullable(credentialsFile);
    }

    Optional<String> endpoint() {
        return Optional.ofNullable(endpoint);
    }

    Optional<String> model() {
        return Optional.ofNullable(model);
    }

    Duration syncLimit() {
        return syncLimit;
    }

    Duration timeout() {
        return timeout;
    }

    Duration longRunningTimeout() {
        return longRunningTimeout;
    }

    Duration pollInterval() {
        return pollInterval;
    }

    int maxAttempts() {
        return maxAttempts;
    }

    float phraseBoost() {
        return phraseBoost;
    }

    boolean punctuation() {
        return punctuation;
    }

    /** Says how to fix rejected credentials, for the kind in use. */
    String credentialsHint() {
        if (apiKey != null) {
            return "check the API key in " + API_KEY_ENV + " (-D" + API_KEY + ") and that the Cloud Speech-to-Text "
                    + "API is enabled for its project";
        }
        if (credentialsFile != null) {
            return "check the key file " + credentialsFile + " (" + CREDENTIALS_ENV + " or -D" + CREDENTIALS
                    + "): its account needs access to Cloud Speech-to-Text, and the API must be enabled";
        }
        return "check the Application Default Credentials (`gcloud auth application-default login`), or set "
                + CREDENTIALS_ENV + " to a service-account key file or " + API_KEY_ENV + " to an API key";
    }

    private static Path path(String value) {
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            throw new ConfigurationException("Setting '" + CREDENTIALS + "' (" + CREDENTIALS_ENV + ") is '" + value
                    + "', which is not a valid path", e);
        }
    }

    private static String checkEndpoint(String value) {
        if (!value.matches("[A-Za-z0-9.-]+:\\d{1,5}")) {
            throw new ConfigurationException("Setting '" + ENDPOINT + "' is '" + value
                    + "' but must be host:port, such as eu-speech.googleapis.com:443");
        }
        return value;
    }

    private static Duration positive(String key, Duration value) {
        if (value.isZero() || value.isNegative()) {
            throw new ConfigurationException("Setting '" + key + "' must be a positive duration such as 60s");
        }
        return value;
    }

    /** Shows the settings with the key redacted. */
    @Override
    public String toString() {
        String credentials = apiKey != null ? "apiKey=***" : credentialsFile != null ? "keyFile=" + credentialsFile
                : "application default credentials";
        return "GoogleSpeechConfig[" + credentials + ", endpoint=" + (endpoint == null ? "default" : endpoint)
                + ", model=" + (model == null ? "default" : model) + ", syncLimit=" + syncLimit + "]";
    }
}
