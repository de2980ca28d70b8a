package dev.aiinterview.googlespeech;

import dev.aiinterview.api.AudioInput;
import dev.aiinterview.spi.SpeechToTextProvider;
import dev.aiinterview.testkit.SpeechSample;
import dev.aiinterview.testkit.SpeechToTextCompatibilityKit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;

/**
 * The SDK's speech-to-text kit with a 150-second WebM answer, through the strict double that refuses inline audio
 * over a minute and hears each tone burst as a word: the chunked path must pass the kit as a short answer does.
 */
class GoogleSpeechLongAnswerCompatibilityTest extends SpeechToTextCompatibilityKit {

    private final MockSpeechServer google = new MockSpeechServer();

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
        return new SpeechSample(AudioInput.ofBytes(GoogleSpeechLongAnswerTest.WEBM, "audio/webm"),
                GoogleSpeechLongAnswerTest.BURSTS.stream().map(TestAudio.Burst::word).collect(Collectors.joining(" ")));
    }

    @Override
    protected double minimumWordRecall() {
        return 1.0;
    }
}
