package dev.aiinterview.vosk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aiinterview.api.config.ConfigSource;
import dev.aiinterview.api.error.ConfigurationException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What create() does with each kind of model setting; the model loads themselves fail, as no model is here. */
class VoskSpeechToTextProviderFactoryTest {

    @TempDir
    Path dir;

    private final VoskSpeechToTextProviderFactory factory = new VoskSpeechToTextProviderFactory();

    @Test
    void withNoModelConfiguredTheErrorIsOneLineSayingHowToGetOne() {
        ConfigSource config = ConfigSource.of(Map.of(VoskConfig.CACHE_DIR, dir.resolve("cache").toString()));

        assertThatThrownBy(() -> factory.create(config))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageNotContaining("\n")
                .hasMessageContaining("Vosk needs a speech model")
                .hasMessageContaining("set VOSK_MODEL_PATH")
                .hasMessageContaining("interview.vosk.download=true")
                .hasMessageContaining("https://alphacephei.com/vosk/models")
                .hasMessageContaining(dir.resolve("cache").toString());
    }

    @Test
    void aModelPathThatDoesNotExistIsNamedWithTheFix() {
        Path missing = dir.resolve("no-such-model");

        assertThatThrownBy(() -> factory.create(modelPath(missing)))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("'" + missing + "', which does not exist")
                .hasMessageContaining("VOSK_MODEL_PATH");
    }

    @Test
    void aModelPathThatIsTheZipItselfSaysToUnzipIt() throws IOException {
        Path zip = Files.write(dir.resolve("vosk-model-small-en-us-0.15.zip"), ModelServer.modelZip("m"));

        assertThatThrownBy(() -> factory.create(modelPath(zip)))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("unzip it");
    }

    @Test
    void aFolderWithoutAModelIsNotAModelFolder() throws IOException {
        Files.writeString(dir.resolve("notes.txt"), "hello");

        assertThatThrownBy(() -> factory.create(modelPath(dir)))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("not a Vosk model folder (no am/final.mdl)");
    }

    @Test
    void aFolderHoldingTheModelOneLevelDownPointsToIt() throws IOException {
        Path inner = dir.resolve("vosk-model-small-en-us-0.15");
        Files.createDirectories(inner.resolve("am"));
        Files.writeString(inner.resolve("am/final.mdl"), "x");

        assertThatThrownBy(() -> factory.create(modelPath(dir)))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("set interview.vosk.model-path to " + inner);
    }

    @Test
    void aModelDownloadedBeforeIsUsedWhenNoPathIsSet() throws IOException {
        VoskModelDownloader downloader = VoskModelDownloader.builder().cacheDir(dir).build();
        Path cached = downloader.modelFolder();
        Files.createDirectories(cached.resolve("am"));
        Files.writeString(cached.resolve("am/final.mdl"), "not really a model");
        Files.writeString(cached.resolve(VoskModelDownloader.MARKER), VoskModelDownloader.DEFAULT_MODEL_SHA256);

        // The real loader then rejects the fake model, naming the folder it was given: the cached one.
        assertThatThrownBy(() -> factory.create(ConfigSource.of(Map.of(VoskConfig.CACHE_DIR, dir.toString()))))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("Vosk could not load the model in " + cached);
    }

    @Test
    void withDownloadOnTheModelIsFetchedIntoTheCacheFirst() throws IOException {
        byte[] zip = ModelServer.modelZip("vosk-model-test");
        try (ModelServer server = new ModelServer().serve(zip, ModelServer.Mode.WHOLE)) {
            ConfigSource config = ConfigSource.of(Map.of(
                    VoskConfig.DOWNLOAD, "true",
                    VoskConfig.MODEL_URL, server.url("vosk-model-test.zip").toString(),
                    VoskConfig.MODEL_SHA256, ModelServer.sha256(zip),
                    VoskConfig.CACHE_DIR, dir.toString()));

            assertThatThrownBy(() -> factory.create(config))
                    .isInstanceOf(ConfigurationException.class)
                    .hasMessageContaining("Vosk could not load the model in " + dir.resolve("vosk-model-test"));
            assertThat(server.requests).hasValue(1);
        }
    }

    @Test
    void anInvalidSampleRateIsRejected() {
        assertThatThrownBy(() -> factory.create(ConfigSource.of(Map.of(VoskConfig.SAMPLE_RATE, "100"))))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining(VoskConfig.SAMPLE_RATE);
    }

    @Test
    void theModelPathAlsoComesFromTheConventionalEnvironmentVariable() {
        ConfigSource env = ConfigSource.environment(Map.of("VOSK_MODEL_PATH", dir.resolve("from-env").toString()));

        assertThatThrownBy(() -> factory.create(env))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining(dir.resolve("from-env") + "', which does not exist");
    }

    private static ConfigSource modelPath(Path path) {
        return ConfigSource.of(Map.of(VoskConfig.MODEL_PATH, path.toString()));
    }
}
