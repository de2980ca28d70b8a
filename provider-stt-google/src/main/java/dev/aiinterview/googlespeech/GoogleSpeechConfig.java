package dev.aiinterview.googlespeech;

import dev.aiinterview.api.config.ConfigSource;
import dev.aiinterview.api.error.ConfigurationException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
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
    /**
     * The recognition model, such as {@code latest_long} or {@code phone_call}; unset: Google's default. It decides
     * whether word confidence is real (see {@link #WORD_CONFIDENCE}).
     */
    public static final String MODEL = "interview.google-speech.model";
    /**
     * Audio longer than this is cut at silences into chunks no longer than this, each its own Recognize request
     * (Google refuses inline audio over a minute, in Recognize and LongRunningRecognize alike); default 50s, from 5s
     * to 59s.
     */
    public static final String CHUNK_LENGTH = "interview.google-speech.chunk-length";
    /** Longer answers are refused before any call, as invalid input; default 10m. */
    public static final String MAX_DURATION = "interview.google-speech.max-duration";
    /**
     * Whether words carry Google's confidence: {@code auto} (default: only for models whose confidence Google says
     * is real, so not for {@code latest_long}, {@code latest_short}, {@code telephony}, {@code telephony_short}),
     * {@code on} or {@code off}.
     */
    public static final String WORD_CONFIDENCE = "interview.google-speech.word-confidence";
    /** Longest wait for one recognition attempt (all chunks of an answer run at once); default 2m. */
    public static final String TIMEOUT = "interview.google-speech.timeout";
    /**
     * Attempts per call. Deprecated: the SDK's wrapper retries every speech-to-text call and reads this key only when
     * {@code interview.stt.max-attempts} is not set, with a warning.
     */
    @Deprecated
    public static final String MAX_ATTEMPTS = "interview.google-speech.max-attempts";
    /** How much phrase hints are favoured, from 0 (Google's default weighting) to 20; default 0. */
    public static final String PHRASE_BOOST = "interview.google-speech.phrase-boost";
    /** Whether Google adds punctuation; default {@code true}. */
    public static final String PUNCTUATION = "interview.google-speech.punctuation";

    /** The environment variable conventionally naming the credentials file. */
    static final String CREDENTIALS_ENV = "GOOGLE_APPLICATION_CREDENTIALS";
    /** The conventional environment variables Google Speech reads besides the derived names, by key. */
    static final Map<String, String> ENVIRONMENT_ALIASES = Map.of(CREDENTIALS, CREDENTIALS_ENV);
    static final String API_KEY_ENV = ConfigSource.environmentName(API_KEY);

    private final String apiKey;
    private final Path credentialsFile;
    private final String endpoint;
    private final String model;
    private final Duration chunkLength;
    private final Duration maxDuration;
    private final boolean wordConfidence;
    private final Duration timeout;
    private final float phraseBoost;
    private final boolean punctuation;

    private GoogleSpeechConfig(ConfigSource source) {
        this.apiKey = source.get(API_KEY).orElse(null);
        this.credentialsFile = source.get(CREDENTIALS).map(GoogleSpeechConfig::path).orElse(null);
        this.endpoint = source.get(ENDPOINT).map(GoogleSpeechConfig::checkEndpoint).orElse(null);
        this.model = source.get(MODEL).orElse(null);
        this.chunkLength = source.getDuration(CHUNK_LENGTH, Duration.ofSeconds(50));
        if (chunkLength.compareTo(Duration.ofSeconds(5)) < 0 || chunkLength.compareTo(Duration.ofSeconds(59)) > 0) {
            throw new ConfigurationException("Setting '" + CHUNK_LENGTH + "' is " + chunkLength.toMillis()
                    + " ms but must be from 5s to 59s: Google refuses inline audio over a minute");
        }
        this.maxDuration = positive(MAX_DURATION, source.getDuration(MAX_DURATION, Duration.ofMinutes(10)));
        this.wordConfidence = wordConfidence(source.get(WORD_CONFIDENCE).orElse("auto"), model);
        this.timeout = positive(TIMEOUT, source.getDuration(TIMEOUT, Duration.ofMinutes(2)));
        this.phraseBoost = (float) source.getDouble(PHRASE_BOOST, 0);
        if (phraseBoost < 0 || phraseBoost > 20) {
            throw new ConfigurationException("Setting '" + PHRASE_BOOST + "' is " + phraseBoost
                    + " but must be from 0 to 20 (Google's range; 0 keeps its default weighting)");
        }
        this.punctuation = source.getBoolean(PUNCTUATION, true);
    }

    /**
     * Reads and validates the settings; an invalid one is a {@link ConfigurationException} naming the key. The
     * conventional {@code GOOGLE_APPLICATION_CREDENTIALS} is applied here, so any source resolves it.
     */
    static GoogleSpeechConfig from(ConfigSource source) {
        return new GoogleSpeechConfig(Objects.requireNonNull(source, "source").withAliases(ENVIRONMENT_ALIASES));
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

    Duration chunkLength() {
        return chunkLength;
    }

    Duration maxDuration() {
        return maxDuration;
    }

    /** Whether words and transcripts carry Google's confidence (see {@link #WORD_CONFIDENCE}). */
    boolean wordConfidence() {
        return wordConfidence;
    }

    Duration timeout() {
        return timeout;
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

    private static boolean wordConfidence(String value, String model) {
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "auto" -> GoogleSpeechModels.hasRealConfidence(model);
            case "on", "true" -> true;
            case "off", "false" -> false;
            default -> throw new ConfigurationException("Setting '" + WORD_CONFIDENCE + "' is '" + value
                    + "' but must be auto (by model), on or off");
        };
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
                + ", model=" + (model == null ? "default" : model) + ", chunkLength=" + chunkLength + ", maxDuration="
                + maxDuration + ", wordConfidence=" + wordConfidence + "]";
    }
}
