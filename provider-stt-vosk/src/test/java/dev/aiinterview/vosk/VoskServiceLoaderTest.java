package dev.aiinterview.vosk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aiinterview.api.config.ConfigSource;
import dev.aiinterview.spi.SpeechToTextProviderFactory;
import java.util.Map;
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

    @Test
    void voskDeclaresItsEnvironmentVariableArtifactAndWhatConfiguresIt() {
        var vosk = new VoskSpeechToTextProviderFactory();

        assertThat(vosk.environmentAliases()).containsEntry(VoskConfig.MODEL_PATH, "VOSK_MODEL_PATH");
        assertThat(vosk.artifact()).contains("dev.aiinterview:provider-stt-vosk");
        assertThat(vosk.setupHint()).contains("VOSK_MODEL_PATH").contains(VoskConfig.DOWNLOAD);
        assertThat(vosk.isConfigured(ConfigSource.environment(Map.of("VOSK_MODEL_PATH", "/models/en")))).isTrue();
        assertThat(vosk.isConfigured(ConfigSource.of(Map.of(VoskConfig.DOWNLOAD, "true")))).isTrue();
        assertThat(vosk.isConfigured(ConfigSource.of(Map.of(VoskConfig.DOWNLOAD, "false")))).isFalse();
        assertThat(vosk.isConfigured(ConfigSource.empty())).isFalse();
    }
}
