package dev.aiinterview.gemini;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static dev.aiinterview.gemini.GeminiWire.GENERATE;
import static dev.aiinterview.gemini.GeminiWire.JSON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aiinterview.api.Rating;
import dev.aiinterview.api.Seniority;
import dev.aiinterview.api.error.RefusalException;
import dev.aiinterview.contract.AnswerEvaluation;
import dev.aiinterview.core.llm.ContractRunner;
import dev.aiinterview.core.event.EventBus;
import dev.aiinterview.core.llm.CallScope;
import dev.aiinterview.core.llm.LlmGateway;
import dev.aiinterview.core.llm.Retries;
import dev.aiinterview.core.llm.RetryPolicy;
import dev.aiinterview.testkit.InstantScheduler;
import dev.aiinterview.spi.LlmProvider;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The provider makes one attempt per call; the SDK's gateway around it retries, re-budgets and refuses. */
class GeminiThroughGatewayTest {

    @RegisterExtension
    static GeminiDouble.Extension server = GeminiDouble.extension();

    private final InstantScheduler scheduler = new InstantScheduler();
    private final LlmProvider provider = new GeminiLlmProviderFactory().create(GeminiWire.config(server));
    private final LlmGateway gateway = new LlmGateway(provider, null, new Retries(
            new RetryPolicy(3, Duration.ofMillis(1), Duration.ofMillis(10), Duration.ofMinutes(2)), scheduler,
            Runnable::run, Clock.systemUTC()), new EventBus(List.of()));

    @AfterEach
    void close() {
        provider.close();
        scheduler.shutdownNow();
    }

    @Test
    void aRateLimitIsRetriedAfterTheDelayGeminiAskedFor() {
        // given
        server.stubFor(post(GENERATE).inScenario("quota").whenScenarioStateIs(STARTED).willSetStateTo("ok")
                .willReturn(GeminiWire.quotaExceeded()));
        server.stubFor(post(GENERATE).inScenario("quota").whenScenarioStateIs("ok").willReturn(GeminiWire.reply("{}")));

        // when
        gateway.call(Samples.answerEvaluation(), CallScope.none());

        // then
        assertThat(scheduler.delays()).containsExactly(Duration.ofSeconds(37));
        server.verify(2, postRequestedFor(urlEqualTo(GENERATE)));
    }

    @Test
    void aMalformedReplyIsRepairedOnceThroughTheContractPipeline() throws Exception {
        // given: first a reply cut mid-JSON, then a valid one
        String good = """
                {"evidence":["p99 dropped from 2.4 s to 60 ms"],"strengths":["Measured result"],"weaknesses":[],
                 "star":{"situation":"","task":"","action":"I added a composite index","result":"p99 dropped"},
                 "clarity":4,"relevance":5,"skill":4,"rationale":"Specific and measured.","rating":"GOOD",
                 "followUp":{"needed":false,"probes":"","question":""}}""";
        server.stubFor(post(GENERATE).inScenario("repair").whenScenarioStateIs(STARTED).willSetStateTo("fixed")
                .willReturn(GeminiWire.reply("{\"evidence\": [\"p99 dropped")));
        server.stubFor(post(GENERATE).inScenario("repair").whenScenarioStateIs("fixed")
                .willReturn(GeminiWire.reply(good)));
        var input = new AnswerEvaluation.Input("Senior Backend Engineer", Seniority.SENIOR, Samples.POSTGRES,
                Samples.QUESTION, Samples.QUESTION.text(), 0, List.of(), Samples.ANSWER, true);

        // when
        var result = new ContractRunner(gateway).run(AnswerEvaluation.CONTRACT, input, CallScope.none());

        // then: the second request shows the model its broken reply, fenced, and the problem
        assertThat(result.repaired()).isTrue();
        assertThat(result.value().rating()).isEqualTo(Rating.GOOD);
        var second = JSON.readTree(server.getAllServeEvents().get(0).getRequest().getBodyAsString());
        assertThat(second.at("/contents/0/parts/0/text").asText()).contains("not valid JSON")
                .contains("previous_reply");
    }

    @Test
    void aSafetyStopBecomesARefusalWithoutRetrying() {
        // given
        server.stubFor(post(GENERATE).willReturn(GeminiWire.reply(null, "SAFETY")));

        // when / then
        assertThatThrownBy(() -> gateway.call(Samples.answerEvaluation(), CallScope.none()))
                .isInstanceOfSatisfying(RefusalException.class, e -> assertThat(e.reason()).isEqualTo("SAFETY"));
        server.verify(1, postRequestedFor(urlEqualTo(GENERATE)));
    }

    @Test
    void aTruncatedReplyIsAskedForAgainWithTwiceTheReplyBudgetAndTheSameRoomForThinking() throws Exception {
        // given
        server.stubFor(post(GENERATE).inScenario("budget").whenScenarioStateIs(STARTED).willSetStateTo("more")
                .willReturn(GeminiWire.reply("{\"evid", "MAX_TOKENS")));
        server.stubFor(post(GENERATE).inScenario("budget").whenScenarioStateIs("more")
                .willReturn(GeminiWire.reply("{}")));
        int budget = Samples.answerEvaluation().maxOutputTokens().orElseThrow();

        // when
        gateway.call(Samples.answerEvaluation(), CallScope.none());

        // then
        int room = GeminiTask.thinkingRoom("LOW");
        assertThat(server.generateRequests()).extracting(b -> b.at("/generationConfig/maxOutputTokens").asInt())
                .containsExactly(budget + room, budget * 2 + room);
    }
}
