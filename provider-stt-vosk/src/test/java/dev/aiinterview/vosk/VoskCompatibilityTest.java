package dev.aiinterview.vosk;

import dev.aiinterview.spi.SpeechToTextProvider;
import dev.aiinterview.testkit.SpeechSample;
import dev.aiinterview.testkit.SpeechToTextCompatibilityKit;

/**
 * The kit's model-free part, always: id, capabilities, rejecting what is not audio. With no model here the sample
 * is {@code null}, so the kit skips recognition; {@link VoskCompatibilityIT} runs all of it on a real model.
 */
class VoskCompatibilityTest extends SpeechToTextCompatibilityKit {

    @Override
    protected SpeechToTextProvider createProvider() {
        return new VoskSpeechToTextProvider(new FakeRecognizers(), 16_000);
    }

    @Override
    protected SpeechSample sample() {
        return null;
    }
}
