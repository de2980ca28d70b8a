package dev.aiinterview.gemini;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static dev.aiinterview.gemini.GeminiWire.TRANSCRIBE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aiinterview.api.AudioInput;
import dev.aiinterview.api.Transcript;
import dev.aiinterview.api.config.ConfigKeys;
import dev.aiinterview.api.config.ConfigSource;
import dev.aiinterview.api.error.InvalidRequestException;
import dev.aiinterview.api.error.ProviderUnavailableException;
import dev.aiinterview.api.error.RateLimitedException;
import dev.aiinterview.core.event.EventBus;
import dev.aiinterview.core.llm.CallScope;
import dev.aiinterview.core.llm.Retries;
import dev.aiinterview.core.llm.RetryPolicy;
import dev.aiinterview.core.llm.SpeechGateway;
import dev.aiinterview.spi.TranscriptionOptions;
import dev.aiinterview.testkit.InstantScheduler;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Gemini transcribes with one attempt per call; the SDK's wrapper around it retries with backoff, honours the delay
 * Gemini asks for and stops at {@code interview.stt.max-attempts}. These tests moved here from the provider's own
 * test when its retry loop was removed.
 */
class GeminiTranscriptionThroughGatewayTest {

    @RegisterExtension
    static GeminiDouble.Extension server = GeminiDouble.extension();

    static final String SAID = GeminiSpeechToTextProviderTest.SAID;

    private final InstantScheduler scheduler = new InstantScheduler();
    private GeminiSpeechToTextProvider provider;
    private SpeechGateway gateway;

    GeminiTranscriptionThroughGatewayTest() {
        useGateway();
    }

    @AfterEach
    void close() {
        provider.close();
        scheduler.shutdownNow();
    }

    @Test
    void anOverloadIsRetriedWithBackoffUntilItSucceeds() {
        // given
        server.stubFor(post(TRANSCRIBE).inScenario("flaky").whenScenarioStateIs(STARTED).willSetStateTo("second")
                .willReturn(GeminiWire.error(503, "UNAVAILABLE", "The model is overloaded. Please try again later.")));
        server.stubFor(post(TRANSCRIBE).inScenario("flaky").whenScenarioStateIs("second").willSetStateTo("third")
                .willReturn(GeminiWire.error(500, "INTERNAL", "An internal error has occurred.")));
        server.stubFor(post(TRANSCRIBE).inScenario("flaky").whenScenarioStateIs("third")
                .willReturn(GeminiWire.transcribed(SAID, "en-us")));
        useGateway(ConfigKeys.STT_RETRY_DELAY, "100ms");

        // when
        Transcript transcript = transcribe();

        // then
        assertThat(transcript.text()).isEqualTo(SAID);
        server.verify(3, postRequestedFor(urlEqualTo(TRANSCRIBE)));
        assertThat(scheduler.delays()).hasSize(2);
        assertThat(scheduler.delays().get(0)).isBetween(Duration.ofMillis(50), Duration.ofMillis(100));
        assertThat(scheduler.delays().get(1)).isBetween(Duration.ofMillis(100), Duration.ofMillis(200));
    }

    @Test
    void retriesStopAtMaxAttempts() {
        // given
        server.stubFor(post(TRANSCRIBE).willReturn(GeminiWire.error(503, "UNAVAILABLE", "The model is overloaded.")));
        useGateway(ConfigKeys.STT_MAX_ATTEMPTS, "2");

        // when / then
        assertThatThrownBy(() -> transcribe()).isInstanceOf(ProviderUnavailableException.class);
        server.verify(2, postRequestedFor(urlEqualTo(TRANSCRIBE)));
    }

    @Test
    void aRateLimitWaitsForTheDelayTheServerAskedFor() {
        // given
        server.stubFor(post(TRANSCRIBE).inScenario("quota").whenScenarioStateIs(STARTED).willSetStateTo("ok")
                .willReturn(GeminiWire.quotaExceeded()));
        server.stubFor(post(TRANSCRIBE).inScenario("quota").whenScenarioStateIs("ok")
                .willReturn(GeminiWire.transcribed(SAID, "en-us")));

        // when
        transcribe();

        // then
        assertThat(scheduler.delays()).containsExactly(Duration.ofSeconds(37));
    }

    @Test
    void aRateLimitOnTheLastAttemptIsThrownWithItsDelay() {
        // given
        server.stubFor(post(TRANSCRIBE).willReturn(GeminiWire.quotaExceeded()));
        useGateway(ConfigKeys.STT_MAX_ATTEMPTS, "1");

        // when / then
        assertThatThrownBy(() -> transcribe())
                .isInstanceOfSatisfying(RateLimitedException.class,
                        e -> assertThat(e.retryAfter()).contains(Duration.ofSeconds(37)));
        assertThat(scheduler.delays()).isEmpty();
    }

    @Test
    void anInvalidRequestIsNotRetried() {
        // given
        server.stubFor(post(TRANSCRIBE).willReturn(GeminiWire.error(400, "INVALID_ARGUMENT",
                "Request contains an invalid argument.")));

        // when / then
        assertThatThrownBy(() -> transcribe()).isInstanceOf(InvalidRequestException.class);
        server.verify(1, postRequestedFor(urlEqualTo(TRANSCRIBE)));
        assertThat(scheduler.delays()).isEmpty();
    }

    @Test
    void givenTheDeprecatedGeminiKeyThenTheWrapperStillStopsAtItsAttempts() {
        // given
        server.stubFor(post(TRANSCRIBE).willReturn(GeminiWire.error(503, "UNAVAILABLE", "The model is overloaded.")));
        @SuppressWarnings("deprecation")
        String oldKey = GeminiConfig.MAX_ATTEMPTS;
        useGateway(oldKey, "2");

        // when / then
        assertThatThrownBy(this::transcribe).isInstanceOf(ProviderUnavailableException.class);
        server.verify(2, postRequestedFor(urlEqualTo(TRANSCRIBE)));
    }

    private Transcript transcribe() {
        return gateway.transcribe(AudioInput.ofBytes(TestAudio.wav(0.1), "audio/wav"), TranscriptionOptions.defaults(),
                CallScope.none());
    }

    /** A provider on the Gemini double behind the wrapper, with the settings given. */
    private void useGateway(String... settings) {
        if (provider != null) {
            provider.close();
        }
        ConfigSource config = GeminiWire.config(server, settings);
        GeminiConfig parsed = GeminiConfig.from(config);
        provider = new GeminiSpeechToTextProvider(GeminiClientFactory.create(parsed), parsed, d -> { });
        gateway = new SpeechGateway(provider, null, new Retries(RetryPolicy.speechToText(config), scheduler,
                Runnable::run, Clock.systemUTC()), new EventBus(List.of()));
    }
}
