package dev.aiinterview.googlespeech;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aiinterview.api.config.ConfigSource;
import dev.aiinterview.spi.SpeechToTextProviderFactory;
import java.util.Map;
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

    @Test
    void googleSpeechDeclaresItsEnvironmentVariableArtifactAndWhatConfiguresIt() {
        var google = new GoogleSpeechToTextProviderFactory();

        assertThat(google.environmentAliases())
                .containsEntry(GoogleSpeechConfig.CREDENTIALS, "GOOGLE_APPLICATION_CREDENTIALS");
        assertThat(google.artifact()).contains("dev.aiinterview:provider-stt-google");
        assertThat(google.isConfigured(ConfigSource.environment(Map.of("GOOGLE_APPLICATION_CREDENTIALS", "/k.json"))))
                .isTrue();
        assertThat(google.isConfigured(ConfigSource.of(Map.of(GoogleSpeechConfig.API_KEY, "k")))).isTrue();
        assertThat(google.isConfigured(ConfigSource.empty())).isFalse();
    }
}
