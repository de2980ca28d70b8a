package dev.aiinterview.web.speech;

import dev.aiinterview.api.config.ConfigSource;
import dev.aiinterview.api.error.ProviderUnavailableException;
import dev.aiinterview.spi.SpeechToTextProvider;
import dev.aiinterview.spi.SpeechToTextProviderFactory;
import dev.aiinterview.vosk.VoskConfig;
import dev.aiinterview.vosk.VoskModelDownloader;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gets the default speech model on a thread of its own while the server already serves: a model downloaded
 * before is reused with no network; else it is downloaded and checked ({@link VoskModelDownloader}), with progress
 * in the log every tenth and in {@link VoiceAnswers}. Then the provider is made from the model folder and voice
 * answers turn on. A network failure is tried again by itself after each of {@link #RETRY_DELAYS} (three
 * attempts in all), then no more; any failure can be tried again by the recruiter, one attempt at a time, which
 * starts a fresh round.
 */
final class DefaultSpeechModel implements AutoCloseable {

    static final List<Duration> RETRY_DELAYS = List.of(Duration.ofSeconds(30), Duration.ofMinutes(2));

    private static final DateTimeFormatter CLOCK_TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final Logger LOG = LoggerFactory.getLogger(DefaultSpeechModel.class);

    private final SpeechToTextProviderFactory factory;
    private final ConfigSource config;
    private final VoskModelDownloader downloader;
    private final VoiceAnswers voice;
    private final LateSpeechToText target;
    private final List<Duration> retryDelays;
    private final ScheduledExecutorService thread;
    /** Set while an attempt runs, so that a retry never starts a second download beside it. */
    private final AtomicBoolean running = new AtomicBoolean();
    private volatile ScheduledFuture<?> pending;
    private int attempts;

    DefaultSpeechModel(SpeechToTextProviderFactory factory, ConfigSource config, VoskModelDownloader downloader,
                       VoiceAnswers voice, LateSpeechToText target, List<Duration> retryDelays) {
        this.factory = factory;
        this.config = config;
        this.downloader = downloader;
        this.voice = voice;
        this.target = target;
        this.retryDelays = List.copyOf(retryDelays);
        this.thread = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "interview-speech-model");
            t.setDaemon(true);  // a download never keeps the JVM alive
            return t;
        });
    }

    /** Starts the first attempt. */
    void start() {
        pending = thread.schedule(this::attempt, 0, TimeUnit.SECONDS);
    }

    /** The recruiter's "try again": starts an attempt now, unless one is running or voice answers are on. */
    void retry() {
        if (voice.status().state() != VoiceStatus.State.FAILED || running.get() || thread.isShutdown()) {
            return;
        }
        ScheduledFuture<?> automatic = pending;
        if (automatic != null) {
            automatic.cancel(false);
        }
        synchronized (this) {
            attempts = 0;  // a fresh round of automatic attempts
        }
        pending = thread.schedule(this::attempt, 0, TimeUnit.SECONDS);
    }

    private void attempt() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        int attempt;
        synchronized (this) {
            attempt = ++attempts;
        }
        try {
            Path folder = downloader.cachedModel().map(cached -> {
                LOG.info("Speech model: using the one downloaded before, {}", cached);
                return cached;
            }).orElseGet(this::download);
            voice.set(VoiceStatus.preparing(factory.id(), "Loading the speech model.", 0, -1));
            SpeechToTextProvider provider = create(folder);
            target.install(provider);
            voice.set(VoiceStatus.on(factory.id()));
            LOG.info("Voice answers on: {} transcribes spoken answers (model {})", factory.id(), folder);
        } catch (ProviderUnavailableException e) {
            failed(e.getMessage(), attempt, attempt <= retryDelays.size() ? retryDelays.get(attempt - 1) : null,
                    "press Try again once this server can reach " + downloader.url().getHost());
        } catch (RuntimeException e) {
            // A bad checksum, a zip that is no model, a 4xx, a full disk: trying again by itself would not help.
            failed(e.getMessage(), attempt, null, "correct the setting named above (or remove "
                    + VoskConfig.MODEL_URL + " and " + VoskConfig.MODEL_SHA256 + " for the default model), free "
                    + "disk space if that is short, and press Try again");
        } finally {
            running.set(false);
        }
    }

    private Path download() {
        LOG.info("Speech model: downloading {} into {} (once; voice answers turn on when it is ready)",
                downloader.shownUrl(), downloader.cacheDir());
        var progress = new LoggedProgress();
        return downloader.download(progress::report);
    }

    private SpeechToTextProvider create(Path folder) {
        try {
            return factory.create(ConfigSource.of(Map.of(VoskConfig.MODEL_PATH, folder.toString())).orElse(config));
        } catch (RuntimeException e) {
            throw new IllegalStateException("The speech model in " + folder + " could not be loaded ("
                    + e.getMessage() + "); delete that folder to download it again", e);
        }
    }

    private void failed(String why, int attempt, Duration retryIn, String firstFix) {
        if (thread.isShutdown()) {
            return;  // the app is stopping: the attempt was cut short on purpose
        }
        String detail = why + (why.endsWith(".") ? "" : ".");
        if (retryIn != null) {
            // A time, not "in 30 s": the recruiter may read the page long after it was written.
            detail += " It is tried again by itself at " + CLOCK_TIME.format(LocalTime.now(ZoneOffset.UTC)
                    .plus(retryIn)) + " UTC (attempt " + (attempt + 1) + " of " + (retryDelays.size() + 1)
                    + ").";
            pending = thread.schedule(this::attempt, retryIn.toMillis(), TimeUnit.MILLISECONDS);
        }
        String fix = "To fix it: " + firstFix + "; or unzip a Vosk model on this machine and set VOSK_MODEL_PATH (-D"
                + VoskConfig.MODEL_PATH + ") to its folder; or set " + SpeechSettings.DOWNLOAD + "=false to run "
                + "with typed answers only.";
        voice.set(VoiceStatus.failed(factory.id(), detail, fix, true));
        LOG.warn("Voice answers are not available: {} {}", detail, fix);
    }

    /** Stops the attempts; a download in progress is abandoned when its next bytes arrive. */
    @Override
    public void close() {
        thread.shutdownNow();
    }

    /** Shows the download in the recruiter's banner as it goes, and logs every tenth of it. */
    private final class LoggedProgress {
        private int lastTenth = -1;

        void report(long done, long total) {
            if (thread.isShutdown()) {
                // Interrupting does not stop a read from the HTTP client; this does, at the next bytes, and the
                // downloader then deletes what it had written.
                throw new CancellationException("The app is stopping: the speech model download was abandoned");
            }
            voice.set(VoiceStatus.preparing(factory.id(), "Downloading the speech model: "
                    + VoiceStatus.progress(done, total) + ".", done, total));
            int tenth = total > 0 ? (int) (done * 10 / total) : (int) (done >> 22);  // else every 4 MiB
            if (tenth != lastTenth) {
                lastTenth = tenth;
                LOG.info("Speech model download: {}", VoiceStatus.progress(done, total));
            }
        }
    }
}
