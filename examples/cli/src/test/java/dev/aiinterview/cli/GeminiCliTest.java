package dev.aiinterview.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import dev.aiinterview.api.InterviewReport;
import dev.aiinterview.api.config.ConfigSource;
import dev.aiinterview.core.json.Json;
import dev.aiinterview.core.registry.ServiceLoaderProviders;
import dev.aiinterview.spi.LlmProviderFactory;
import dev.aiinterview.spi.SpeechToTextProviderFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CLI with {@code --llm gemini} against a local double of the Gemini REST API (the wire format of
 * shared/reference/gemini-wire.md), selected through the base-URL setting: a whole interview, a dead API with and
 * without the offline fallback, and a rejected key.
 */
class GeminiCliTest {

    private static final String PATH = "/v1beta/models/gemini-2.5-flash:generateContent";
    private static final Path DATA = Path.of(System.getProperty("examples.data", "../data"));

    @TempDir
    Path tmp;

    private WireMockServer gemini;

    @BeforeEach
    void startTheDouble() {
        gemini = new WireMockServer(wireMockConfig().dynamicPort());
        gemini.start();
    }

    @AfterEach
    void stopTheDouble() {
        gemini.stop();
    }

    private CliContext context() {
        return new CliContext(ConfigSource.of(Map.of(
                        "interview.gemini.api-key", "test-key-123",
                        "interview.gemini.base-url", gemini.baseUrl(),
                        "interview.llm.retry-delay", "5ms")),
                () -> ServiceLoaderProviders.load(LlmProviderFactory.class),
                () -> ServiceLoaderProviders.load(SpeechToTextProviderFactory.class));
    }

    private Cli.Result runBackendInterview(String... extra) {
        var args = new java.util.ArrayList<>(java.util.List.of("run", "--llm", "gemini",
                "--jd", DATA.resolve("backend-engineer/jd.md").toString(),
                "--answers", DATA.resolve("backend-engineer/strong").toString(),
                "--out", tmp.resolve("report.json").toString(), "--markdown", tmp.resolve("report.md").toString()));
        args.addAll(java.util.List.of(extra));
        return Cli.run(context(), args.toArray(String[]::new));
    }

    /** A generateContent reply carrying {@code json} as the model's text, shaped like the real API's. */
    private static String reply(String json) {
        ObjectNode body = Json.mapper().createObjectNode();
        ObjectNode candidate = body.putArray("candidates").addObject();
        ObjectNode content = candidate.putObject("content");
        content.putArray("parts").addObject().put("text", json);
        content.put("role", "model");
        candidate.put("finishReason", "STOP");
        candidate.put("index", 0);
        ObjectNode usage = body.putObject("usageMetadata");
        usage.put("promptTokenCount", 100).put("candidatesTokenCount", 40).put("totalTokenCount", 150);
        body.put("modelVersion", "gemini-2.5-flash");
        return Json.write(body);
    }

    /** Each contract is recognised by a property only its response schema has. */
    private void stub(String schemaProperty, int priority, String json) {
        gemini.stubFor(post(urlPathEqualTo(PATH)).atPriority(priority)
                .withRequestBody(containing("\"" + schemaProperty + "\""))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json; charset=UTF-8")
                        .withBody(reply(json))));
    }

    private void stubEveryContract() {
        stub("yearsOfExperience", 1, """
                {"roleTitle":"Senior Backend Engineer","seniority":"SENIOR","yearsOfExperience":5,
                 "summary":"Builds and runs payment services.","topics":[
                 {"evidence":["Design and build backend services in Java and Kotlin using Spring Boot"],"name":"Spring Boot services","kind":"SKILL","importance":"ESSENTIAL","technical":true,"whyItMatters":"The core of the work.","keywords":["Java","Spring Boot"]},
                 {"evidence":["Model data and write efficient queries in PostgreSQL"],"name":"PostgreSQL","kind":"SKILL","importance":"ESSENTIAL","technical":true,"whyItMatters":"Payments need correct data.","keywords":["PostgreSQL","index"]},
                 {"evidence":["Build event-driven workflows with Apache Kafka"],"name":"Kafka workflows","kind":"SKILL","importance":"ESSENTIAL","technical":true,"whyItMatters":"Settlement is event driven.","keywords":["Kafka","idempotency"]},
                 {"evidence":["lead incident response and write blameless postmortems"],"name":"Incident response","kind":"RESPONSIBILITY","importance":"IMPORTANT","technical":false,"whyItMatters":"The team is on call.","keywords":["on-call","postmortem"]},
                 {"evidence":["Mentor engineers through pairing, design reviews and thoughtful code review"],"name":"Mentoring","kind":"RESPONSIBILITY","importance":"IMPORTANT","technical":false,"whyItMatters":"Seniors grow others.","keywords":["mentoring","code review"]}]}
                """);
        stub("suggestedRewrite", 1, "{\"flags\":[]}");
        stub("focusForReviewer", 1, """
                {"requirements":[{"topicId":"t1","strengths":["Clear account of service design"],"gaps":[]}],
                 "strengths":["Concrete examples"],"gaps":["Little on Kafka"],"focusForReviewer":["Ask about Kafka"],
                 "summary":"The candidate gave concrete examples for most requirements. A person should review the answers."}
                """);
        stub("clarity", 2, """
                {"evidence":[],"strengths":["Explains the approach"],"weaknesses":["Few figures"],
                 "star":{"situation":"","task":"","action":"","result":""},"clarity":4,"relevance":4,"skill":3,
                 "rationale":"A clear, relevant answer.","rating":"GOOD","followUp":{"needed":false,"probes":"","question":""}}
                """);
        stub("goodAnswerShows", 5, """
                {"questions":[
                 {"topicId":"t1","type":"TECHNICAL","text":"How do you structure a Spring Boot service so that it stays easy to change?","goodAnswerShows":"Layering and tests."},
                 {"topicId":"t2","type":"TECHNICAL","text":"How would you find out why a PostgreSQL query became slow?","goodAnswerShows":"Query plans and indexes."},
                 {"topicId":"t3","type":"SITUATIONAL","text":"A Kafka consumer processes some payments twice. What would you do?","goodAnswerShows":"Idempotency."},
                 {"topicId":"t4","type":"BEHAVIORAL","text":"Tell me about an incident you led. What happened and what changed afterwards?","goodAnswerShows":"Calm ownership."},
                 {"topicId":"t5","type":"BEHAVIORAL","text":"Describe how you helped a less experienced engineer grow.","goodAnswerShows":"Concrete mentoring."}]}
                """);
    }

    @Test
    void aWholeInterviewRunsOnGeminiAndTheReportCountsItsCallsAndTokens() throws IOException {
        // given
        stubEveryContract();

        // when
        Cli.Result result = runBackendInterview("--follow-ups", "0");

        // then: one call per plan step (no review: the local screen flagged nothing), one per answer, one summary
        assertThat(result.exitCode()).as(result.toString()).isZero();
        InterviewReport report = Json.read(Files.readString(tmp.resolve("report.json")), InterviewReport.class);
        assertThat(report.questions()).hasSize(5);
        assertThat(report.questions()).allSatisfy(q -> {
            assertThat(q.turns().get(0).evaluation().engine().provider()).isEqualTo("gemini");
            assertThat(q.turns().get(0).evaluation().engine().fallback()).isFalse();
        });
        assertThat(report.summary()).startsWith("The candidate gave concrete examples");
        assertThat(report.accounting().llmCalls()).isEqualTo(2 + 5 + 1);
        assertThat(report.accounting().tokens().totalTokens()).isEqualTo(150L * 8);
        gemini.verify(8, postRequestedFor(urlPathEqualTo(PATH)).withHeader("x-goog-api-key", equalTo("test-key-123")));
        assertThat(result.stderr()).contains("Not used (no such prompt in this interview): 06.txt, 07.txt");
    }

    @Test
    void withTheApiDownAndTheOfflineFallbackTheInterviewCompletesAndSaysWhichAnswersFellBack() throws IOException {
        // given: every call answers 503
        gemini.stubFor(post(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(503)
                .withHeader("Content-Type", "application/json; charset=UTF-8")
                .withBody("{\"error\":{\"code\":503,\"message\":\"The model is overloaded.\",\"status\":\"UNAVAILABLE\"}}")));

        // when
        Cli.Result result = runBackendInterview("-Dinterview.llm.fallback=offline");

        // then: every answer is kept and evaluated, each by the fallback, with the reason
        assertThat(result.exitCode()).as(result.toString()).isZero();
        InterviewReport report = Json.read(Files.readString(tmp.resolve("report.json")), InterviewReport.class);
        assertThat(report.answered()).isEqualTo(7);
        assertThat(report.questions()).allSatisfy(q -> {
            var engine = q.turns().get(0).evaluation().engine();
            assertThat(engine.provider()).isEqualTo("offline");
            assertThat(engine.fallbackReason()).contains("gemini failed").contains("503");
        });
        assertThat(result.stdout()).contains("Fallback: the answers to 1, 2, 3, 4, 5, 6, 7 were evaluated by the "
                + "fallback engine");
        assertThat(Files.readString(tmp.resolve("report.md"))).contains("fallback: gemini failed");
    }

    @Test
    void withTheApiDownAndNoFallbackTheCommandExitsOneWithOneLine() {
        gemini.stubFor(post(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(503)
                .withBody("{\"error\":{\"code\":503,\"message\":\"The model is overloaded.\",\"status\":\"UNAVAILABLE\"}}")));

        Cli.Result result = runBackendInterview();

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
        assertThat(result.stderrLines()).filteredOn(l -> l.startsWith("interview: ")).singleElement().asString()
                .contains("gemini").contains("503");
        assertThat(result.stderr()).doesNotContain("\tat ");
    }

    @Test
    void aRejectedKeyIsReportedWithTheSettingThatFixesIt() {
        gemini.stubFor(post(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(401)
                .withBody("{\"error\":{\"code\":401,\"message\":\"Request had invalid authentication credentials.\","
                        + "\"status\":\"UNAUTHENTICATED\"}}")));

        Cli.Result result = runBackendInterview();

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
        assertThat(result.stderr()).contains("GEMINI_API_KEY").doesNotContain("test-key-123");
    }
}
