package dev.aiinterview.googlespeech;

import static dev.aiinterview.googlespeech.MockSpeechServer.result;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aiinterview.api.AudioInput;
import dev.aiinterview.api.Transcript;
import dev.aiinterview.api.config.ConfigSource;
import dev.aiinterview.api.error.AuthenticationException;
import dev.aiinterview.core.event.EventBus;
import dev.aiinterview.core.llm.CallScope;
import dev.aiinterview.core.llm.Retries;
import dev.aiinterview.core.llm.RetryPolicy;
import dev.aiinterview.core.llm.SpeechGateway;
import dev.aiinterview.spi.SpeechToTextProvider;
import dev.aiinterview.spi.TranscriptionOptions;
import dev.aiinterview.testkit.InstantScheduler;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Google Cloud Speech makes one gRPC attempt per call (gax retries are off); the SDK's wrapper retries the statuses
 * {@link GoogleSpeechExceptions} maps to retriable exceptions. The outage test moved here from
 * {@code GoogleSpeechErrorsTest} when gax stopped retrying.
 */
class GoogleSpeechThroughGatewayTest {

    private static final AudioInput AUDIO = AudioInput.ofBytes(TestAudio.wav(16_000, 1, 1.0), "audio/wav");

    private final MockSpeechServer google = new MockSpeechServer();
    private final InstantScheduler scheduler = new InstantScheduler();

    @AfterEach
    void stop() {
        scheduler.shutdownNow();
        google.close();
    }

    @Test
    void aTransientOutageIsRetriedByTheWrapperUpToMaxAttempts() {
        try (SpeechToTextProvider patient = google.provider(Map.of())) {
            google.speech.addException(new StatusRuntimeException(Status.UNAVAILABLE));
            google.answer(result("second time lucky", 0.9f));

            Transcript t = gateway(patient, Map.of("interview.stt.max-attempts", "3"))
                    .transcribe(AUDIO, TranscriptionOptions.defaults(), CallScope.none());

            assertThat(t.text()).isEqualTo("second time lucky");
            assertThat(google.headers).hasSize(2);
            assertThat(scheduler.delays()).hasSize(1);
        }
    }

    @Test
    void givenRejectedCredentialsThenTheWrapperDoesNotRetry() {
        try (SpeechToTextProvider provider = google.provider(Map.of())) {
            google.speech.addException(new StatusRuntimeException(Status.PERMISSION_DENIED.withDescription("no")));

            assertThatThrownBy(() -> gateway(provider, Map.of()).transcribe(AUDIO, TranscriptionOptions.defaults(),
                    CallScope.none())).isInstanceOf(AuthenticationException.class);
            assertThat(google.headers).hasSize(1);
            assertThat(scheduler.delays()).isEmpty();
        }
    }

    private SpeechGateway gateway(SpeechToTextProvider provider, Map<String, String> settings) {
        return new SpeechGateway(provider, null, new Retries(RetryPolicy.speechToText(ConfigSource.of(settings)),
                scheduler, Runnable::run, Clock.systemUTC()), new EventBus(List.of()));
    }
}
