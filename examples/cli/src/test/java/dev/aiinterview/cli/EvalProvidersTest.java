package dev.aiinterview.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aiinterview.api.config.ConfigSource;
import dev.aiinterview.api.error.ProviderUnavailableException;
import dev.aiinterview.core.registry.ServiceLoaderProviders;
import dev.aiinterview.gemini.GeminiDouble;
import dev.aiinterview.json.Json;
import dev.aiinterview.spi.LlmProvider;
import dev.aiinterview.spi.LlmProviderFactory;
import dev.aiinterview.spi.SpeechToTextProviderFactory;
import dev.aiinterview.testkit.ScriptedLlm;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code interview eval} with other engines than the offline one, and with engines that fail. */
class EvalProvidersTest {

    private static final String GENERATE = "/v1beta/models/gemini-3.8-flash:generateContent";

    @RegisterExtension
    static GeminiDouble.Extension gemini = GeminiDouble.extension().answeringLikeAModel();

    @TempDir
    Path tmp;

    private static CliContext context(Map<String, String> settings, List<LlmProviderFactory> llms) {
        return new CliContext(ConfigSource.of(settings), () -> llms,
                () -> ServiceLoaderProviders.load(SpeechToTextProviderFactory.class));
    }

    private CliContext geminiContext(String... extra) {
        var settings = new java.util.HashMap<>(Map.of("interview.gemini.api-key", GeminiDouble.KEY,
                "interview.gemini.base-url", gemini.baseUrl(), "interview.llm.retry-delay", "5ms"));
        for (int i = 0; i < extra.length; i += 2) {
            settings.put(extra[i], extra[i + 1]);
        }
        return context(settings, ServiceLoaderProviders.load(LlmProviderFactory.class));
    }

    /** An engine that plans and rates as the offline one does, with failures queued for answer evaluations. */
    private static CliContext flaky(int failures) {
        LlmProviderFactory offline = ServiceLoaderProviders.load(LlmProviderFactory.class).stream()
                .filter(f -> f.id().equals("offline")).findFirst().orElseThrow();
        LlmProviderFactory factory = new LlmProviderFactory() {
            @Override
            public String id() {
                return "flaky";
            }

            @Override
            public LlmProvider create(ConfigSource config) {
                LlmProvider real = offline.create(config);
                var llm = new ScriptedLlm("flaky").otherwise(request -> real.generate(request).text());
                for (int i = 0; i < failures; i++) {
                    llm.fail("answer-evaluation", new ProviderUnavailableException("flaky", "overloaded"));
                }
                return llm;
            }
        };
        return context(Map.of("interview.llm.max-attempts", "1"), List.of(factory));
    }

    private Cli.Result eval(CliContext context, Path out, String... more) {
        var args = new java.util.ArrayList<>(List.of("eval", "--dataset", EvalCommandTest.MINI.toString(),
                "--out", out.toString()));
        args.addAll(List.of(more));
        return Cli.run(context, args.toArray(String[]::new));
    }

    @Test
    void geminiIsEvaluatedAndItsCallsAndTokensAreCounted() throws IOException {
        // given
        Path out = tmp.resolve("eval.json");

        // when
        Cli.Result result = eval(geminiContext(), out);

        // then: every request the API received is counted, with the tokens it reported
        assertThat(result.exitCode()).as(result.toString()).isZero();
        JsonNode report = Json.mapper().readTree(out.toFile());
        assertThat(report.path("llm").asText()).isEqualTo("gemini");
        assertThat(report.path("usage").path("calls").asInt()).isEqualTo(gemini.generateRequests().size());
        assertThat(report.path("usage").path("totalTokens").asLong()).isPositive();
        assertThat(report.path("overall").path("ratings").path("evaluated").asInt()).isEqualTo(8);
    }

    @Test
    void anEvaluationThatFailsIsCountedAsFailedAndTheRunGoesOn() throws IOException {
        // given: the first answer's first evaluation fails (one at a time, so that it is the first)
        Path out = tmp.resolve("eval.json");

        // when
        Cli.Result result = eval(flaky(1), out, "--parallel", "1");

        // then
        assertThat(result.exitCode()).as(result.toString()).isZero();
        JsonNode report = Json.mapper().readTree(out.toFile());
        assertThat(report.path("overall").path("ratings").path("failed").asInt()).isEqualTo(1);
        assertThat(report.path("overall").path("ratings").path("evaluated").asInt()).isEqualTo(7);
        JsonNode first = report.path("jobs").path(0).path("answers").path(0);
        assertThat(first.path("rating").isNull()).isTrue();
        assertThat(first.path("error").asText()).contains("overloaded");
    }

    @Test
    void aProviderThatKeepsFailingStopsTheRunWithOneLine() {
        // when
        Cli.Result result = eval(flaky(EvalRun.MAX_FAILURES_IN_A_ROW), tmp.resolve("eval.json"), "--parallel", "1");

        // then
        assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
        assertThat(result.stderrLines()).filteredOn(l -> l.startsWith("interview: ")).singleElement().asString()
                .contains("'flaky' failed 5 evaluations in a row", "overloaded");
        assertThat(tmp.resolve("eval.json")).doesNotExist();
    }

    @Test
    void aFallbackEngineIsNeverMeasuredInPlaceOfTheOneUnderTest() {
        // given: the API is down and the offline engine is configured as the fallback
        gemini.stubFor(post(urlPathEqualTo(GENERATE)).willReturn(aResponse().withStatus(503)
                .withHeader("Content-Type", "application/json; charset=UTF-8")
                .withBody("{\"error\":{\"code\":503,\"message\":\"The model is overloaded.\",\"status\":\"UNAVAILABLE\"}}")));

        // when
        Cli.Result result = eval(geminiContext("interview.llm.fallback", "offline"), tmp.resolve("eval.json"));

        // then
        assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
        assertThat(result.stderrLines()).filteredOn(l -> l.startsWith("interview: ")).singleElement().asString()
                .contains("fell back to offline", "would not measure gemini");
    }
}
