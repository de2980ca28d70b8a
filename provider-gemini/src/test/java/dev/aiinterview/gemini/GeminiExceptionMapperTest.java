package dev.aiinterview.gemini;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static dev.aiinterview.gemini.GeminiWire.GENERATE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import dev.aiinterview.api.config.ConfigSource;
import dev.aiinterview.api.error.AuthenticationException;
import dev.aiinterview.api.error.InterviewException;
import dev.aiinterview.api.error.InvalidRequestException;
import dev.aiinterview.api.error.ProviderTimeoutException;
import dev.aiinterview.api.error.ProviderUnavailableException;
import dev.aiinterview.api.error.RateLimitedException;
import dev.aiinterview.spi.LlmProvider;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every HTTP failure Gemini can answer with becomes the SDK exception that tells the caller what to do. */
class GeminiExceptionMapperTest {

    @RegisterExtension
    static GeminiDouble.Extension server = GeminiDouble.extension();

    @Test
    void a400IsAnInvalidRequestThatIsNotRetried() {
        // given
        server.stubFor(post(GENERATE).willReturn(GeminiWire.error(400, "INVALID_ARGUMENT",
                "Invalid JSON payload received. Unknown name \"responseJsonSchema\": Cannot find field.")));

        // when
        InterviewException e = failureOf(GeminiWire.config(server));

        // then
        assertThat(e).isExactlyInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("400").hasMessageContaining("INVALID_ARGUMENT")
                .hasMessageContaining("Unknown name");
        assertThat(e.isRetriable()).isFalse();
        server.verify(1, postRequestedFor(urlEqualTo(GENERATE)));
    }

    @Test
    void aWrongKeyIsAnAuthenticationErrorEvenThoughGeminiAnswers400() {
        // given
        server.stubFor(post(GENERATE).willReturn(GeminiWire.invalidKey()));

        // when
        InterviewException e = failureOf(GeminiWire.config(server));

        // then
        assertThat(e).isInstanceOf(AuthenticationException.class)
                .hasMessageContaining("GEMINI_API_KEY").hasMessageContaining("interview.gemini.api-key");
    }

    @ParameterizedTest
    @ValueSource(ints = {401, 403})
    void a401Or403IsAnAuthenticationErrorThatNamesTheKeySetting(int code) {
        // given
        server.stubFor(post(GENERATE).willReturn(GeminiWire.error(code, code == 401 ? "UNAUTHENTICATED"
                : "PERMISSION_DENIED", "Method doesn't allow unregistered callers (callers without established "
                + "identity). Please use API Key or other form of API consumer identity to call this API.")));

        // when
        InterviewException e = failureOf(GeminiWire.config(server));

        // then
        assertThat(e).isInstanceOf(AuthenticationException.class)
                .hasMessageContaining(Integer.toString(code))
                .hasMessageContaining("GEMINI_API_KEY").hasMessageContaining("interview.gemini.api-key")
                .hasMessageNotContaining(GeminiWire.KEY);
        assertThat(e.isRetriable()).isFalse();
    }

    @Test
    void aModelRetiredAfterTheStartCheckIsAnInvalidRequestNamingItTheKeyAndServedModels() {
        // given: the start check is off, as if the model was retired after it ran; the double answers the real 404
        ConfigSource config = GeminiWire.config(server, GeminiConfig.MODEL, "gemini-2.5-flash",
                GeminiConfig.CHECK_MODELS, "false");

        // when
        InterviewException e = failureOf(config);

        // then
        assertThat(e).isExactlyInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("models/gemini-2.5-flash is not found for API version v1beta")
                .hasMessageContaining("'gemini-2.5-flash'").hasMessageContaining("set interview.gemini.model ")
                .hasMessageContaining("served models that fit: ").hasMessageContaining("gemini-3.8-flash")
                .hasMessageNotContaining("gemini-3.5-transcribe").hasMessageNotContaining("embedding");
    }

    @Test
    void aTasksOwnModelThatIsNotServedNamesThatTasksSetting() {
        // given
        ConfigSource config = GeminiWire.config(server, GeminiConfig.MODEL_PREFIX + "answer-evaluation", "nope",
                GeminiConfig.CHECK_MODELS, "false");

        // when
        InterviewException e = failureOf(config);

        // then
        assertThat(e).hasMessageContaining("set interview.gemini.model.answer-evaluation ");
    }

    @Test
    void depletedPrepaidCreditsAre402AndSayWhereToTopUp() {
        // given
        server.stubFor(post(GENERATE).willReturn(GeminiWire.error(402, "RESOURCE_EXHAUSTED", "Your prepayment "
                + "credits are depleted. Please go to AI Studio at https://ai.studio/projects to manage your project "
                + "and billing.")));

        // when
        InterviewException e = failureOf(GeminiWire.config(server));

        // then: not a rate limit to wait out
        assertThat(e).isInstanceOf(AuthenticationException.class).hasMessageContaining("prepaid")
                .hasMessageContaining("AI Studio");
        assertThat(e.isRetriable()).isFalse();
    }

    @Test
    void failedPreconditionNamesBillingAndRegion() {
        // given
        server.stubFor(post(GENERATE).willReturn(GeminiWire.error(400, "FAILED_PRECONDITION",
                "User location is not supported for the API use.")));

        // when
        InterviewException e = failureOf(GeminiWire.config(server));

        // then
        assertThat(e).isInstanceOf(AuthenticationException.class)
                .hasMessageContaining("User location is not supported").hasMessageContaining("billing")
                .hasMessageContaining("region");
        assertThat(e.isRetriable()).isFalse();
    }

    @Test
    void a429CarriesTheRetryDelayFromTheErrorsRetryInfo() {
        // given
        server.stubFor(post(GENERATE).willReturn(GeminiWire.quotaExceeded()));

        // when
        InterviewException e = failureOf(GeminiWire.config(server));

        // then
        assertThat(e).isInstanceOfSatisfying(RateLimitedException.class,
                limited -> assertThat(limited.retryAfter()).contains(Duration.ofSeconds(37)));
        assertThat(e.isRetriable()).isTrue();
        assertThat(e).hasMessageContaining("RESOURCE_EXHAUSTED");
        server.verify(1, postRequestedFor(urlEqualTo(GENERATE)));
    }

    @Test
    void a429WithoutDetailsTakesTheDelayFromTheMessageOrNoneAtAll() {
        // given
        server.stubFor(post(GENERATE).willReturn(GeminiWire.error(429, "RESOURCE_EXHAUSTED",
                "Resource has been exhausted (e.g. check quota).")));

        // when
        InterviewException e = failureOf(GeminiWire.config(server));

        // then
        assertThat(((RateLimitedException) e).retryAfter()).isEmpty();
        assertThat(GeminiExceptionMapper.retryDelay("Quota exceeded. Please retry in 37.5s."))
                .contains(Duration.ofMillis(37_500));
        assertThat(GeminiExceptionMapper.retryDelay("Please retry in 850ms")).contains(Duration.ofMillis(850));
        assertThat(GeminiExceptionMapper.retryDelay("{\"retryDelay\": \"2.5s\"} Please retry in 9s"))
                .contains(Duration.ofMillis(2_500));
        assertThat(GeminiExceptionMapper.retryDelay(null)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {500, 502, 503})
    void a5xxIsARetriableUnavailableErrorThatTheSdkNeitherRetriesNorSleepsOn(int code) {
        // given
        server.stubFor(post(GENERATE).willReturn(GeminiWire.error(code, code == 500 ? "INTERNAL" : "UNAVAILABLE",
                "The model is overloaded. Please try again later.")));

        // when
        long started = System.nanoTime();
        InterviewException e = failureOf(GeminiWire.config(server));

        // then
        assertThat(e).isExactlyInstanceOf(ProviderUnavailableException.class).hasMessageContaining("overloaded");
        assertThat(e.isRetriable()).isTrue();
        server.verify(1, postRequestedFor(urlEqualTo(GENERATE)));
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(500));
    }

    @Test
    void a504IsATimeout() {
        // given
        server.stubFor(post(GENERATE).willReturn(GeminiWire.error(504, "DEADLINE_EXCEEDED", "Deadline expired.")));

        // when / then
        assertThat(failureOf(GeminiWire.config(server))).isInstanceOf(ProviderTimeoutException.class);
    }

    @Test
    void aReplySlowerThanTheTimeoutIsARetriableTimeoutNamingTheSetting() {
        // given
        ResponseDefinitionBuilder slow = GeminiWire.reply("{}").withFixedDelay(1_500);
        server.stubFor(post(GENERATE).willReturn(slow));

        // when
        long started = System.nanoTime();
        InterviewException e = failureOf(GeminiWire.config(server, GeminiConfig.TIMEOUT, "200ms"));

        // then
        assertThat(e).isInstanceOf(ProviderTimeoutException.class).hasMessageContaining("interview.gemini.timeout");
        assertThat(e.isRetriable()).isTrue();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(1_400));
    }

    @Test
    void anUnreachableServerIsARetriableUnavailableError() throws Exception {
        // given
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        var settings = ConfigSource.of(Map.of(GeminiConfig.API_KEY, "k",
                GeminiConfig.BASE_URL, "http://127.0.0.1:" + closedPort));

        // when
        InterviewException e = failureOf(settings);

        // then
        assertThat(e).isExactlyInstanceOf(ProviderUnavailableException.class)
                .hasMessageContaining("interview.gemini.base-url");
    }

    @Test
    void noVendorExceptionTypeEscapes() {
        // given
        server.stubFor(post(GENERATE).willReturn(GeminiWire.error(418, "UNKNOWN", "I'm a teapot")));

        // when
        InterviewException e = failureOf(GeminiWire.config(server));

        // then
        assertThat(e).isExactlyInstanceOf(InvalidRequestException.class);
        assertThat(e.getClass().getName()).startsWith("dev.aiinterview.");
    }

    private static InterviewException failureOf(ConfigSource config) {
        try (LlmProvider provider = new GeminiLlmProviderFactory().create(config)) {
            Throwable thrown = catchThrowable(() -> provider.generate(Samples.answerEvaluation()));
            assertThat(thrown).isInstanceOf(InterviewException.class);
            return (InterviewException) thrown;
        }
    }
}
