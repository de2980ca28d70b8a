package dev.aiinterview.gemini;

import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static dev.aiinterview.gemini.GeminiWire.TRANSCRIBE;

import dev.aiinterview.api.AudioInput;
import dev.aiinterview.spi.SpeechToTextProvider;
import dev.aiinterview.testkit.SpeechSample;
import dev.aiinterview.testkit.SpeechToTextCompatibilityKit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Gemini transcription passes the SDK's speech-to-text kit against a double answering audio requests. */
class GeminiSpeechToTextCompatibilityTest extends SpeechToTextCompatibilityKit {

    @RegisterExtension
    static GeminiDouble.Extension server = GeminiDouble.extension();

    static final String SAID = "I led a team of five engineers to migrate our payment service to Kubernetes.";

    @BeforeEach
    void stubTranscription() {
        server.stubFor(post(TRANSCRIBE)
                .withRequestBody(matchingJsonPath("$.contents[0].parts[0].inlineData[?(@.mimeType == 'audio/wav')]"))
                .willReturn(GeminiWire.transcribed(SAID, "en-us")));
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
