package dev.aiinterview.vosk;

import dev.aiinterview.api.config.ConfigSource;
import dev.aiinterview.api.error.ConfigurationException;
import java.net.URI;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The Vosk provider's settings, read through {@link ConfigSource}: system properties, environment variables
 * ({@code interview.vosk.model-path} -> {@code VOSK_MODEL_PATH} or {@code INTERVIEW_VOSK_MODEL_PATH}) or a map.
 */
public final class VoskConfig {

    /** The folder of an unzipped Vosk model; environment {@code VOSK_MODEL_PATH}. */
    public static final String MODEL_PATH = "interview.vosk.model-path";
    /**
     * When no model folder is set and none was downloaded before, download the model into the cache folder instead
     * of failing; default {@code false}, because it is a 40 MB download from the internet.
     */
    public static final String DOWNLOAD = "interview.vosk.download";
    /** The zip to download; default {@value VoskModelDownloader#DEFAULT_MODEL_URL}. */
    public static final String MODEL_URL = "interview.vosk.model-url";
    /** The SHA-256 of that zip, in hex; required when the URL is changed. */
    public static final String MODEL_SHA256 = "interview.vosk.model-sha256";
    /** Where downloaded models are kept; default {@code $XDG_CACHE_HOME/aiinterview/vosk} or {@code ~/.cache/...}. */
    public static final String CACHE_DIR = "interview.vosk.cache-dir";
    /** The sample rate the model was trained on; default 16000 (8000 for telephone models). */
    public static final String SAMPLE_RATE = "interview.vosk.sample-rate";

    static final int DEFAULT_SAMPLE_RATE = 16_000;
    /** The conventional environment variable Vosk reads besides the derived names, by key. */
    static final Map<String, String> ENVIRONMENT_ALIASES = Map.of(MODEL_PATH, "VOSK_MODEL_PATH");

    private final Path modelPath;
    private final boolean download;
    private final int sampleRate;

    private VoskConfig(ConfigSource source) {
        this.modelPath = source.get(MODEL_PATH).map(p -> path(MODEL_PATH, p)).orElse(null);
        this.download = source.getBoolean(DOWNLOAD, false);
        this.sampleRate = source.getInt(SAMPLE_RATE, DEFAULT_SAMPLE_RATE);
        if (sampleRate < 8_000 || sampleRate > 48_000) {
            throw new ConfigurationException("Setting '" + SAMPLE_RATE + "' is " + sampleRate
                    + " but must be the model's sample rate, from 8000 to 48000 (usually 16000)");
        }
    }

    /** Reads and validates the settings; an invalid one is a {@link ConfigurationException} naming the key. */
    static VoskConfig from(ConfigSource source) {
        return new VoskConfig(Objects.requireNonNull(source, "source"));
    }

    Optional<Path> modelPath() {
        return Optional.ofNullable(modelPath);
    }

    boolean download() {
        return download;
    }

    int sampleRate() {
        return sampleRate;
    }

    /**
     * The one-line message for "no model": how to get one. It is what {@code interview transcribe --stt vosk}
     * prints when nothing is configured.
     */
    static String noModelMessage(Path cacheDir) {
        return "Vosk needs a speech model and none is configured: download one (for example "
                + "vosk-model-small-en-us-0.15, 40 MB, from https://alphacephei.com/vosk/models), unzip it and set "
                + "VOSK_MODEL_PATH (or -D" + MODEL_PATH + ") to its folder, or set " + DOWNLOAD
                + "=true (environment INTERVIEW_VOSK_DOWNLOAD=true) to download the small English model into "
                + cacheDir;
    }

    static Path path(String key, String value) {
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            throw new ConfigurationException("Setting '" + key + "' is '" + value + "', which is not a valid path", e);
        }
    }

    static URI uri(String value) {
        try {
            return URI.create(value);
        } catch (IllegalArgumentException e) {
            throw badUrl(value);
        }
    }

    static URI checkUrl(URI url) {
        if (url == null || url.getHost() == null
                || !("https".equalsIgnoreCase(url.getScheme()) || "http".equalsIgnoreCase(url.getScheme()))) {
            throw badUrl(url == null ? "null" : url.getHost() == null ? "a URL without a host" : shown(url));
        }
        return url;
    }

    /**
     * The URL as messages and logs show it: without user information or query, where a signed or private address
     * keeps its secret.
     */
    static String shown(URI url) {
        if (url == null || url.getHost() == null) {
            return "an invalid URL";
        }
        return url.getScheme() + "://" + url.getHost() + (url.getPort() < 0 ? "" : ":" + url.getPort())
                + (url.getRawPath() == null ? "" : url.getRawPath());
    }

    private static ConfigurationException badUrl(String value) {
        return new ConfigurationException("Setting '" + MODEL_URL + "' is '" + value
                + "' but must be an http(s) URL of a model zip, such as " + VoskModelDownloader.DEFAULT_MODEL_URL);
    }

    static String checkSha256(String hex) {
        if (hex == null || !hex.trim().matches("(?i)[0-9a-f]{64}")) {
            throw new ConfigurationException("Setting '" + MODEL_SHA256 + "' is '" + hex
                    + "' but must be a SHA-256 in hex (64 characters, as `sha256sum` prints it)");
        }
        return hex.trim().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return "VoskConfig[modelPath=" + (modelPath == null ? "unset" : modelPath) + ", download=" + download
                + ", sampleRate=" + sampleRate + "]";
    }
}
