package dev.aiinterview.vosk;

import dev.aiinterview.api.config.ConfigSource;
import dev.aiinterview.api.error.ConfigurationException;
import dev.aiinterview.spi.SpeechToTextProvider;
import dev.aiinterview.spi.SpeechToTextProviderFactory;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Discovers Vosk as a speech-to-text provider ({@code interview.stt.provider=vosk}). Construction is free; the model
 * is found and loaded in {@link #create(ConfigSource)}: the folder in {@value VoskConfig#MODEL_PATH}
 * ({@code VOSK_MODEL_PATH}), else a model {@link VoskModelDownloader} downloaded before, else (with
 * {@value VoskConfig#DOWNLOAD}{@code =true}) a fresh download. With none of these it fails with a
 * {@link ConfigurationException} whose one line says how to get a model.
 */
public final class VoskSpeechToTextProviderFactory implements SpeechToTextProviderFactory {

    /** The provider id used in configuration. */
    public static final String ID = "vosk";

    private static final Logger LOG = LoggerFactory.getLogger(VoskSpeechToTextProviderFactory.class);

    /** Discovery needs a public no-argument constructor; it does no work (the native library loads in create). */
    public VoskSpeechToTextProviderFactory() {
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Vosk offline speech recognition: WAV (any PCM, resampled to 16 kHz mono), word timings and "
                + "confidence, no network; needs a model folder (VOSK_MODEL_PATH)";
    }

    @Override
    public Map<String, String> environmentAliases() {
        return VoskConfig.ENVIRONMENT_ALIASES;
    }

    /**
     * A model folder is set, or downloading one is allowed. A model downloaded before is not looked for: that is
     * disk work, and the judgement here is made from the settings alone.
     */
    @Override
    public boolean isConfigured(ConfigSource config) {
        ConfigSource aliased = config.withAliases(VoskConfig.ENVIRONMENT_ALIASES);
        return aliased.get(VoskConfig.MODEL_PATH).isPresent() || aliased.getBoolean(VoskConfig.DOWNLOAD, false);
    }

    @Override
    public String setupHint() {
        return "set " + VoskConfig.MODEL_PATH + " (VOSK_MODEL_PATH) to a downloaded Vosk model, or "
                + VoskConfig.DOWNLOAD + "=true";
    }

    @Override
    public Optional<String> artifact() {
        return Optional.of("dev.aiinterview:provider-stt-vosk");
    }

    @Override
    public SpeechToTextProvider create(ConfigSource source) {
        ConfigSource config = source.withAliases(VoskConfig.ENVIRONMENT_ALIASES);
        VoskConfig settings = VoskConfig.from(config);
        Path folder = settings.modelPath()
                .map(path -> ModelFolders.check(path, VoskConfig.MODEL_PATH))
                .orElseGet(() -> downloadedModel(config, settings));
        return new VoskSpeechToTextProvider(VoskModel.acquire(folder), settings.sampleRate());
    }

    private static Path downloadedModel(ConfigSource config, VoskConfig settings) {
        VoskModelDownloader downloader = VoskModelDownloader.fromConfig(config);
        Optional<Path> cached = downloader.cachedModel();
        if (cached.isPresent()) {
            LOG.info("Using the Vosk model downloaded before: {}", cached.get());
            return cached.get();
        }
        if (!settings.download()) {
            throw new ConfigurationException(VoskConfig.noModelMessage(downloader.cacheDir()));
        }
        LOG.info("Downloading the Vosk model {} into {}", downloader.shownUrl(), downloader.cacheDir());
        return downloader.download(new LoggedProgress());
    }

    /** Logs every tenth of the download, for hosts that show no progress bar of their own. */
    private static final class LoggedProgress implements VoskModelDownloader.Progress {
        private int lastTenth = -1;

        @Override
        public void onProgress(long done, long total) {
            int tenth = total > 0 ? (int) (done * 10 / total) : (int) (done >> 23);  // or every 8 MiB
            if (tenth != lastTenth) {
                lastTenth = tenth;
                LOG.info("Vosk model download: {} MB{}", done >> 20, total > 0 ? " of " + (total >> 20) + " MB" : "");
            }
        }
    }
}
