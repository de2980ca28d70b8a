package dev.aiinterview.gemini;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static dev.aiinterview.gemini.GeminiWire.GENERATE;
import static dev.aiinterview.gemini.GeminiWire.JSON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.aiinterview.api.TokenUsage;
import com.google.genai.types.GenerateContentConfig;
import com.google.genai.types.ThinkingConfig;
import dev.aiinterview.api.error.ConfigurationException;
import dev.aiinterview.api.error.ProviderException;
import dev.aiinterview.api.error.ProviderUnavailableException;
import dev.aiinterview.api.error.RefusalException;
import dev.aiinterview.contract.Fence;
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
    static GeminiDouble.Extension server = GeminiDouble.extension();

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
        assertThat(sent.getUrl()).isEqualTo("/v1beta/models/gemini-3.8-flash:generateContent");
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
    }

    @Test
    void onGemini3AnEvaluationThinksLowWithRoomForItsThoughtsAndKeepsTheDefaultTemperature() throws Exception {
        // given: the contract asks for temperature 0.1 and 2048 output tokens
        server.stubFor(post(GENERATE).willReturn(GeminiWire.reply("{}")));
        LlmRequest request = Samples.answerEvaluation();
        assertThat(request.temperature()).contains(0.1);

        // when
        provider.generate(request);

        // then
        JsonNode generation = JSON.readTree(lastRequest().getBodyAsString()).get("generationConfig");
        assertThat(generation.has("temperature")).isFalse();
        assertThat(generation.at("/thinkingConfig/thinkingLevel").asText()).isEqualTo("LOW");
        assertThat(generation.at("/thinkingConfig").has("thinkingBudget")).isFalse();
        assertThat(generation.get("maxOutputTokens").asInt())
                .isEqualTo(request.maxOutputTokens().orElseThrow() + GeminiTask.thinkingRoom("LOW"));
    }

    @Test
    void planningThinksHarderThanEvaluatingAndEachTaskCanBeSetApart() throws Exception {
        // given
        provider.close();
        provider = create(GeminiConfig.THINKING_LEVEL + ".answer-evaluation", "high");
        server.stubFor(post(GENERATE).willReturn(GeminiWire.reply("{}")));

        // when: the job analysis, then an evaluation
        provider.generate(Samples.everyContract().get(0));
        provider.generate(Samples.answerEvaluation());

        // then
        assertThat(server.generateRequests()).extracting(b -> b.at("/generationConfig/thinkingConfig/thinkingLevel")
                .asText()).containsExactly("MEDIUM", "HIGH");
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
        assertThat(response.model()).isEqualTo("gemini-3.8-flash");
    }

    @Test
    void aRequestWithoutASchemaAsksForNoJsonAndATemperatureOfOneOrMoreIsKept() throws Exception {
        // given
        server.stubFor(post(GENERATE).willReturn(GeminiWire.reply("Hello")));
        LlmRequest plain = LlmRequest.builder().task("greeting").systemInstruction("Be brief.").userPrompt("Say hi")
                .temperature(1.3).build();

        // when
        provider.generate(plain);

        // then
        JsonNode generation = JSON.readTree(lastRequest().getBodyAsString()).get("generationConfig");
        assertThat(generation.has("responseMimeType")).isFalse();
        assertThat(generation.has("responseJsonSchema")).isFalse();
        assertThat(generation.has("maxOutputTokens")).isFalse();
        assertThat(generation.get("temperature").asDouble()).isCloseTo(1.3, within(1e-6));
    }

    @Test
    void aConfiguredTemperatureOfOneOrMoreOverridesTheContractsOnGemini3() throws Exception {
        // given
        provider.close();
        provider = create(GeminiConfig.TEMPERATURE, "1.2");
        server.stubFor(post(GENERATE).willReturn(GeminiWire.reply("{}")));

        // when
        provider.generate(Samples.answerEvaluation());

        // then
        JsonNode generation = JSON.readTree(lastRequest().getBodyAsString()).get("generationConfig");
        assertThat(generation.get("temperature").asDouble()).isCloseTo(1.2, within(1e-6));
    }

    @Test
    void settingsAGemini3ModelWouldRefuseOrDegradeOnFailAtCreationNamingTheKeyToChange() {
        assertThatThrownBy(() -> create(GeminiConfig.THINKING_BUDGET, "1024"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining(GeminiConfig.THINKING_BUDGET).hasMessageContaining("gemini-3.8-flash")
                .hasMessageContaining(GeminiConfig.THINKING_LEVEL);
        assertThatThrownBy(() -> create(GeminiConfig.TEMPERATURE, "0.2"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining(GeminiConfig.TEMPERATURE).hasMessageContaining("below 1.0");
        assertThatThrownBy(() -> create(GeminiConfig.THINKING_LEVEL, "deep"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("minimal, low, medium, high");
        assertThat(server.generateRequests()).isEmpty();
    }

    @Test
    void aGemini2ModelGetsItsThinkingBudgetAndTheContractsTemperatureButNoLevel() {
        // given: a 2.x model, as Vertex AI may still serve one (today's Developer API serves none)
        GeminiConfig config = GeminiConfig.from(GeminiWire.config(server,
                GeminiConfig.MODEL, "gemini-2.5-flash", GeminiConfig.THINKING_BUDGET, "512"));
        config.validate(GeminiTasks.CONTRACTS);
        LlmRequest request = Samples.answerEvaluation();

        // when
        GenerateContentConfig generation = new GeminiRequestMapper(config).generationConfig(request);

        // then
        ThinkingConfig thinking = generation.thinkingConfig().orElseThrow();
        assertThat(thinking.thinkingBudget()).contains(512);
        assertThat(thinking.thinkingLevel()).isEmpty();
        assertThat(generation.temperature()).contains(0.1f);
        assertThat(generation.maxOutputTokens()).contains(request.maxOutputTokens().orElseThrow() + 512);
    }

    @Test
    void aThinkingLevelForAGemini2ModelIsRejectedAtCreation() {
        GeminiConfig config = GeminiConfig.from(GeminiWire.config(server, GeminiConfig.MODEL, "gemini-2.5-flash",
                GeminiConfig.THINKING_LEVEL, "low"));

        assertThatThrownBy(() -> config.validate(GeminiTasks.CONTRACTS))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining(GeminiConfig.THINKING_LEVEL).hasMessageContaining("gemini-2.5-flash");
    }

    @Test
    void aPerTaskModelOverrideCallsThatModelsPath() {
        // given
        provider.close();
        provider = create(GeminiConfig.MODEL_PREFIX + "answer-evaluation", "gemini-3.5-flash-lite");
        server.stubFor(post("/v1beta/models/gemini-3.5-flash-lite:generateContent").willReturn(GeminiWire.reply("{}")));
        server.stubFor(post(GENERATE).willReturn(GeminiWire.reply("{}")));

        // when
        provider.generate(Samples.answerEvaluation());
        provider.generate(Samples.everyContract().get(0));

        // then
        server.verify(1, postRequestedFor(urlEqualTo("/v1beta/models/gemini-3.5-flash-lite:generateContent")));
        server.verify(1, postRequestedFor(urlEqualTo(GENERATE)));
        assertThat(provider.model()).isEqualTo("gemini-3.8-flash");
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
    void aBlockReasonNewerThanTheSdkIsStillARefusal() {
        // given
        server.stubFor(post(GENERATE).willReturn(GeminiWire.blocked("SOMETHING_NEW")));

        // when / then
        assertThatThrownBy(() -> provider.generate(Samples.answerEvaluation()))
                .isInstanceOfSatisfying(RefusalException.class, e -> assertThat(e.reason()).isEqualTo("SOMETHING_NEW"));
    }

    @Test
    void aMalformedResponseIsARetriableFaultNotARefusal() {
        // given
        server.stubFor(post(GENERATE).willReturn(GeminiWire.reply(null, "MALFORMED_RESPONSE")));

        // when / then
        assertThatThrownBy(() -> provider.generate(Samples.answerEvaluation()))
                .isInstanceOf(ProviderUnavailableException.class)
                .hasMessageContaining("MALFORMED_RESPONSE")
                .satisfies(e -> assertThat(((ProviderException) e).isRetriable()).isTrue());
    }

    @Test
    void aReplyWithNoCandidatesIsAProviderErrorThatSaysSo() {
        // given
        server.stubFor(post(GENERATE).willReturn(GeminiWire.noCandidates()));

        // when / then
        assertThatThrownBy(() -> provider.generate(Samples.answerEvaluation()))
                .isExactlyInstanceOf(ProviderException.class)
                .hasMessageContaining("no candidates").hasMessageContaining("gemini-3.8-flash");
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
        List<ServeEvent> events = server.getAllServeEvents().stream()
                .filter(e -> e.getRequest().getUrl().endsWith(":generateContent")).toList();
        assertThat(events).isNotEmpty();
        return events.get(0).getRequest();
    }

    private static LlmProvider create(String... settings) {
        return new GeminiLlmProviderFactory().create(GeminiWire.config(server, settings));
    }
}
