package dev.aiinterview.vosk;

import dev.aiinterview.api.config.ConfigSource;
import dev.aiinterview.spi.SpeechToTextProvider;
import dev.aiinterview.testkit.SpeechSample;
import dev.aiinterview.testkit.SpeechToTextCompatibilityKit;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** The whole compatibility kit on a real model: runs when VOSK_MODEL_PATH names one. */
@EnabledIfEnvironmentVariable(named = "VOSK_MODEL_PATH", matches = ".+")
class VoskCompatibilityIT extends SpeechToTextCompatibilityKit {

    @Override
    protected SpeechToTextProvider createProvider() {
        return new VoskSpeechToTextProviderFactory().create(ConfigSource.defaults());
    }

    @Override
    protected SpeechSample sample() {
        return SpeechSamples.sample();
    }
}
