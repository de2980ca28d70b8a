package dev.aiinterview.googlespeech;

import static dev.aiinterview.googlespeech.MockSpeechServer.result;

import dev.aiinterview.api.AudioInput;
import dev.aiinterview.spi.SpeechToTextProvider;
import dev.aiinterview.testkit.SpeechSample;
import dev.aiinterview.testkit.SpeechToTextCompatibilityKit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** The SDK's speech-to-text kit against MockSpeech answering as Cloud Speech would for the sample. */
class GoogleSpeechCompatibilityTest extends SpeechToTextCompatibilityKit {

    static final String SAID = "I led a team of five engineers to migrate our payment service to Kubernetes.";

    private final MockSpeechServer google = new MockSpeechServer();

    @BeforeEach
    void answerWithTheSample() {
        google.answer(result(SAID, 0.92f,
                "I", 300, 400, 0.97f, "led", 400, 700, 0.95f, "a", 700, 800, 0.93f, "team", 800, 1200, 0.96f,
                "of", 1200, 1300, 0.9f, "five", 1300, 1700, 0.94f, "engineers", 1700, 2400, 0.91f,
                "to", 2400, 2500, 0.88f, "migrate", 2500, 3000, 0.9f, "our", 3000, 3200, 0.85f,
                "payment", 3200, 3700, 0.93f, "service", 3700, 4200, 0.92f, "to", 4200, 4300, 0.87f,
                "Kubernetes.", 4300, 5200, 0.52f));
    }

    @AfterEach
    void stopTheServer() {
        google.close();
    }

    @Override
    protected SpeechToTextProvider createProvider() {
        return google.provider();
    }

    @Override
    protected SpeechSample sample() {
        return new SpeechSample(AudioInput.ofBytes(TestAudio.wav(16_000, 1, 5.5), "audio/wav"), SAID);
    }
}
