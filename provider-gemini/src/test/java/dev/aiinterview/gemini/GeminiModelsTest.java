package dev.aiinterview.gemini;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.aiinterview.gemini.GeminiWire.JSON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.genai.types.GenerateContentResponse;
import dev.aiinterview.api.error.AuthenticationException;
import dev.aiinterview.api.error.ConfigurationException;
import dev.aiinterview.spi.LlmProvider;
import dev.aiinterview.spi.SpeechToTextProvider;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Model churn caught when a provider is created, not in the middle of an interview. */
class GeminiModelsTest {

    @RegisterExtension
    static GeminiDouble.Extension server = GeminiDouble.extension();

    @BeforeEach
    void forgetEarlierAnswers() {
        GeminiModels.forgetAll();
        ModelNotices.forgetAll();
    }

    @Test
    void aRetiredModelFailsTheLlmsCreationWithOneLineNamingItTheKeyAndServedModelsThatFit() {
        assertThatThrownBy(() -> llm(GeminiConfig.MODEL, "gemini-2.5-flash"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("'gemini-2.5-flash' (interview.gemini.model) is not served")
                .hasMessageContaining("served models that fit: gemini-4-argon, gemini-3.8-flash, gemini-3.6-flash")
                .hasMessageContaining("set interview.gemini.model to a served model")
                .hasMessageNotContaining("\n").hasMessageNotContaining("transcribe").hasMessageNotContaining("live");
        assertThat(server.generateRequests()).isEmpty();
    }

    @Test
    void aRetiredTranscriptionModelNamesItsOwnKeyAndSuggestsTheTranscriptionModelFirst() {
        assertThatThrownBy(() -> speech(GeminiConfig.MODEL_PREFIX + "transcription", "gemini-2.0-flash"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("(interview.gemini.model.transcription)")
                .hasMessageContaining("served models that fit: gemini-3.5-transcribe, ");
    }

    @Test
    void aRetiredDefaultTranscriptionModelNamesTheTranscriptionKeyNotTheContractsOne() {
        // given: the default transcription model retired
        server.stubFor(get(urlPathEqualTo("/v1beta/models/gemini-3.5-transcribe")).atPriority(1)
                .willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/json")
                        .withBody("{\"error\":{\"code\":404,\"message\":\"Model is not found: "
                                + "models/gemini-3.5-transcribe for api version v1beta\",\"status\":\"NOT_FOUND\"}}")));

        // when / then
        assertThatThrownBy(() -> speech())
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("'gemini-3.5-transcribe' (interview.gemini.model.transcription) is not served")
                .hasMessageContaining("set interview.gemini.model.transcription to a served model");
    }

    @Test
    void theTranscriptionModelIgnoresTheContractsGenerationSettingsButNotALevelSetForIt() {
        // given: settings for 2.x contract models, and a level for every task
        var forContracts = new String[] {GeminiConfig.MODEL, "gemini-2.5-pro", GeminiConfig.THINKING_BUDGET, "1024",
                GeminiConfig.TEMPERATURE, "0.2", GeminiConfig.CHECK_MODELS, "false"};

        // when / then: the speech-to-text provider starts; a level for transcription itself is refused
        speech(forContracts).close();
        speech(GeminiConfig.THINKING_LEVEL, "high").close();
        assertThatThrownBy(() -> speech(GeminiConfig.THINKING_LEVEL + ".transcription", "high"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("interview.gemini.thinking-level.transcription")
                .hasMessageContaining("takes no thinking setting");
    }

    @Test
    void eachDistinctModelIsAskedForOnceAndTheAnswerIsCachedForTheSameKeyAndEndpoint() {
        // when: two LLM providers and a speech-to-text provider on the same key
        llm().close();
        llm().close();
        speech().close();

        // then
        server.verify(1, getRequestedFor(urlPathEqualTo("/v1beta/models/gemini-3.8-flash")));
        server.verify(1, getRequestedFor(urlPathEqualTo("/v1beta/models/gemini-3.5-transcribe")));
    }

    @Test
    void aPerTaskModelIsCheckedToo() {
        assertThatThrownBy(() -> llm(GeminiConfig.MODEL_PREFIX + "interview-summary", "gemini-3.7-flash"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("'gemini-3.7-flash' (interview.gemini.model.interview-summary)");
    }

    @Test
    void whenTheServiceCannotBeAskedTheProviderStartsAndAsksAgainNextTime() {
        // given: models.get is down (a stub ahead of the double's own answer)
        server.stubFor(get(urlPathEqualTo("/v1beta/models/gemini-3.8-flash")).atPriority(1)
                .willReturn(aResponse().withStatus(503).withHeader("Content-Type", "application/json")
                        .withBody("{\"error\":{\"code\":503,\"message\":\"Unavailable\",\"status\":\"UNAVAILABLE\"}}")));

        // when
        llm().close();
        llm().close();

        // then: both started, and each asked, as a failed lookup is not remembered
        server.verify(2, getRequestedFor(urlPathEqualTo("/v1beta/models/gemini-3.8-flash")));
    }

    @Test
    void aKeyTheServiceRejectsFailsTheCreationAsAnAuthenticationError() {
        assertThatThrownBy(() -> new GeminiLlmProviderFactory().create(GeminiWire.config(server,
                GeminiConfig.API_KEY, "wrong-key")))
                .isInstanceOf(AuthenticationException.class)
                .hasMessageContaining("API key not valid").hasMessageContaining("GEMINI_API_KEY")
                .hasMessageNotContaining("wrong-key");
    }

    @Test
    void theCheckCanBeTurnedOffForAGatewayThatServesNoModelList() {
        // when
        llm(GeminiConfig.CHECK_MODELS, "false").close();

        // then
        assertThat(server.getAllServeEvents()).isEmpty();
    }

    @Test
    void aDeprecatedModelIsAWarningOnceFromItsFirstReply() throws Exception {
        // given: the double marks gemini-3.1-flash-lite deprecated in its replies' modelStatus
        String model = "gemini-3.1-flash-lite";
        ObjectNode body = OfflineBrain.reply("{}", model, 10);

        // when
        GenerateContentResponse response = GenerateContentResponse.fromJson(JSON.writeValueAsString(body));
        List<String> first = ModelNotices.check(response, model);
        List<String> second = ModelNotices.check(response, model);

        // then
        assertThat(first).singleElement().asString().contains("'gemini-3.1-flash-lite' is deprecated")
                .contains("retires at 2027-02-15T00:00:00Z");
        assertThat(second).isEmpty();
    }

    @Test
    void aRetiredModelSilentlyRoutedToAnotherIsAWarning() throws Exception {
        // given: a reply for gemini-2.5-flash that another model wrote
        ObjectNode body = OfflineBrain.reply("{}", "gemini-3.5-flash-lite", 10);
        GenerateContentResponse response = GenerateContentResponse.fromJson(JSON.writeValueAsString(body));

        // then
        assertThat(ModelNotices.check(response, "gemini-2.5-flash")).singleElement().asString()
                .contains("'gemini-2.5-flash' with 'gemini-3.5-flash-lite'");
        assertThat(ModelNotices.check(response, "gemini-3.5-flash-lite")).isEmpty();
        // a sibling is another model; a numbered version of the same model is not
        assertThat(ModelNotices.check(response, "gemini-3.5-flash")).singleElement().asString()
                .contains("'gemini-3.5-flash' with 'gemini-3.5-flash-lite'");
        GenerateContentResponse versioned = GenerateContentResponse.fromJson(JSON.writeValueAsString(
                OfflineBrain.reply("{}", "gemini-3.8-flash-001", 10)));
        assertThat(ModelNotices.check(versioned, "gemini-3.8-flash")).isEmpty();
    }

    private static LlmProvider llm(String... settings) {
        return new GeminiLlmProviderFactory().create(GeminiWire.config(server, settings));
    }

    private static SpeechToTextProvider speech(String... settings) {
        return new GeminiSpeechToTextProviderFactory().create(GeminiWire.config(server, settings));
    }
}
