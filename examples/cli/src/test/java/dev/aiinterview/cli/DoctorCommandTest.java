package dev.aiinterview.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import dev.aiinterview.api.config.ConfigSource;
import dev.aiinterview.core.registry.ServiceLoaderProviders;
import dev.aiinterview.gemini.GeminiDouble;
import dev.aiinterview.spi.LlmProviderFactory;
import dev.aiinterview.spi.SpeechToTextProviderFactory;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code interview doctor} against {@link GeminiDouble}: all good, the service down, a rejected key, no key. */
class DoctorCommandTest {

    /** Checks after each test that no request carried settings Gemini 3 refuses or degrades on. */
    @RegisterExtension
    static GeminiDouble.Extension gemini = GeminiDouble.extension().answeringLikeAModel();

    private CliContext context(Map<String, String> settings) {
        Map<String, String> all = new HashMap<>(Map.of("interview.gemini.base-url", gemini.baseUrl()));
        all.putAll(settings);
        return new CliContext(ConfigSource.of(all),
                () -> ServiceLoaderProviders.load(LlmProviderFactory.class),
                () -> ServiceLoaderProviders.load(SpeechToTextProviderFactory.class));
    }

    private Cli.Result doctor(Map<String, String> settings, String... args) {
        var argv = new java.util.ArrayList<>(List.of("doctor"));
        argv.addAll(List.of(args));
        return Cli.run(context(settings), argv.toArray(String[]::new));
    }

    private static List<String> line(Cli.Result result, String role) {
        return result.stdout().lines().filter(l -> l.startsWith(role + " ")).toList();
    }

    @Test
    void withAKeyBothGeminiProvidersAreCheckedWithATinyRealCallAndExitZero() {
        // when
        Cli.Result result = doctor(Map.of("interview.gemini.api-key", GeminiDouble.KEY));

        // then
        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.stdout()).startsWith("ROLE").contains("All providers are ready.");
        assertThat(line(result, "llm")).singleElement().asString()
                .contains("gemini").contains("gemini-3.8-flash").contains("OK").containsPattern("\\d+ ms");
        assertThat(line(result, "speech-to-text")).singleElement().asString()
                .contains("gemini").contains("gemini-3.5-transcribe").contains("OK");
        assertThat(gemini.generateRequests()).hasSize(2);
        assertThat(result.stdout() + result.stderr()).doesNotContain(GeminiDouble.KEY);
    }

    @Test
    void whenTheServiceAnswers503EachProviderFailsOnOneLineAndTheExitIsOne() {
        // given
        respondToEveryCall(503, "UNAVAILABLE", "The model is overloaded. Please try again later.");

        // when
        Cli.Result result = doctor(Map.of("interview.gemini.api-key", GeminiDouble.KEY));

        // then
        assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
        assertThat(line(result, "llm")).singleElement().asString().contains("FAILED").contains("503");
        assertThat(line(result, "speech-to-text")).singleElement().asString().contains("FAILED").contains("503");
        assertThat(result.stdout() + result.stderr()).doesNotContain("\tat ").doesNotContain("Exception");
    }

    @Test
    void whenTheServiceAnswers401TheLineSaysWhichKeyToCheckAndTheExitIsOne() {
        // given
        respondToEveryCall(401, "UNAUTHENTICATED", "Request had invalid authentication credentials.");

        // when
        Cli.Result result = doctor(Map.of("interview.gemini.api-key", GeminiDouble.KEY));

        // then
        assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
        assertThat(line(result, "llm")).singleElement().asString().contains("FAILED").contains("401")
                .contains("GEMINI_API_KEY");
        assertThat(result.stdout()).doesNotContain("\tat ");
    }

    @Test
    void aKeyTheServiceRejectsFailsAtTheModelCheck() {
        // when
        Cli.Result result = doctor(Map.of("interview.gemini.api-key", "not-the-key"), "--llm", "gemini",
                "--stt", "gemini");

        // then
        assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
        assertThat(line(result, "llm")).singleElement().asString().contains("FAILED").contains("API key not valid");
        assertThat(result.stdout()).doesNotContain("not-the-key");
        assertThat(gemini.generateRequests()).isEmpty();
    }

    @Test
    void withoutAKeyGeminiIsMisconfiguredAndTheExitIsTwo() {
        // when
        Cli.Result result = doctor(Map.of(), "--llm", "gemini", "--stt", "gemini");

        // then
        assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
        assertThat(line(result, "llm")).singleElement().asString().contains("MISCONFIGURED")
                .contains("GEMINI_API_KEY");
        assertThat(line(result, "speech-to-text")).singleElement().asString().contains("MISCONFIGURED");
        assertThat(gemini.getAllServeEvents()).isEmpty();
    }

    @Test
    void aRetiredModelIsMisconfiguredNamingServedModels() {
        // when
        Cli.Result result = doctor(Map.of("interview.gemini.api-key", GeminiDouble.KEY,
                "interview.gemini.model", "gemini-2.5-flash"));

        // then
        assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
        assertThat(line(result, "llm")).singleElement().asString().contains("MISCONFIGURED")
                .contains("'gemini-2.5-flash'").contains("gemini-3.8-flash");
        assertThat(line(result, "speech-to-text")).singleElement().asString().contains("OK");
    }

    @Test
    void theOfflineEngineNeedsNothingAndSpeechToTextThatIsNotSetUpIsSkipped() {
        // when: no key, so the LLM defaults to offline and Gemini's speech-to-text cannot start
        Cli.Result result = doctor(Map.of());

        // then
        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(line(result, "llm")).singleElement().asString().contains("offline").contains("OK");
        assertThat(line(result, "speech-to-text")).singleElement().asString().contains("SKIPPED");
    }

    private void respondToEveryCall(int code, String status, String message) {
        gemini.stubFor(post(urlPathMatching("/v1beta/models/.*")).atPriority(1).willReturn(aResponse()
                .withStatus(code).withHeader("Content-Type", "application/json; charset=UTF-8")
                .withBody("{\"error\":{\"code\":" + code + ",\"message\":\"" + message + "\",\"status\":\"" + status
                        + "\"}}")));
    }
}
