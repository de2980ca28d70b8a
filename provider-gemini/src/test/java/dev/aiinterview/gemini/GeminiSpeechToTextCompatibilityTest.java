package dev.aiinterview.gemini;

import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.aiinterview.gemini.GeminiWire.GENERATE;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.aiinterview.api.AudioInput;
import dev.aiinterview.spi.SpeechToTextProvider;
import dev.aiinterview.testkit.SpeechSample;
import dev.aiinterview.testkit.SpeechToTextCompatibilityKit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Gemini transcription passes the SDK's speech-to-text kit against a double answering audio requests. */
class GeminiSpeechToTextCompatibilityTest extends SpeechToTextCompatibilityKit {

    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    static final String SAID = "I led a team of five engineers to migrate our payment service to Kubernetes.";

    @BeforeEach
    void stubTranscription() {
        server.stubFor(post(GENERATE)
                .withRequestBody(matchingJsonPath("$.contents[0].parts[1].inlineData[?(@.mimeType == 'audio/wav')]"))
                .willReturn(GeminiWire.reply("{\"text\": \"" + SAID + "\", \"language\": \"en-US\"}")));
    }

    @Override
    protected SpeechToTextProvider createProvider() {
        return new GeminiSpeechToTextProviderFactory().create(GeminiWire.config(server));
    }

    @Override
    protected SpeechSample sample() {
        return new SpeechSample(AudioInput.ofBytes(TestAudio.wav(0.3), "audio/wav"), SAID);
    }
}
