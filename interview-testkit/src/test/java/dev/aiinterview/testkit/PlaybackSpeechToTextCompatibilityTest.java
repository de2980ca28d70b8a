package dev.aiinterview.testkit;

import dev.aiinterview.api.AudioInput;
import dev.aiinterview.spi.SpeechToTextProvider;

/** The playback fake passes the kit it ships with. */
class PlaybackSpeechToTextCompatibilityTest extends SpeechToTextCompatibilityKit {

    private static final String SAID = "I led a team of five engineers to migrate our payment service";

    @Override
    protected SpeechToTextProvider createProvider() {
        return new PlaybackSpeechToText().then(SAID, SAID, SAID);
    }

    @Override
    protected SpeechSample sample() {
        return new SpeechSample(AudioInput.ofBytes(TestAudio.toneWav(16_000, 1, 1), "audio/wav"), SAID);
    }
}
