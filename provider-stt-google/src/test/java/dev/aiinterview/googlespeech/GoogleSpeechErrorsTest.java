package dev.aiinterview.googlespeech;

import static dev.aiinterview.googlespeech.MockSpeechServer.result;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.protobuf.Any;
import com.google.rpc.Code;
import com.google.rpc.RetryInfo;
import dev.aiinterview.api.AudioInput;
import dev.aiinterview.api.Transcript;
import dev.aiinterview.api.error.AuthenticationException;
import dev.aiinterview.api.error.InterviewException;
import dev.aiinterview.api.error.InvalidRequestException;
import dev.aiinterview.api.error.ProviderException;
import dev.aiinterview.api.error.ProviderTimeoutException;
import dev.aiinterview.api.error.ProviderUnavailableException;
import dev.aiinterview.api.error.RateLimitedException;
import dev.aiinterview.spi.SpeechToTextProvider;
import dev.aiinterview.spi.TranscriptionOptions;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** gRPC failures from MockSpeech become the SDK's exceptions; no gax or gRPC type escapes. */
class GoogleSpeechErrorsTest {

    private static final AudioInput AUDIO = AudioInput.ofBytes(TestAudio.wav(16_000, 1, 1.0), "audio/wav");

    private final MockSpeechServer google = new MockSpeechServer();
    private final SpeechToTextProvider provider = google.provider(Map.of());

    @AfterEach
    void stop() {
        provider.close();
        google.close();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "UNAUTHENTICATED, AuthenticationException, false",
        "PERMISSION_DENIED, AuthenticationException, false",
        "RESOURCE_EXHAUSTED, RateLimitedException, true",
        "UNAVAILABLE, ProviderUnavailableException, true",
        "INTERNAL, ProviderUnavailableException, true",
        "DEADLINE_EXCEEDED, ProviderTimeoutException, true",
        "INVALID_ARGUMENT, InvalidRequestException, false",
        "NOT_FOUND, InvalidRequestException, false",
        "CANCELLED, ProviderException, false",
    })
    void aGrpcStatusBecomesTheMatchingSdkException(Status.Code code, String expected, boolean retriable) {
        google.speech.addException(new StatusRuntimeException(Status.fromCode(code).withDescription("details here")));

        Throwable thrown = catchFailure();

        assertThat(thrown.getClass().getSimpleName()).isEqualTo(expected);
        assertThat(thrown.getClass().getPackageName()).isEqualTo("dev.aiinterview.api.error");
        assertThat(((InterviewException) thrown).isRetriable()).isEqualTo(retriable);
        assertThat(((ProviderException) thrown).provider()).isEqualTo("google-speech");
        assertThat(thrown).hasMessageContaining("Google Cloud Speech answered " + code + ": details here");
    }

    @Test
    void rejectedCredentialsNameTheSettingToFix() {
        google.speech.addException(new StatusRuntimeException(Status.PERMISSION_DENIED
                .withDescription("Cloud Speech-to-Text API has not been used in project 42")));

        assertThat(catchFailure())
                .isInstanceOf(AuthenticationException.class)
                .hasMessageContaining("has not been used in project 42")
                .hasMessageContaining("GOOGLE_APPLICATION_CREDENTIALS")
                .hasMessageContaining("gcloud auth application-default login");
    }

    @Test
    void aQuotaErrorCarriesTheDelayGoogleAskedFor() {
        com.google.rpc.Status status = com.google.rpc.Status.newBuilder()
                .setCode(Code.RESOURCE_EXHAUSTED_VALUE).setMessage("Quota exceeded")
                .addDetails(Any.pack(RetryInfo.newBuilder()
                        .setRetryDelay(com.google.protobuf.Duration.newBuilder().setSeconds(7)).build()))
                .build();
        google.speech.addException(StatusProto.toStatusRuntimeException(status));

        Throwable thrown = catchFailure();

        assertThat(thrown).isInstanceOf(RateLimitedException.class).hasMessageContaining("retry after 7000 ms");
        assertThat(((RateLimitedException) thrown).retryAfter()).contains(Duration.ofSeconds(7));
    }

    @Test
    void anUnknownModelIsAnInvalidRequestPointingAtTheModelSetting() {
        google.speech.addException(new StatusRuntimeException(Status.INVALID_ARGUMENT
                .withDescription("Invalid recognition 'config': model 'latest_huge' not supported")));

        assertThat(catchFailure()).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining(GoogleSpeechConfig.MODEL);
    }

    @Test
    void givenATransientOutageThenTheProviderItselfMakesOneAttemptAndLeavesRetriesToTheWrapper() {
        google.speech.addException(new StatusRuntimeException(Status.UNAVAILABLE));
        google.answer(result("never asked", 0.9f));

        assertThat(catchFailure()).isInstanceOf(ProviderUnavailableException.class);
        assertThat(google.headers).hasSize(1);
    }

    @Test
    void oneFailedChunkFailsTheWholeTranscriptionRatherThanLeaveAHole() {
        // given a 130 s answer (three chunks), one of whose requests Google refuses
        google.speech.addException(new StatusRuntimeException(Status.PERMISSION_DENIED.withDescription("denied")));
        AudioInput longAnswer = AudioInput.ofBytes(TestAudio.wav(16_000, 1, 130.0), "audio/wav");

        // when / then
        assertThatThrownBy(() -> provider.transcribe(longAnswer, TranscriptionOptions.defaults()))
                .isInstanceOf(AuthenticationException.class)
                .hasMessageContaining("denied");
        assertThat(google.recognizeRequests()).isNotEmpty();
    }

    @Test
    void chunksGoogleDoesNotAnswerInTimeAreATimeout() {
        try (SpeechToTextProvider impatient = google.provider(Map.of(GoogleSpeechConfig.TIMEOUT, "300ms"))) {
            google.speech.neverAnswer();

            assertThatThrownBy(() -> impatient.transcribe(AudioInput.ofBytes(TestAudio.wav(16_000, 1, 70.0),
                    "audio/wav"), TranscriptionOptions.defaults()))
                    .isInstanceOf(ProviderTimeoutException.class)
                    .hasMessageContaining(GoogleSpeechConfig.TIMEOUT);
        }
    }

    @Test
    void inlineAudioGoogleFindsTooLongPointsAtTheChunkLengthSetting() {
        google.speech.addException(new StatusRuntimeException(Status.INVALID_ARGUMENT.withDescription(
                StrictMockSpeech.SYNC_TOO_LONG)));

        assertThat(catchFailure()).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining(GoogleSpeechConfig.CHUNK_LENGTH);
    }

    @Test
    void theExceptionClassesAreTheSdksOwn() {
        google.speech.addException(new StatusRuntimeException(Status.UNAVAILABLE));

        assertThat(catchFailure()).isExactlyInstanceOf(ProviderUnavailableException.class);
    }

    private Throwable catchFailure() {
        try {
            provider.transcribe(AUDIO, TranscriptionOptions.defaults());
        } catch (RuntimeException e) {
            return e;
        }
        throw new AssertionError("the call did not fail");
    }
}
