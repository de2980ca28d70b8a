package dev.aiinterview.vosk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aiinterview.spi.SpeechToTextProviderFactory;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

class VoskServiceLoaderTest {

    @Test
    void serviceLoaderFindsVoskAsASpeechToTextProvider() {
        assertThat(ServiceLoader.load(SpeechToTextProviderFactory.class).stream().map(ServiceLoader.Provider::get))
                .filteredOn(f -> f.id().equals("vosk"))
                .singleElement()
                .isInstanceOf(VoskSpeechToTextProviderFactory.class)
                .satisfies(f -> assertThat(f.description()).contains("VOSK_MODEL_PATH"));
    }
}
