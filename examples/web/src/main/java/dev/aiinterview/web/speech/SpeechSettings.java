package dev.aiinterview.web.speech;

import dev.aiinterview.api.config.ConfigSource;

/**
 * How the web app gets its speech-to-text when none is configured: it downloads the small English Vosk model into
 * the data directory in the background and turns voice answers on when it is ready.
 *
 * @param download        whether that download may be made ({@value #DOWNLOAD}, default {@code true}); with
 *                        {@code false} the app runs without speech-to-text unless one is configured
 * @param defaultProvider the speech-to-text provider created from the downloaded model folder
 *                        ({@value #DEFAULT_PROVIDER}, default {@code vosk}); tests name a stand-in here
 */
public record SpeechSettings(boolean download, String defaultProvider) {

    /** Download the default speech model when no speech-to-text is configured; {@code false} opts out. */
    public static final String DOWNLOAD = "interview.web.stt-download";
    /** The provider made from the downloaded model folder (it reads {@code interview.vosk.model-path}). */
    public static final String DEFAULT_PROVIDER = "interview.web.stt-default-provider";
    /** The value of {@code interview.stt.provider} that turns speech-to-text off. */
    public static final String NONE = "none";

    /** Reads the settings; a value that is not true or false is an error naming the key. */
    public static SpeechSettings from(ConfigSource config) {
        return new SpeechSettings(config.getBoolean(DOWNLOAD, true), config.get(DEFAULT_PROVIDER, "vosk"));
    }
}
