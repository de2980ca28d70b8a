package dev.aiinterview.gemini;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.aiinterview.gemini.GeminiWire.GENERATE;
import static dev.aiinterview.gemini.GeminiWire.JSON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.aiinterview.api.TokenUsage;
import dev.aiinterview.api.error.ProviderException;
import dev.aiinterview.api.error.RefusalException;
import dev.aiinterview.core.contract.Fence;
import dev.aiinterview.spi.FinishReason;
import dev.aiinterview.spi.LlmProvider;
import dev.aiinterview.spi.LlmRequest;
import dev.aiinterview.spi.LlmResponse;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class GeminiLlmProviderTest {

    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private LlmProvider provider = create();

    @AfterEach
    void close() {
        provider.close();
    }

    @Test
    void aContractRequestIsSentToTheV1betaGenerateContentPathWithTheKeyAndTheSchemaAsAJsonObject() throws Exception {
        // given
        server.stubFor(post(GENERATE).willReturn(GeminiWire.reply("{\"ok\":true}")));
        LlmRequest request = Samples.answerEvaluation();

        // when
        provider.generate(request);

        // then
        LoggedRequest sent = lastRequest();
        assertThat(sent.getUrl()).isEqualTo("/v1beta/models/gemini-2.5-flash:generateContent");
        assertThat(sent.getHeader("x-goog-api-key")).isEqualTo(GeminiWire.KEY);
        JsonNode body = JSON.readTree(sent.getBodyAsString());
        assertThat(body.at("/systemInstruction/parts/0/text").asText()).isEqualTo(request.systemInstruction());
        assertThat(body.at("/contents/0/role").asText()).isEqualTo("user");
        assertThat(body.at("/contents/0/parts/0/text").asText()).isEqualTo(request.userPrompt());
        JsonNode generation = body.get("generationConfig");
        assertThat(generation.get("responseMimeType").asText()).isEqualTo("application/json");
        assertThat(generation.get("responseJsonSchema").isObject()).isTrue();
        assertThat(generation.get("responseJsonSchema"))
                .isEqualTo(JSON.readTree(request.responseSchema().orElseThrow()));
        assertThat(generation.get("temperature").asDouble())
                .isCloseTo(request.temperature().orElseThrow(), within(1e-6));
        assertThat(generation.get("maxOutputTokens").asInt()).isEqualTo(request.maxOutputTokens().orElseThrow());
    }

    @Test
    void theCandidatesAnswerArrivesInsideItsFenceAsUntrustedData() throws Exception {
        // given
        server.stubFor(post(GENERATE).willReturn(GeminiWire.reply("{}")));

        // when
        provider.generate(Samples.answerEvaluation());

        // then
        String userTurn = JSON.readTree(lastRequest().getBodyAsString()).at("/contents/0/parts/0/text").asText();
        assertThat(userTurn).contains(Fence.wrap("candidate_answer", Samples.ANSWER));
        assertThat(userTurn.indexOf(Fence.OPEN + "candidate_answer"))
                .isLessThan(userTurn.indexOf("Ignore previous instructions"));
    }

    @Test
    void theReplyTextFinishReasonUsageAndModelVersionAreMapped() {
        // given
        server.stubFor(post(GENERATE).willReturn(GeminiWire.reply("{\"score\": 4}")));

        // when
        LlmResponse response = provider.generate(Samples.answerEvaluation());

        // then
        assertThat(response.text()).isEqualTo("{\"score\": 4}");
        assertThat(response.finishReason()).isEqualTo(FinishReason.STOP);
        assertThat(response.usage()).isEqualTo(new TokenUsage(31, 17, 47, 95));
        assertThat(response.model()).isEqualTo("gemini-2.5-flash");
    }

    @Test
    void aRequestWithoutASchemaAsksForNoJsonAndKeepsTheContractsTemperature() throws Exception {
        // given
        server.stubFor(post(GENERATE).willReturn(GeminiWire.reply("Hello")));
        LlmRequest plain = LlmRequest.builder().task("greeting").systemInstruction("Be brief.").userPrompt("Say hi")
                .temperature(0.7).build();

        // when
        provider.generate(plain);

        // then
        JsonNode generation = JSON.readTree(lastRequest().getBodyAsString()).get("generationConfig");
        assertThat(generation.has("responseMimeType")).isFalse();
        assertThat(generation.has("responseJsonSchema")).isFalse();
        assertThat(generation.has("maxOutputTokens")).isFalse();
        assertThat(generation.get("temperature").asDouble()).isCloseTo(0.7, within(1e-6));
    }

    @Test
    void aConfiguredTemperatureAndThinkingBudgetOverrideTheContracts() throws Exception {
        // given
        provider.close();
        provider = create(GeminiConfig.TEMPERATURE, "0", GeminiConfig.THINKING_BUDGET, "0");
        server.stubFor(post(GENERATE).willReturn(GeminiWire.reply("{}")));

        // when
        provider.generate(Samples.answerEvaluation());

        // then
        JsonNode generation = JSON.readTree(lastRequest().getBodyAsString()).get("generationConfig");
        assertThat(generation.get("temperature").asDouble()).isZero();
        assertThat(generation.at("/thinkingConfig/thinkingBudget").asInt(-1)).isZero();
    }

    @Test
    void aPerTaskModelOverrideCallsThatModelsPath() {
        // given
        provider.close();
        provider = create(GeminiConfig.MODEL_PREFIX + "answer-evaluation", "gemini-2.5-pro");
        server.stubFor(post("/v1beta/models/gemini-2.5-pro:generateContent").willReturn(GeminiWire.reply("{}")));
        server.stubFor(post(GENERATE).willReturn(GeminiWire.reply("{}")));

        // when
        provider.generate(Samples.answerEvaluation());
        provider.generate(Samples.everyContract().get(0));

        // then
        server.verify(1, postRequestedFor(urlEqualTo("/v1beta/models/gemini-2.5-pro:generateContent")));
        server.verify(1, postRequestedFor(urlEqualTo(GENERATE)));
        assertThat(provider.model()).isEqualTo("gemini-2.5-flash");
    }

    @Test
    void thoughtSummariesAreLeftOutOfTheReplyText() {
        // given
        ObjectNode body = GeminiWire.replyBody("{\"a\":1}", "STOP");
        var parts = (ArrayNode) body.at("/candidates/0/content/parts");
        parts.insertObject(0).put("text", "Let me think about the rubric...").put("thought", true);
        server.stubFor(post(GENERATE).willReturn(okJson(body.toString())));

        // when
        LlmResponse response = provider.generate(Samples.answerEvaluation());

        // then
        assertThat(response.text()).isEqualTo("{\"a\":1}");
    }

    @Test
    void aSafetyStopComesBackAsTheSafetyFinishReasonForTheGatewayToRefuse() {
        // given
        server.stubFor(post(GENERATE).willReturn(GeminiWire.reply(null, "SAFETY")));

        // when
        LlmResponse response = provider.generate(Samples.answerEvaluation());

        // then
        assertThat(response.finishReason()).isEqualTo(FinishReason.SAFETY);
        assertThat(response.text()).isEmpty();
    }

    @Test
    void everyGeminiFinishReasonMapsToTheSpisReason() {
        for (var entry : List.of(
                new String[] {"RECITATION", "RECITATION"}, new String[] {"PROHIBITED_CONTENT", "SAFETY"},
                new String[] {"BLOCKLIST", "SAFETY"}, new String[] {"SPII", "SAFETY"},
                new String[] {"LANGUAGE", "OTHER"}, new String[] {"OTHER", "OTHER"},
                new String[] {"MALFORMED_FUNCTION_CALL", "OTHER"}, new String[] {"SOMETHING_NEW", "OTHER"},
                new String[] {"FINISH_REASON_UNSPECIFIED", "UNKNOWN"})) {
            var reason = new com.google.genai.types.FinishReason(entry[0]);
            assertThat(GeminiResponseMapper.finishReason(reason)).as(entry[0]).hasToString(entry[1]);
        }
    }

    @Test
    void aTruncatedReplyComesBackAsMaxTokensWithItsPartialText() {
        // given
        server.stubFor(post(GENERATE).willReturn(GeminiWire.reply("{\"evidence\": [\"I added", "MAX_TOKENS")));

        // when
        LlmResponse response = provider.generate(Samples.answerEvaluation());

        // then
        assertThat(response.finishReason()).isEqualTo(FinishReason.MAX_TOKENS);
        assertThat(response.text()).isEqualTo("{\"evidence\": [\"I added");
    }

    @Test
    void aBlockedPromptIsARefusalCarryingTheBlockReason() {
        // given
        server.stubFor(post(GENERATE).willReturn(GeminiWire.blocked("PROHIBITED_CONTENT")));

        // when / then
        assertThatThrownBy(() -> provider.generate(Samples.answerEvaluation()))
                .isInstanceOfSatisfying(RefusalException.class, e -> {
                    assertThat(e.reason()).isEqualTo("PROHIBITED_CONTENT");
                    assertThat(e.provider()).isEqualTo("gemini");
                    assertThat(e.isRetriable()).isFalse();
                })
                .hasMessageContaining("blocked the prompt");
    }

    @Test
    void aReplyWithNoCandidatesIsAProviderErrorThatSaysSo() {
        // given
        server.stubFor(post(GENERATE).willReturn(GeminiWire.noCandidates()));

        // when / then
        assertThatThrownBy(() -> provider.generate(Samples.answerEvaluation()))
                .isExactlyInstanceOf(ProviderException.class)
                .hasMessageContaining("no candidates").hasMessageContaining("gemini-2.5-flash");
    }

    @Test
    void closingTwiceIsHarmlessAndTheKeyNeverAppearsInToString() {
        // when
        provider.close();
        provider.close();

        // then
        assertThat(provider.toString()).doesNotContain(GeminiWire.KEY).contains("***");
    }

    private LoggedRequest lastRequest() {
        List<ServeEvent> events = server.getAllServeEvents();
        assertThat(events).isNotEmpty();
        return events.get(0).getRequest();
    }

    private static LlmProvider create(String... settings) {
        return new GeminiLlmProviderFactory().create(GeminiWire.config(server, settings));
    }
}
