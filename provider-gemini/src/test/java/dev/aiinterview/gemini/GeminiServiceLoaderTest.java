package dev.aiinterview.gemini;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aiinterview.spi.LlmProviderFactory;
import dev.aiinterview.spi.SpeechToTextProviderFactory;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

class GeminiServiceLoaderTest {

    @Test
    void serviceLoaderFindsGeminiAsAnLlmProvider() {
        assertThat(ServiceLoader.load(LlmProviderFactory.class).stream().map(p -> p.get()))
                .filteredOn(f -> f.id().equals("gemini"))
                .singleElement().isInstanceOf(GeminiLlmProviderFactory.class);
    }

    @Test
    void serviceLoaderFindsGeminiAsASpeechToTextProvider() {
        assertThat(ServiceLoader.load(SpeechToTextProviderFactory.class).stream().map(p -> p.get()))
                .filteredOn(f -> f.id().equals("gemini"))
                .singleElement().isInstanceOf(GeminiSpeechToTextProviderFactory.class);
    }
}
