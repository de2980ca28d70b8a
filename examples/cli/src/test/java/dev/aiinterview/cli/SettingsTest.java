package dev.aiinterview.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aiinterview.api.config.ConfigSource;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingsTest {

    private static final List<String> ALL = List.of("gemini", "vosk", "google-speech");

    @Test
    void geminiIsTheDefaultLlmAndSpeechToTextWhenItsKeyIsSet() {
        var config = ConfigSource.of(Map.of("interview.gemini.api-key", "k", "interview.vosk.model-path", "/m"));
        assertThat(Settings.defaultLlm(config, List.of("offline", "gemini"))).isEqualTo("gemini");
        assertThat(Settings.defaultSpeechToText(config, ALL)).isEqualTo("gemini");
    }

    @Test
    void withoutAKeyTheLlmIsOfflineAndVoskTranscribesWhenAModelIsConfigured() {
        var config = ConfigSource.of(Map.of("interview.vosk.model-path", "/m"));
        assertThat(Settings.defaultLlm(config, List.of("offline", "gemini"))).isEqualTo("offline");
        assertThat(Settings.defaultSpeechToText(config, ALL)).isEqualTo("vosk");
    }

    @Test
    void withNeitherTheChoiceIsLeftToTheSdk() {
        assertThat(Settings.defaultSpeechToText(ConfigSource.empty(), ALL)).isNull();
    }
}
