package dev.aiinterview.web.speech;

import dev.aiinterview.api.config.ConfigSource;
import dev.aiinterview.spi.SpeechToTextProviderFactory;
import dev.aiinterview.vosk.VoskConfig;
import dev.aiinterview.vosk.VoskModelDownloader;
import io.javalin.config.JavalinConfig;
import io.javalin.http.HttpStatus;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The web app's speech-to-text as it was chosen at start: a configured engine, none, or the default engine whose
 * model is fetched in the background into {@code <data-dir>/models} (see {@link DefaultSpeechModel}). It gives the
 * interviewer its speech-to-text factories, and the candidate and recruiter pages the {@link VoiceAnswers} status.
 */
public final class SpeechSetup implements AutoCloseable {

    private final VoiceAnswers voice;
    private final List<SpeechToTextProviderFactory> factories;
    private final DefaultSpeechModel model;

    private SpeechSetup(VoiceAnswers voice, List<SpeechToTextProviderFactory> factories, DefaultSpeechModel model) {
        this.voice = voice;
        this.factories = factories;
        this.model = model;
    }

    /**
     * Speech-to-text as configured.
     *
     * @param stt       the provider id, or {@code null} for none
     * @param factories the factories of it and its fallback
     * @param noStt     why there is none and what setting changes that; ignored when {@code stt} is set
     */
    public static SpeechSetup configured(String stt, List<SpeechToTextProviderFactory> factories, String noStt) {
        VoiceStatus status = stt != null ? VoiceStatus.on(stt) : VoiceStatus.off(noStt, null);
        return new SpeechSetup(new VoiceAnswers(status), List.copyOf(factories), null);
    }

    /**
     * The default engine, made by {@code factory} from a model downloaded into {@code <dataDir>/models} (unless
     * {@value VoskConfig#CACHE_DIR} says elsewhere) from {@value VoskConfig#MODEL_URL}. A bad download setting
     * fails here, at start; the download itself starts with {@link #start()}.
     */
    public static SpeechSetup downloading(SpeechToTextProviderFactory factory, ConfigSource config, Path dataDir) {
        ConfigSource withCache = config.orElse(ConfigSource.of(Map.of(VoskConfig.CACHE_DIR,
                dataDir.resolve("models").toString())));
        var downloader = VoskModelDownloader.fromConfig(withCache);
        var late = new LateSpeechToText(factory.id());
        var voice = new VoiceAnswers(VoiceStatus.preparing(factory.id(), "Preparing the speech model.", 0, -1));
        var model = new DefaultSpeechModel(factory, withCache, downloader, voice, late,
                DefaultSpeechModel.RETRY_DELAYS);
        return new SpeechSetup(voice, List.of(late.factory()), model);
    }

    /** The speech-to-text factories for the interviewer. */
    public List<SpeechToTextProviderFactory> factories() {
        return factories;
    }

    /** Whether candidates can answer by voice now, and the recruiter's status line. */
    public VoiceAnswers voice() {
        return voice;
    }

    /** Starts fetching the default model, if there is one to fetch; returns at once. */
    public void start() {
        if (model != null) {
            model.start();
        }
    }

    /** One line for the start-up log. */
    public String describe() {
        VoiceStatus s = voice.status();
        return switch (s.state()) {
            case ON -> "'" + s.engine() + "'";
            case OFF -> "none (" + s.detail() + ")";
            default -> "'" + s.engine() + "' once its model is ready (until then candidates type)";
        };
    }

    /** The recruiter's "Try again" after a failed download; the recruiter's sign-in and CSRF token are checked. */
    public void register(JavalinConfig config) {
        config.routes.post(VoiceAnswers.RETRY_PATH, ctx -> {
            if (model != null) {
                model.retry();
            }
            ctx.redirect("/recruiter/interviews", HttpStatus.SEE_OTHER);
        });
    }

    @Override
    public void close() {
        if (model != null) {
            model.close();
        }
    }
}
