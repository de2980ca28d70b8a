package dev.aiinterview.testkit;

import dev.aiinterview.api.config.ConfigSource;
import dev.aiinterview.spi.SpeechToTextProvider;
import dev.aiinterview.spi.SpeechToTextProviderFactory;
import java.util.Arrays;
import java.util.Optional;

/**
 * Registers {@link PlaybackSpeechToText} under the id {@code playback}. Transcripts to play back can be given in
 * {@code interview.playback.transcripts}, separated by {@code |}; end-to-end tests use this to script what the
 * "microphone" said.
 */
public final class PlaybackSpeechToTextFactory implements SpeechToTextProviderFactory {

    /** Transcripts to play back, separated by {@code |}. */
    public static final String TRANSCRIPTS = "interview.playback.transcripts";

    @Override
    public String id() {
        return "playback";
    }

    @Override
    public String description() {
        return "Plays back scripted transcripts, for tests (interview-testkit)";
    }

    @Override
    public Optional<String> artifact() {
        return Optional.of("dev.aiinterview:interview-testkit");
    }

    @Override
    public SpeechToTextProvider create(ConfigSource config) {
        var stt = new PlaybackSpeechToText(id());
        config.get(TRANSCRIPTS).ifPresent(all -> stt.then(Arrays.stream(all.split("\\|"))
                .map(String::strip).filter(s -> !s.isEmpty()).toArray(String[]::new)));
        return stt;
    }
}
