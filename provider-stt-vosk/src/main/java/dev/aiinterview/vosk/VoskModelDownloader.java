package dev.aiinterview.vosk;

import dev.aiinterview.api.config.ConfigSource;
import dev.aiinterview.api.error.ConfigurationException;
import dev.aiinterview.api.error.ProviderException;
import dev.aiinterview.api.error.ProviderUnavailableException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Downloads a Vosk model zip into a cache folder, checks its SHA-256 before anything is unpacked, unpacks it safely
 * and returns the model folder. A model already downloaded and checked is reused without touching the network.
 *
 * <p>For a command-line progress bar or a web page:
 * <pre>{@code
 * VoskModelDownloader downloader = VoskModelDownloader.fromConfig(ConfigSource.defaults());
 * Path model = downloader.cachedModel().orElseGet(() -> downloader.download((done, total) -> bar.show(done, total)));
 * // then interview.vosk.model-path=model, or just call the factory again: it finds the cached model
 * }</pre>
 *
 * <p>Failures: a network error or a download that breaks off is a {@link ProviderUnavailableException} (try again);
 * a wrong checksum or a zip that is not a model is a {@link ProviderException}; a bad URL, an HTTP 4xx answer or an
 * unusable cache folder is a {@link ConfigurationException} naming the setting. Nothing is left in the cache after a
 * failure. Thread-safe; two processes racing for the same folder both end with the same verified model.
 */
public final class VoskModelDownloader {

    /** The small English model (about 40 MB, Apache-2.0) from the Vosk project. */
    public static final String DEFAULT_MODEL_URL =
            "https://alphacephei.com/vosk/models/vosk-model-small-en-us-0.15.zip";
    /** SHA-256 of {@link #DEFAULT_MODEL_URL} (41,205,931 bytes). */
    public static final String DEFAULT_MODEL_SHA256 =
            "30f26242c4eb449f948e42cb302dd7a686cb29a3423a8367f99ff41780942498";
    /** Written into a model folder once its zip was verified and unpacked; holds the zip's SHA-256. */
    static final String MARKER = ".aiinterview-model-sha256";

    /** Receives download progress; called often, so it must return quickly. */
    @FunctionalInterface
    public interface Progress {

        /**
         * @param bytesDone  bytes received so far
         * @param totalBytes the size the server announced, or -1 when it did not
         */
        void onProgress(long bytesDone, long totalBytes);

        /** Progress that is not shown. */
        static Progress none() {
            return (done, total) -> { };
        }
    }

    private final URI url;
    private final String sha256;
    private final Path cacheDir;
    private final HttpClient http;
    private final Duration timeout;
    private final ZipExtractor extractor;

    private VoskModelDownloader(Builder b) {
        this.url = VoskConfig.checkUrl(b.url);
        this.sha256 = VoskConfig.checkSha256(b.sha256);
        this.cacheDir = b.cacheDir.toAbsolutePath().normalize();
        this.timeout = b.timeout;
        this.http = b.http != null ? b.http : HttpClient.newBuilder().connectTimeout(b.timeout)
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        this.extractor = new ZipExtractor(b.maxUnpackedBytes);
    }

    /**
     * The downloader the settings describe: {@value VoskConfig#MODEL_URL}, {@value VoskConfig#MODEL_SHA256} (required
     * with a custom URL) and {@value VoskConfig#CACHE_DIR}.
     */
    public static VoskModelDownloader fromConfig(ConfigSource config) {
        Optional<String> customUrl = config.get(VoskConfig.MODEL_URL);
        Optional<String> sha = config.get(VoskConfig.MODEL_SHA256);
        if (customUrl.isPresent() && sha.isEmpty()) {
            throw new ConfigurationException("Setting '" + VoskConfig.MODEL_URL + "' needs '" + VoskConfig.MODEL_SHA256
                    + "' too: the SHA-256 of the zip, so that a damaged or replaced download is never unpacked "
                    + "(compute it with `sha256sum model.zip`)");
        }
        return builder()
                .url(customUrl.map(VoskConfig::uri).orElse(URI.create(DEFAULT_MODEL_URL)))
                .sha256(sha.orElse(DEFAULT_MODEL_SHA256))
                .cacheDir(config.get(VoskConfig.CACHE_DIR).map(p -> VoskConfig.path(VoskConfig.CACHE_DIR, p))
                        .orElseGet(VoskModelDownloader::defaultCacheDir))
                .build();
    }

    /** A builder starting from the small English model and the default cache folder. */
    public static Builder builder() {
        return new Builder();
    }

    /** {@code $XDG_CACHE_HOME/aiinterview/vosk}, else {@code ~/.cache/aiinterview/vosk}. */
    public static Path defaultCacheDir() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("aiinterview").resolve("vosk");
    }

    /** The URL as logs and messages may show it: without user information or query. */
    public String shownUrl() {
        return VoskConfig.shown(url);
    }

    /** Where the zip comes from. */
    public URI url() {
        return url;
    }

    /** Where models are kept. */
    public Path cacheDir() {
        return cacheDir;
    }

    /** The folder the model is (or will be) unpacked to: the zip's name without {@code .zip}, in the cache. */
    public Path modelFolder() {
        String path = url.getPath() == null ? "" : url.getPath();
        String name = path.substring(path.lastIndexOf('/') + 1);
        name = name.endsWith(".zip") ? name.substring(0, name.length() - 4) : "";
        // Only a plain file name may become a folder name: nothing that could climb out of the cache.
        return cacheDir.resolve(name.matches("[A-Za-z0-9][A-Za-z0-9._-]*") ? name : "model-" + sha256.substring(0, 12));
    }

    /** The model, if it was downloaded and verified before. Never uses the network. */
    public Optional<Path> cachedModel() {
        Path folder = modelFolder();
        try {
            Path marker = folder.resolve(MARKER);
            return Files.isRegularFile(marker) && Files.readString(marker, StandardCharsets.US_ASCII).trim()
                    .equalsIgnoreCase(sha256) && ModelFolders.looksLikeModel(folder) ? Optional.of(folder)
                    : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Returns the cached model, or downloads, verifies and unpacks it first. Blocks while downloading. */
    public synchronized Path download(Progress progress) {
        Optional<Path> cached = cachedModel();
        if (cached.isPresent()) {
            return cached.get();
        }
        Path zip = null;
        Path staging = null;
        try {
            Files.createDirectories(cacheDir);
            zip = Files.createTempFile(cacheDir, ".download-", ".zip");
            String actual = new ModelFetch(http, url, timeout).fetch(zip, progress);
            if (!actual.equalsIgnoreCase(sha256)) {
                throw new ProviderException(VoskSpeechToTextProviderFactory.ID, "The Vosk model downloaded from "
                        + VoskConfig.shown(url) + " has SHA-256 " + actual + " but " + sha256 + " was expected ("
                        + VoskConfig.MODEL_SHA256 + "): the download was damaged or replaced, so it was not unpacked");
            }
            staging = Files.createTempDirectory(cacheDir, ".unpack-");
            Path root = extractor.extract(zip, staging, VoskConfig.shown(url));
            Files.writeString(root.resolve(MARKER), sha256, StandardCharsets.US_ASCII);
            return install(root);
        } catch (IOException e) {
            throw new ConfigurationException("Cannot write the Vosk model into " + cacheDir + " (" + e + "): set "
                    + VoskConfig.CACHE_DIR + " to a writable folder", e);
        } finally {
            Files2.deleteQuietly(zip);
            Files2.deleteQuietly(staging);
        }
    }

    private Path install(Path root) throws IOException {
        Path target = modelFolder();
        if (Files.exists(target)) {
            if (cachedModel().isPresent()) {
                return target;  // another process finished first
            }
            Files2.deleteQuietly(target);  // a half-written folder from an interrupted run
        }
        try {
            Files2.move(root, target);
        } catch (FileAlreadyExistsException | DirectoryNotEmptyException e) {
            // another process moved its copy in between: use it if it is complete
            return cachedModel().orElseThrow(() -> e);
        }
        return target;
    }

    /** Builds a {@link VoskModelDownloader}; the defaults are the small English model and the default cache. */
    public static final class Builder {
        private URI url = URI.create(DEFAULT_MODEL_URL);
        private String sha256 = DEFAULT_MODEL_SHA256;
        private Path cacheDir = defaultCacheDir();
        private HttpClient http;
        private Duration timeout = Duration.ofSeconds(30);
        private long maxUnpackedBytes = ZipExtractor.MAX_UNPACKED_BYTES;

        private Builder() {
        }

        /** The http(s) URL of the model zip. */
        public Builder url(URI url) {
            this.url = url;
            return this;
        }

        /** The zip's SHA-256 in hex; must change with the URL. */
        public Builder sha256(String sha256) {
            this.sha256 = sha256;
            return this;
        }

        /** The folder models are unpacked into; created when needed. */
        public Builder cacheDir(Path cacheDir) {
            this.cacheDir = Objects.requireNonNull(cacheDir, "cacheDir");
            return this;
        }

        /** Another HTTP client, for a proxy or custom TLS. */
        public Builder httpClient(HttpClient http) {
            this.http = http;
            return this;
        }

        /** Longest wait to connect and for the server to start answering; default 30 s. */
        public Builder timeout(Duration timeout) {
            this.timeout = Objects.requireNonNull(timeout, "timeout");
            return this;
        }

        Builder maxUnpackedBytes(long maxUnpackedBytes) {
            this.maxUnpackedBytes = maxUnpackedBytes;
            return this;
        }

        /** Checks the URL and checksum; an invalid one is a {@link ConfigurationException}. */
        public VoskModelDownloader build() {
            return new VoskModelDownloader(this);
        }
    }
}
