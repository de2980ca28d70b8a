package dev.aiinterview.testkit;

import dev.aiinterview.api.AudioInput;
import dev.aiinterview.spi.SpeechToTextProvider;
import java.io.IOException;
import java.io.UncheckedIOException;

/** The playback fake passes the kit it ships with. */
class PlaybackSpeechToTextCompatibilityTest extends SpeechToTextCompatibilityKit {

    private static final String SAID = "I led a team of five engineers to migrate our payment service";

    @Override
    protected SpeechToTextProvider createProvider() {
        return new PlaybackSpeechToText().then(SAID, SAID, SAID);
    }

    @Override
    protected SpeechSample sample() {
        try {
            return new SpeechSample(AudioInput.ofBytes(TestWavs.tone(16_000, 1, 1), "audio/wav"), SAID);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
