package dev.aiinterview.gemini;

import dev.aiinterview.api.config.ConfigSource;
import dev.aiinterview.api.error.ConfigurationException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The Gemini provider's settings, read through {@link ConfigSource}: system properties, environment variables
 * ({@code interview.gemini.model} -> {@code INTERVIEW_GEMINI_MODEL}, plus {@code GEMINI_API_KEY} and
 * {@code GEMINI_BASE_URL}) or a map.
 *
 * <p>Authentication is either an API key (the Gemini Developer API) or a Vertex AI project and location, which use
 * Google Application Default Credentials.
 */
public final class GeminiConfig {

    /** The Gemini API key; environment {@code GEMINI_API_KEY}. Never logged. */
    public static final String API_KEY = "interview.gemini.api-key";
    /** Another endpoint (gateway, proxy, test double); environment {@code GEMINI_BASE_URL}. Default: Google's. */
    public static final String BASE_URL = "interview.gemini.base-url";
    /**
     * The REST API version; default {@value #DEFAULT_API_VERSION} with an API key. Pinned because google-genai 2.0.0
     * defaults to {@code v1}, which lacks some of what this provider sends. With Vertex AI the SDK's default is kept.
     */
    public static final String API_VERSION = "interview.gemini.api-version";
    /** The model for every prompt contract; default {@value #DEFAULT_MODEL}. */
    public static final String MODEL = "interview.gemini.model";
    /**
     * Prefix of per-task model overrides: {@code interview.gemini.model.<task>}, where the task is a prompt
     * contract's name such as {@code answer-evaluation}, or {@value #TRANSCRIPTION_TASK} for speech-to-text, whose
     * default is {@value #DEFAULT_TRANSCRIPTION_MODEL} whatever {@link #MODEL} says.
     */
    public static final String MODEL_PREFIX = MODEL + ".";
    /** The task name used for transcription model overrides. */
    public static final String TRANSCRIPTION_TASK = "transcription";
    /** Longest wait for one HTTP call; default 60s. */
    public static final String TIMEOUT = "interview.gemini.timeout";
    /** Longest wait for one transcription call, which carries minutes of audio; default 3m. */
    public static final String TRANSCRIPTION_TIMEOUT = "interview.gemini.transcription-timeout";
    /**
     * Attempts per transcription. Deprecated: the SDK's wrapper retries every speech-to-text call and reads this key
     * only when {@code interview.stt.max-attempts} is not set, with a warning.
     */
    @Deprecated
    public static final String MAX_ATTEMPTS = "interview.gemini.max-attempts";
    /**
     * First transcription retry delay. Deprecated: read by the SDK's wrapper only when
     * {@code interview.stt.retry-delay} is not set, with a warning.
     */
    @Deprecated
    public static final String RETRY_DELAY = "interview.gemini.retry-delay";
    /**
     * A temperature (0 to 2) used instead of each prompt contract's own. Unset by default: Gemini 3 models get
     * none below 1.0 (the contracts' own are dropped for them), and a setting below 1.0 for one is rejected.
     */
    public static final String TEMPERATURE = "interview.gemini.temperature";
    /**
     * How much a Gemini 3 model thinks: {@code minimal}, {@code low}, {@code medium} or {@code high}, for every task;
     * {@code interview.gemini.thinking-level.<task>} for one. Default: medium for planning and the summary, low for
     * evaluating answers, follow-ups, the fairness review and transcription.
     */
    public static final String THINKING_LEVEL = "interview.gemini.thinking-level";
    /**
     * Thinking tokens per call for Gemini 2.x models only (0 turns thinking off on 2.x Flash, -1 lets the model
     * decide); rejected when a task uses a Gemini 3 model, which takes {@link #THINKING_LEVEL}. Unset: the model
     * decides.
     */
    public static final String THINKING_BUDGET = "interview.gemini.thinking-budget";
    /**
     * Whether the provider asks the API, when it is created, whether each configured model is served; default
     * {@code true}. Turn off only for a gateway that serves generateContent but not models.get.
     */
    public static final String CHECK_MODELS = "interview.gemini.check-models";
    /** Audio up to this many bytes is sent inline; larger audio goes through the Files API. Default 14000000. */
    public static final String INLINE_AUDIO_LIMIT = "interview.gemini.inline-audio-limit";
    /** The Google Cloud project for Vertex AI mode, used instead of an API key. */
    public static final String VERTEX_PROJECT = "interview.gemini.vertex.project";
    /** The Vertex AI location, such as {@code us-central1} or {@code global}; required with the project. */
    public static final String VERTEX_LOCATION = "interview.gemini.vertex.location";

    /** The default REST API version with an API key. */
    public static final String DEFAULT_API_VERSION = "v1beta";
    /** The default model of the prompt contracts: the newest stable Flash model. */
    public static final String DEFAULT_MODEL = "gemini-3.8-flash";
    /** The default transcription model: Google's speech-to-text model, with word timestamps. */
    public static final String DEFAULT_TRANSCRIPTION_MODEL = "gemini-3.5-transcribe";
    /** The environment variable conventionally holding the key. */
    static final String API_KEY_ENV = "GEMINI_API_KEY";
    /** The conventional environment variables Gemini reads besides the derived names, by key. */
    static final Map<String, String> ENVIRONMENT_ALIASES = Map.of(API_KEY, API_KEY_ENV, BASE_URL, "GEMINI_BASE_URL");
    /** The artifact that brings both Gemini providers. */
    static final String ARTIFACT = "dev.aiinterview:provider-gemini";
    /** What makes Gemini configured, for messages. */
    static final String SETUP_HINT = "set " + API_KEY_ENV + " (or " + VERTEX_PROJECT + " and " + VERTEX_LOCATION
            + " for Vertex AI)";
    /**
     * Base64 makes inline audio a third larger and Gemini caps a whole request at 20 MB, so 14 MB of audio
     * (about 18.7 MB on the wire) is the most that safely goes inline.
     */
    static final long DEFAULT_INLINE_AUDIO_LIMIT = 14_000_000L;

    private final String apiKey;
    private final String baseUrl;
    private final String apiVersion;
    private final String model;
    private final Duration timeout;
    private final Duration transcriptionTimeout;
    private final Double temperature;
    private final GeminiTasks tasks;
    private final boolean checkModels;
    private final long inlineAudioLimit;
    private final String vertexProject;
    private final String vertexLocation;

    private GeminiConfig(ConfigSource source) {
        this.vertexProject = source.get(VERTEX_PROJECT).orElse(null);
        this.vertexLocation = source.get(VERTEX_LOCATION).orElse(null);
        this.apiKey = vertexMode() ? null : source.get(API_KEY).orElse(null);
        this.baseUrl = source.get(BASE_URL).map(GeminiConfig::checkUrl).orElse(null);
        this.apiVersion = source.get(API_VERSION).orElse(vertexMode() ? null : DEFAULT_API_VERSION);
        this.model = source.get(MODEL, DEFAULT_MODEL);
        this.timeout = positive(TIMEOUT, source.getDuration(TIMEOUT, Duration.ofSeconds(60)));
        this.transcriptionTimeout = positive(TRANSCRIPTION_TIMEOUT,
                source.getDuration(TRANSCRIPTION_TIMEOUT, Duration.ofMinutes(3)));
        this.temperature = source.get(TEMPERATURE).isPresent() ? temperature(source.getDouble(TEMPERATURE, 0)) : null;
        Integer thinkingBudget = source.get(THINKING_BUDGET).isPresent()
                ? atLeast(THINKING_BUDGET, source.getInt(THINKING_BUDGET, 0), -1) : null;
        this.tasks = new GeminiTasks(source, model, thinkingBudget);
        this.checkModels = source.getBoolean(CHECK_MODELS, true);
        this.inlineAudioLimit = atLeast(INLINE_AUDIO_LIMIT, source.getInt(INLINE_AUDIO_LIMIT,
                (int) DEFAULT_INLINE_AUDIO_LIMIT), 0);
        checkCredentials();
    }

    /**
     * Reads and validates the settings; a missing or invalid one is a {@link ConfigurationException}. The
     * conventional variables ({@code GEMINI_API_KEY}, {@code GEMINI_BASE_URL}) are applied here, so any source
     * resolves them, however it was built.
     */
    static GeminiConfig from(ConfigSource source) {
        return new GeminiConfig(Objects.requireNonNull(source, "source").withAliases(ENVIRONMENT_ALIASES));
    }

    /**
     * Whether the settings hold credentials: an API key, or a Vertex AI project and location. Reads nothing else
     * and checks nothing, so it never throws for a missing or odd value; {@link #from} judges those.
     */
    static boolean isConfigured(ConfigSource source) {
        ConfigSource aliased = source.withAliases(ENVIRONMENT_ALIASES);
        return aliased.get(API_KEY).isPresent()
                || aliased.get(VERTEX_PROJECT).isPresent() && aliased.get(VERTEX_LOCATION).isPresent();
    }

    /** Whether Vertex AI (project + location + Application Default Credentials) is used instead of an API key. */
    boolean vertexMode() {
        return vertexProject != null || vertexLocation != null;
    }

    /** How a task is sent: {@code interview.gemini.model.<task>}, else its default model, and its thinking. */
    GeminiTask task(String name) {
        return tasks.task(name);
    }

    /** The model for a task. */
    String modelFor(String task) {
        return task(task).model();
    }

    /** Rejects settings that the tasks' models would refuse or degrade on; see {@link GeminiTasks#validate}. */
    void validate(List<String> taskNames) {
        tasks.validate(taskNames, temperature());
    }

    String apiKey() {
        return apiKey;
    }

    Optional<String> baseUrl() {
        return Optional.ofNullable(baseUrl);
    }

    Optional<String> apiVersion() {
        return Optional.ofNullable(apiVersion);
    }

    String model() {
        return model;
    }

    Duration timeout() {
        return timeout;
    }

    Duration transcriptionTimeout() {
        return transcriptionTimeout;
    }

    boolean checkModels() {
        return checkModels;
    }

    Optional<Double> temperature() {
        return Optional.ofNullable(temperature);
    }

    long inlineAudioLimit() {
        return inlineAudioLimit;
    }

    String vertexProject() {
        return vertexProject;
    }

    String vertexLocation() {
        return vertexLocation;
    }

    /** Says how to fix rejected credentials, for the mode in use. */
    String credentialsHint() {
        return vertexMode()
                ? "check the Application Default Credentials (gcloud auth application-default login or "
                        + "GOOGLE_APPLICATION_CREDENTIALS) and their access to project '" + vertexProject + "'"
                : "check " + API_KEY_ENV + " (or -D" + API_KEY + "); keys are created at "
                        + "https://aistudio.google.com/apikey";
    }

    private void checkCredentials() {
        if (vertexMode()) {
            if (vertexProject == null || vertexLocation == null) {
                String missing = vertexProject == null ? VERTEX_PROJECT : VERTEX_LOCATION;
                throw new ConfigurationException("Gemini on Vertex AI needs both " + VERTEX_PROJECT + " and "
                        + VERTEX_LOCATION + ": set " + missing + " (environment "
                        + ConfigSource.environmentName(missing) + "), or remove the other to use an API key");
            }
        } else if (apiKey == null) {
            throw new ConfigurationException("Gemini needs an API key: set the environment variable " + API_KEY_ENV
                    + " (or -D" + API_KEY + "=...; keys are created at https://aistudio.google.com/apikey), or use "
                    + "Vertex AI by setting " + VERTEX_PROJECT + " and " + VERTEX_LOCATION
                    + " with Application Default Credentials");
        } else if (!apiKey.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            // The HTTP client would refuse the header and quote the key in its message: say what is wrong, not it.
            throw new ConfigurationException("The Gemini API key (" + API_KEY_ENV + " or " + API_KEY + ") holds a "
                    + "character that cannot be sent, such as a space, a line break or a curly quote: copy the key "
                    + "again from https://aistudio.google.com/apikey");
        }
    }

    private static String checkUrl(String url) {
        try {
            URI uri = new URI(url);
            if (uri.getHost() == null || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
                throw new URISyntaxException(url, "not an absolute http(s) URL");
            }
            return url;
        } catch (URISyntaxException e) {
            throw new ConfigurationException("Setting '" + BASE_URL + "' is '" + url + "' but must be an http(s) URL "
                    + "such as https://generativelanguage.googleapis.com (environment GEMINI_BASE_URL)", e);
        }
    }

    private static Duration positive(String key, Duration value) {
        if (value.isZero() || value.isNegative()) {
            throw new ConfigurationException("Setting '" + key + "' must be a positive duration such as 60s");
        }
        return value;
    }

    private static int atLeast(String key, int value, int min) {
        if (value < min) {
            throw new ConfigurationException("Setting '" + key + "' is " + value + " but must be at least " + min);
        }
        return value;
    }

    private static double temperature(double value) {
        if (value < 0 || value > 2) {
            throw new ConfigurationException("Setting '" + TEMPERATURE + "' is " + value + " but must be from 0 to 2");
        }
        return value;
    }

    /** Shows the settings with the key redacted. */
    @Override
    public String toString() {
        return "GeminiConfig[" + (vertexMode()
                ? "vertex project=" + vertexProject + ", location=" + vertexLocation
                : "apiKey=" + (apiKey == null ? "unset" : "***"))
                + ", model=" + model + ", apiVersion=" + (apiVersion == null ? "sdk default" : apiVersion)
                + ", baseUrl=" + (baseUrl == null ? "default" : baseUrl) + ", timeout=" + timeout + "]";
    }
}
