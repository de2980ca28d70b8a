package dev.aiinterview.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import dev.aiinterview.api.InterviewReport;
import dev.aiinterview.api.config.ConfigSource;
import dev.aiinterview.json.Json;
import dev.aiinterview.core.registry.ServiceLoaderProviders;
import dev.aiinterview.gemini.GeminiDouble;
import dev.aiinterview.spi.LlmProviderFactory;
import dev.aiinterview.spi.SpeechToTextProviderFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The CLI with Gemini against {@link GeminiDouble}, a local stand-in for the Gemini API as it is served today
 * (only today's models, the real 404s and 400s), selected through the base-URL setting: every bundled example
 * with the default settings, a retired model caught before any interview call, a dead API with and without the
 * offline fallback, and a rejected key.
 */
class GeminiCliTest {

    private static final String GENERATE = "/v1beta/models/gemini-3.8-flash:generateContent";
    private static final Path DATA = Path.of(System.getProperty("examples.data", "../data"));

    @TempDir
    Path tmp;

    /** Checks after each test that no request carried settings Gemini 3 refuses or degrades on. */
    @RegisterExtension
    static GeminiDouble.Extension gemini = GeminiDouble.extension().answeringLikeAModel();

    private CliContext context(String... extra) {
        Map<String, String> settings = new HashMap<>(Map.of(
                "interview.gemini.api-key", GeminiDouble.KEY,
                "interview.gemini.base-url", gemini.baseUrl(),
                "interview.llm.retry-delay", "5ms"));
        for (int i = 0; i < extra.length; i += 2) {
            settings.put(extra[i], extra[i + 1]);
        }
        return new CliContext(ConfigSource.of(settings),
                () -> ServiceLoaderProviders.load(LlmProviderFactory.class),
                () -> ServiceLoaderProviders.load(SpeechToTextProviderFactory.class));
    }

    private Cli.Result runInterview(String role, String... extra) {
        var args = new ArrayList<>(List.of("run",
                "--jd", DATA.resolve(role + "/jd.md").toString(),
                "--answers", DATA.resolve(role + "/strong").toString(),
                "--out", tmp.resolve(role + ".json").toString(), "--markdown", tmp.resolve(role + ".md").toString()));
        args.addAll(List.of(extra));
        return Cli.run(context(), args.toArray(String[]::new));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"backend-engineer", "registered-nurse", "account-executive"})
    void everyBundledExampleRunsOnGeminiWithTheDefaultSettings(String role) throws IOException {
        // given: a key and nothing else, so the CLI picks Gemini and its defaults

        // when
        Cli.Result result = runInterview(role);

        // then
        assertThat(result.exitCode()).as(result.toString()).isZero();
        InterviewReport report = Json.read(Files.readString(tmp.resolve(role + ".json")), InterviewReport.class);
        assertThat(report.answered()).isPositive();
        assertThat(report.questions()).allSatisfy(q -> q.turns().forEach(t -> {
            assertThat(t.evaluation().engine().provider()).isEqualTo("gemini");
            assertThat(t.evaluation().engine().model()).isEqualTo("gemini-3.8-flash");
            assertThat(t.evaluation().engine().fallback()).isFalse();
        }));
        assertThat(gemini.generateRequests()).isNotEmpty().allSatisfy(body -> {
            assertThat(body.at("/generationConfig/thinkingConfig/thinkingLevel").asText()).isIn("LOW", "MEDIUM");
            assertThat(body.at("/generationConfig").has("temperature")).isFalse();
        });
        gemini.verify(0, postRequestedFor(urlPathMatching(".*gemini-2\\.5.*")));
    }

    @Test
    void aRetiredModelExitsTwoBeforeAnyInterviewCallNamingServedModels() {
        // when
        Cli.Result result = runInterview("backend-engineer", "-Dinterview.gemini.model=gemini-2.5-flash");

        // then
        assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
        assertThat(result.stderrLines()).filteredOn(l -> l.startsWith("interview: ")).singleElement().asString()
                .contains("'gemini-2.5-flash'").contains("interview.gemini.model")
                .contains("served models that fit: ").contains("gemini-3.8-flash");
        assertThat(result.stderr()).doesNotContain("\tat ");
        assertThat(gemini.generateRequests()).isEmpty();
    }

    @Test
    void aWholeInterviewCountsItsCallsAndTokens() throws IOException {
        // when
        Cli.Result result = runInterview("backend-engineer", "--follow-ups", "0");

        // then: one call per plan step (no review: the local screen flagged nothing), one per answer, one summary
        assertThat(result.exitCode()).as(result.toString()).isZero();
        InterviewReport report = Json.read(Files.readString(tmp.resolve("backend-engineer.json")),
                InterviewReport.class);
        int calls = gemini.generateRequests().size();
        assertThat(report.accounting().llmCalls()).isEqualTo(calls).isEqualTo(2 + report.answered() + 1);
        assertThat(report.accounting().tokens().totalTokens()).isPositive();
        gemini.verify(calls, postRequestedFor(urlPathEqualTo(GENERATE))
                .withHeader("x-goog-api-key", equalTo(GeminiDouble.KEY)));
    }

    @Test
    void withTheApiDownAndTheOfflineFallbackTheInterviewCompletesAndSaysWhichAnswersFellBack() throws IOException {
        // given: every call answers 503
        overloaded();

        // when
        Cli.Result result = runInterview("backend-engineer", "-Dinterview.llm.fallback=offline");

        // then: every answer is kept and evaluated, each by the fallback, with the reason
        assertThat(result.exitCode()).as(result.toString()).isZero();
        InterviewReport report = Json.read(Files.readString(tmp.resolve("backend-engineer.json")),
                InterviewReport.class);
        assertThat(report.answered()).isEqualTo(7);
        assertThat(report.questions()).allSatisfy(q -> {
            var engine = q.turns().get(0).evaluation().engine();
            assertThat(engine.provider()).isEqualTo("offline");
            assertThat(engine.fallbackReason()).contains("gemini failed").contains("503");
        });
        assertThat(result.stdout()).contains("Fallback: the answers to 1, 2, 3, 4, 5, 6, 7 were evaluated by the "
                + "fallback engine");
        assertThat(Files.readString(tmp.resolve("backend-engineer.md"))).contains("fallback: gemini failed");
    }

    @Test
    void withTheApiDownAndNoFallbackTheCommandExitsOneWithOneLine() {
        overloaded();

        Cli.Result result = runInterview("backend-engineer");

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
        assertThat(result.stderrLines()).filteredOn(l -> l.startsWith("interview: ")).singleElement().asString()
                .contains("gemini").contains("503");
        assertThat(result.stderr()).doesNotContain("\tat ");
    }

    @Test
    void aRejectedKeyIsReportedWithTheSettingThatFixesIt() {
        Cli.Result result = Cli.run(context("interview.gemini.api-key", "a-wrong-key"), "run",
                "--jd", DATA.resolve("backend-engineer/jd.md").toString(),
                "--answers", DATA.resolve("backend-engineer/strong").toString());

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
        assertThat(result.stderr()).contains("GEMINI_API_KEY").contains("API key not valid")
                .doesNotContain("a-wrong-key");
        assertThat(gemini.generateRequests()).isEmpty();
    }

    private void overloaded() {
        gemini.stubFor(post(urlPathEqualTo(GENERATE)).willReturn(aResponse().withStatus(503)
                .withHeader("Content-Type", "application/json; charset=UTF-8")
                .withBody("{\"error\":{\"code\":503,\"message\":\"The model is overloaded.\",\"status\":\"UNAVAILABLE\"}}")));
    }
}
