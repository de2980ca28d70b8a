package dev.aiinterview.gemini;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import java.util.ArrayList;
import java.util.List;

/**
 * A local stand-in for the Gemini Developer API as it is served today (WireMock, on a free port): the models of
 * {@link GeminiToday} and nothing else, the real 404 for a retired model, and the real 400s for settings today's
 * models refuse ({@link GeminiTodayRules}). Tests stub generateContent replies as usual, or let
 * {@link #answerLikeAModel()} answer every prompt contract and transcription from the request alone.
 *
 * <p>Every generateContent body it received is kept, and {@link #requestsSentDiscouragedSettings()} lists the ones
 * that carried what the SDK must never send: both thinking fields, or a temperature below 1.0 to a Gemini 3 model.
 */
public final class GeminiDouble implements AutoCloseable {

    /** The key the double accepts; any other is answered as the real API answers an invalid key. */
    public static final String KEY = "test-key-123";

    private final WireMockServer server;
    private final GeminiTodayRules rules;
    private final TranscribeReplies transcriptions;

    private GeminiDouble(WireMockServer server, GeminiTodayRules rules, TranscribeReplies transcriptions) {
        this.server = server;
        this.rules = rules;
        this.transcriptions = transcriptions;
    }

    /**
     * Runs the double until stopped, answering like a model, for trying the apps against it by hand:
     * {@code java -cp <test classpath> dev.aiinterview.gemini.GeminiDouble [port]}, then
     * {@code GEMINI_API_KEY=test-key-123 GEMINI_BASE_URL=http://localhost:<port>}.
     */
    public static void main(String[] args) throws InterruptedException {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 0;
        GeminiDouble gemini = start(port).answerLikeAModel();
        Runtime.getRuntime().addShutdownHook(new Thread(gemini::close));
        org.slf4j.LoggerFactory.getLogger(GeminiDouble.class).warn("Gemini double (today's models) on {} with "
                + "key {}", gemini.baseUrl(), KEY);
        Thread.currentThread().join();
    }

    /** A started double on a free port. */
    public static GeminiDouble start() {
        return start(0);
    }

    private static GeminiDouble start(int port) {
        GeminiTodayRules rules = new GeminiTodayRules(KEY);
        TranscribeReplies transcriptions = new TranscribeReplies();
        WireMockServer server = new WireMockServer(options(rules, transcriptions).port(port));
        server.start();
        server.stubFor(GeminiCatalogue.stub());
        return new GeminiDouble(server, rules, transcriptions);
    }

    /** A JUnit 5 extension holding a double; after each test it fails on any request with discouraged settings. */
    public static Extension extension() {
        return new Extension(new GeminiTodayRules(KEY), new TranscribeReplies());
    }

    /** What recordings "say" when {@link #answerLikeAModel()} answers a transcription call. */
    public TranscribeReplies transcriptions() {
        return transcriptions;
    }

    /** Answers every generateContent call that no stub of the test answers, as a model would. */
    public GeminiDouble answerLikeAModel() {
        server.stubFor(likeAModel());
        return this;
    }

    public String baseUrl() {
        return server.baseUrl();
    }

    /** The WireMock server, for stubs and verification. */
    public WireMockServer server() {
        return server;
    }

    /** Every generateContent body received, in order. */
    public List<JsonNode> generateRequests() {
        return List.copyOf(rules.generateBodies);
    }

    /** Requests that carried both thinking fields, or a temperature below 1.0 for a Gemini 3 model; empty is good. */
    public List<String> requestsSentDiscouragedSettings() {
        return discouraged(rules);
    }

    @Override
    public void close() {
        server.stop();
    }

    static WireMockConfiguration options(GeminiTodayRules rules, TranscribeReplies transcriptions) {
        return wireMockConfig().dynamicPort().extensions(rules, new GeminiCatalogue(),
                new OfflineBrain(transcriptions));
    }

    /** A catch-all stub, below any a test adds, that the brain answers. */
    private static MappingBuilder likeAModel() {
        return post(urlPathMatching("/v1beta/models/[^/:]+:generateContent")).atPriority(100)
                .willReturn(aResponse().withTransformers(OfflineBrain.NAME));
    }

    /**
     * What a request must never carry, judged by the catalogue (not by the SDK's own reading of model names): both
     * thinking fields, a thinking budget or a temperature below 1.0 for a model of generation 3 or later.
     */
    static List<String> discouraged(GeminiTodayRules rules) {
        List<String> found = new ArrayList<>();
        for (int i = 0; i < rules.generateBodies.size(); i++) {
            JsonNode generation = rules.generateBodies.get(i).path("generationConfig");
            String model = rules.generateModels.get(i);
            JsonNode thinking = generation.path("thinkingConfig");
            if (thinking.has("thinkingBudget") && thinking.has("thinkingLevel")) {
                found.add(model + ": both thinkingBudget and thinkingLevel");
            }
            boolean gemini3 = GeminiToday.model(model).map(m -> m.generation() >= 3).orElse(false);
            if (gemini3 && thinking.has("thinkingBudget")) {
                found.add(model + ": thinkingBudget, the 2.x setting");
            }
            if (gemini3 && generation.has("temperature") && generation.get("temperature").asDouble() < 1.0) {
                found.add(model + ": temperature " + generation.get("temperature").asDouble());
            }
        }
        return found;
    }

    /**
     * The double as a JUnit 5 extension ({@code @RegisterExtension static GeminiDouble.Extension server = ...}):
     * a {@link WireMockExtension} with today's rules, whose recorded requests are checked and cleared after each
     * test.
     */
    public static final class Extension extends WireMockExtension {

        private final GeminiTodayRules rules;
        private final TranscribeReplies transcriptions;
        private volatile boolean likeAModel;

        private Extension(GeminiTodayRules rules, TranscribeReplies transcriptions) {
            super(WireMockExtension.extensionOptions().options(options(rules, transcriptions)));
            this.rules = rules;
            this.transcriptions = transcriptions;
        }

        /** What recordings "say" when {@link #answerLikeAModel()} answers a transcription call. */
        public TranscribeReplies transcriptions() {
            return transcriptions;
        }

        /** Answers every generateContent call that no stub of the test answers, as a model would, in this test. */
        public Extension answerLikeAModel() {
            stubFor(likeAModel());
            return this;
        }

        /** Answers like a model in every test: {@link #answerLikeAModel()} put back after each reset. */
        public Extension answeringLikeAModel() {
            likeAModel = true;
            return this;
        }

        /** Every generateContent body received in this test, in order. */
        public List<JsonNode> generateRequests() {
            return List.copyOf(rules.generateBodies);
        }

        /** Forgets the requests of this test: for a test that sends discouraged settings on purpose. */
        public void forgetRequests() {
            rules.generateBodies.clear();
            rules.generateModels.clear();
        }

        @Override
        protected void onBeforeAll(WireMockRuntimeInfo info) {
            standingStubs();
        }

        @Override
        protected void onBeforeEach(WireMockRuntimeInfo info) {
            // Stubs are reset before each test; the standing ones are put back, below any stub a test adds.
            standingStubs();
        }

        private void standingStubs() {
            stubFor(GeminiCatalogue.stub());
            if (likeAModel) {
                stubFor(likeAModel());
            }
        }

        @Override
        protected void onAfterEach(WireMockRuntimeInfo info) {
            List<String> found = discouraged(rules);
            forgetRequests();
            if (!found.isEmpty()) {
                throw new AssertionError("Requests carried settings the SDK must never send: " + found);
            }
        }
    }
}
