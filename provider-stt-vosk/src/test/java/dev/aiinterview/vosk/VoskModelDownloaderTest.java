package dev.aiinterview.vosk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aiinterview.api.config.ConfigSource;
import dev.aiinterview.api.error.ConfigurationException;
import dev.aiinterview.api.error.ProviderException;
import dev.aiinterview.api.error.ProviderUnavailableException;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The downloader against a local HTTP server serving a zip made in the test. */
class VoskModelDownloaderTest {

    private static final String NAME = "vosk-model-small-en-us-0.15";
    private static final byte[] ZIP = ModelServer.modelZip(NAME);

    @TempDir
    Path cache;

    private final ModelServer server = startServer();

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void aVerifiedZipIsUnpackedIntoTheCacheAndReportsProgressUpToItsSize() throws IOException {
        server.serve(ZIP, ModelServer.Mode.WHOLE);
        List<long[]> progress = new ArrayList<>();

        Path model = downloader(ModelServer.sha256(ZIP)).download((done, total) -> progress.add(new long[] {done, total}));

        assertThat(model).isEqualTo(cache.resolve(NAME));
        assertThat(model.resolve("am/final.mdl")).isRegularFile();
        assertThat(model.resolve("conf/model.conf")).hasContent("--min-active=200");
        assertThat(progress.get(0)).containsExactly(0, ZIP.length);
        assertThat(progress.get(progress.size() - 1)).containsExactly(ZIP.length, ZIP.length);
        assertThat(progress).extracting(p -> p[0]).isSorted();
        assertThat(leftovers()).as("no temporary files remain").isEmpty();
    }

    @Test
    void aModelDownloadedBeforeIsReusedWithoutTheNetwork() {
        server.serve(ZIP, ModelServer.Mode.WHOLE);
        VoskModelDownloader downloader = downloader(ModelServer.sha256(ZIP));
        assertThat(downloader.cachedModel()).isEmpty();
        Path first = downloader.download(VoskModelDownloader.Progress.none());

        Path again = downloader(ModelServer.sha256(ZIP)).download(VoskModelDownloader.Progress.none());

        assertThat(again).isEqualTo(first);
        assertThat(downloader.cachedModel()).contains(first);
        assertThat(server.requests).hasValue(1);
    }

    @Test
    void twoDownloadersRacingForTheSameCacheBothEndWithTheSameVerifiedModel() throws Exception {
        server.serve(ZIP, ModelServer.Mode.WHOLE);
        String sha = ModelServer.sha256(ZIP);
        var first = CompletableFuture.supplyAsync(() -> downloader(sha).download(VoskModelDownloader.Progress.none()));
        var second = CompletableFuture.supplyAsync(() -> downloader(sha).download(VoskModelDownloader.Progress.none()));

        assertThat(first.get(20, TimeUnit.SECONDS)).isEqualTo(second.get(20, TimeUnit.SECONDS));
        assertThat(downloader(sha).cachedModel()).contains(cache.resolve(NAME));
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void aZipNameThatIsNotAPlainFileNameNeverBecomesTheFolderName() {
        VoskModelDownloader odd = VoskModelDownloader.builder().url(URI.create("https://example.com/a/..zip"))
                .sha256("ab".repeat(32)).cacheDir(cache).build();

        assertThat(odd.modelFolder()).isEqualTo(cache.resolve("model-abababababab"));
    }

    @Test
    void aWrongChecksumStopsBeforeAnythingIsUnpacked() {
        server.serve(ZIP, ModelServer.Mode.WHOLE);
        String expected = "0".repeat(64);

        assertThatThrownBy(() -> downloader(expected).download(VoskModelDownloader.Progress.none()))
                .isInstanceOf(ProviderException.class)
                .isNotInstanceOf(ProviderUnavailableException.class)
                .hasMessageContaining("has SHA-256 " + ModelServer.sha256(ZIP))
                .hasMessageContaining("but " + expected + " was expected")
                .hasMessageContaining("not unpacked");
        assertThat(cache.resolve(NAME)).doesNotExist();
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void aDownloadThatBreaksOffIsRetriableAndLeavesNothingBehind() {
        server.serve(ZIP, ModelServer.Mode.TRUNCATED);

        assertThatThrownBy(() -> downloader(ModelServer.sha256(ZIP)).download(VoskModelDownloader.Progress.none()))
                .isInstanceOf(ProviderUnavailableException.class)
                .hasMessageContaining("broke off")
                .hasMessageContaining("of " + ZIP.length + " bytes")
                .satisfies(e -> assertThat(((ProviderException) e).isRetriable()).isTrue());
        assertThat(cache.resolve(NAME)).doesNotExist();
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void aDownloadWithoutAnnouncedSizeStillWorksAndReportsAnUnknownTotal() {
        server.serve(ZIP, ModelServer.Mode.NO_LENGTH);
        List<Long> totals = new ArrayList<>();

        Path model = downloader(ModelServer.sha256(ZIP)).download((done, total) -> totals.add(total));

        assertThat(model.resolve("am/final.mdl")).isRegularFile();
        assertThat(totals).containsOnly(-1L);
    }

    @Test
    void aMissingZipIsAConfigurationErrorNamingTheUrlSetting() {
        server.serve(ZIP, ModelServer.Mode.NOT_FOUND);

        assertThatThrownBy(() -> downloader(ModelServer.sha256(ZIP)).download(VoskModelDownloader.Progress.none()))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("HTTP 404")
                .hasMessageContaining(VoskConfig.MODEL_URL);
    }

    @Test
    void aSecretInTheUrlNeverAppearsInTheMessages() {
        // given a model behind a URL that carries a user, a password and a signature
        server.serve(ZIP, ModelServer.Mode.NOT_FOUND);
        URI plain = server.url(NAME + ".zip");
        URI signed = URI.create("http://reader:s3cret@" + plain.getHost() + ":" + plain.getPort() + plain.getPath()
                + "?X-Amz-Signature=abc123");
        var downloader = VoskModelDownloader.builder().url(signed).sha256(ModelServer.sha256(ZIP)).cacheDir(cache)
                .timeout(Duration.ofSeconds(5)).build();

        // when / then
        assertThat(downloader.shownUrl()).isEqualTo(plain.toString());
        assertThatThrownBy(() -> downloader.download(VoskModelDownloader.Progress.none()))
                .hasMessageContaining(plain.toString())
                .hasMessageNotContaining("s3cret").hasMessageNotContaining("abc123");
    }

    @Test
    void aServerErrorIsRetriable() {
        server.serve(ZIP, ModelServer.Mode.SERVER_ERROR);

        assertThatThrownBy(() -> downloader(ModelServer.sha256(ZIP)).download(VoskModelDownloader.Progress.none()))
                .isInstanceOf(ProviderUnavailableException.class)
                .hasMessageContaining("HTTP 503");
    }

    @Test
    void anUnreachableServerIsRetriableAndSaysHowToDoWithoutIt() {
        server.close();

        assertThatThrownBy(() -> downloader(ModelServer.sha256(ZIP)).download(VoskModelDownloader.Progress.none()))
                .isInstanceOf(ProviderUnavailableException.class)
                .hasMessageContaining("VOSK_MODEL_PATH");
    }

    @Test
    void aZipEntryThatEscapesTheFolderStopsTheExtraction() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put(NAME + "/am/final.mdl", "model");
        files.put(NAME + "/../../escaped.txt", "zip slip");
        byte[] evil = ModelServer.zip(files);
        server.serve(evil, ModelServer.Mode.WHOLE);

        assertThatThrownBy(() -> downloader(ModelServer.sha256(evil)).download(VoskModelDownloader.Progress.none()))
                .isInstanceOf(ProviderException.class)
                .hasMessageContaining("points outside its folder");
        assertThat(cache.resolve("escaped.txt")).doesNotExist();
        assertThat(cache.getParent().resolve("escaped.txt")).doesNotExist();
        assertThat(cache.resolve(NAME)).doesNotExist();
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void aZipWithAnAbsolutePathEntryStopsTheExtraction() {
        byte[] evil = ModelServer.zip(Map.of("/tmp/absolute-escape.txt", "zip slip"));
        server.serve(evil, ModelServer.Mode.WHOLE);

        assertThatThrownBy(() -> downloader(ModelServer.sha256(evil)).download(VoskModelDownloader.Progress.none()))
                .isInstanceOf(ProviderException.class)
                .hasMessageContaining("points outside its folder");
    }

    @Test
    void aZipWithoutAModelIsRejected() {
        byte[] notAModel = ModelServer.zip(Map.of("photos/cat.jpg", "meow"));
        server.serve(notAModel, ModelServer.Mode.WHOLE);

        assertThatThrownBy(() -> downloader(ModelServer.sha256(notAModel)).download(VoskModelDownloader.Progress.none()))
                .isInstanceOf(ProviderException.class)
                .hasMessageContaining("holds no Vosk model");
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void aFileThatIsNotAZipIsRejected() {
        byte[] html = "<html>Service moved</html>".getBytes();
        server.serve(html, ModelServer.Mode.WHOLE);

        assertThatThrownBy(() -> downloader(ModelServer.sha256(html)).download(VoskModelDownloader.Progress.none()))
                .isInstanceOf(ProviderException.class)
                .hasMessageContaining("is not a valid zip");
    }

    @Test
    void aZipThatUnpacksBeyondTheLimitIsStopped() {
        server.serve(ZIP, ModelServer.Mode.WHOLE);
        VoskModelDownloader small = VoskModelDownloader.builder().url(server.url(NAME + ".zip"))
                .sha256(ModelServer.sha256(ZIP)).cacheDir(cache).maxUnpackedBytes(10_000).build();

        assertThatThrownBy(() -> small.download(VoskModelDownloader.Progress.none()))
                .isInstanceOf(ProviderException.class)
                .hasMessageContaining("unpacks to more than");
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void theSettingsChooseUrlChecksumAndCacheAndACustomUrlNeedsAChecksum() {
        VoskModelDownloader configured = VoskModelDownloader.fromConfig(ConfigSource.of(Map.of(
                VoskConfig.MODEL_URL, "https://models.example.com/vosk-model-de-0.21.zip",
                VoskConfig.MODEL_SHA256, "AB".repeat(32),
                VoskConfig.CACHE_DIR, cache.toString())));

        assertThat(configured.modelFolder()).isEqualTo(cache.resolve("vosk-model-de-0.21"));
        assertThatThrownBy(() -> VoskModelDownloader.fromConfig(ConfigSource.of(Map.of(
                VoskConfig.MODEL_URL, "https://models.example.com/x.zip"))))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining(VoskConfig.MODEL_SHA256);
        assertThatThrownBy(() -> VoskModelDownloader.fromConfig(ConfigSource.of(Map.of(
                VoskConfig.MODEL_URL, "ftp://models.example.com/x.zip", VoskConfig.MODEL_SHA256, "ab".repeat(32)))))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("http(s) URL");
        assertThatThrownBy(() -> VoskModelDownloader.builder().sha256("123").build())
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("64 characters");
    }

    @Test
    void theDefaultsAreTheSmallEnglishModelAndItsPublishedChecksum() {
        VoskModelDownloader defaults = VoskModelDownloader.fromConfig(ConfigSource.empty());

        assertThat(defaults.url()).hasToString(VoskModelDownloader.DEFAULT_MODEL_URL);
        assertThat(defaults.modelFolder().getFileName()).hasToString(NAME);
        assertThat(defaults.cacheDir().endsWith(Path.of("aiinterview", "vosk"))).isTrue();
    }

    private VoskModelDownloader downloader(String sha256) {
        return VoskModelDownloader.builder().url(server.url(NAME + ".zip")).sha256(sha256).cacheDir(cache)
                .timeout(Duration.ofSeconds(5)).build();
    }

    private List<Path> leftovers() {
        try (Stream<Path> all = Files.list(cache)) {
            return all.filter(p -> p.getFileName().toString().startsWith(".")).toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ModelServer startServer() {
        try {
            return new ModelServer();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
