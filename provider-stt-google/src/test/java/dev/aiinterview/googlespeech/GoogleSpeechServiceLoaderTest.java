package dev.aiinterview.googlespeech;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aiinterview.spi.SpeechToTextProviderFactory;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

class GoogleSpeechServiceLoaderTest {

    @Test
    void serviceLoaderFindsGoogleSpeechAsASpeechToTextProvider() {
        assertThat(ServiceLoader.load(SpeechToTextProviderFactory.class).stream().map(ServiceLoader.Provider::get))
                .filteredOn(f -> f.id().equals("google-speech"))
                .singleElement()
                .isInstanceOf(GoogleSpeechToTextProviderFactory.class)
                .satisfies(f -> assertThat(f.description()).contains("GOOGLE_APPLICATION_CREDENTIALS"));
    }
}
