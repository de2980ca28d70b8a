package dev.aiinterview.gemini;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The double refuses what today's API refuses, with the real status and message, whatever the SDK would send. */
class GeminiDoubleTest {

    private static GeminiDouble gemini;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        gemini = GeminiDouble.start().answerLikeAModel();
    }

    @AfterAll
    static void stop() {
        gemini.close();
    }

    @Test
    void aRetiredModelIs404WithTheRealMessage() throws Exception {
        HttpResponse<String> reply = generate("gemini-2.5-flash", "{}");

        assertThat(reply.statusCode()).isEqualTo(404);
        assertThat(error(reply)).isEqualTo("NOT_FOUND: models/gemini-2.5-flash is not found for API version v1beta, "
                + "or is not supported for generateContent. Call ListModels to see the list of available models and "
                + "their supported methods.");
    }

    @Test
    void bothThinkingFieldsAre400() throws Exception {
        HttpResponse<String> reply = generate("gemini-3.8-flash", "{\"thinkingConfig\":{\"thinkingBudget\":512,"
                + "\"thinkingLevel\":\"LOW\"}}");

        assertThat(reply.statusCode()).isEqualTo(400);
        assertThat(error(reply)).isEqualTo("INVALID_ARGUMENT: You can only set only one of thinking budget and "
                + "thinking level.");
        assertThat(gemini.requestsSentDiscouragedSettings()).contains("gemini-3.8-flash: both thinkingBudget and "
                + "thinkingLevel");
    }

    @Test
    void aThinkingLevelTheModelDoesNotTakeIs400() throws Exception {
        HttpResponse<String> reply = generate("gemini-3.8-flash", "{\"thinkingConfig\":{\"thinkingLevel\":\"MINIMAL\"}}");

        assertThat(reply.statusCode()).isEqualTo(400);
        assertThat(error(reply)).contains("Thinking level MINIMAL is not supported for this model");
        // Flash-Lite takes MINIMAL: the call gets past the rules (the brain then finds no contract in "hi")
        assertThat(error(generate("gemini-3.5-flash-lite", "{\"thinkingConfig\":{\"thinkingLevel\":\"MINIMAL\"}}")))
                .doesNotContain("Thinking level").contains("could not read this request");
    }

    @Test
    void theTranscriptionModelRefusesThinkingAndCustomVocabularyWithTimestamps() throws Exception {
        assertThat(error(generate("gemini-3.5-transcribe", "{\"thinkingConfig\":{\"thinkingLevel\":\"LOW\"}}")))
                .contains("Thinking is not supported");
        assertThat(error(generate("gemini-3.5-transcribe", "{\"audioTranscriptionConfig\":{\"wordTimestamp\":true,"
                + "\"customVocabulary\":[\"Kafka\"]}}"))).contains("custom_vocabulary is incompatible with timestamps");
    }

    @Test
    void aWrongKeyIsTheDeveloperApis400AndNoKeyIs403() throws Exception {
        HttpResponse<String> wrong = send(HttpRequest.newBuilder(uri("/v1beta/models/gemini-3.8-flash"))
                .header("x-goog-api-key", "nope").GET().build());
        HttpResponse<String> none = send(HttpRequest.newBuilder(uri("/v1beta/models")).GET().build());

        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(wrong.body()).contains("API_KEY_INVALID");
        assertThat(none.statusCode()).isEqualTo(403);
    }

    @Test
    void itListsTodaysModelsAndAnswersModelsGetWithTheRealNotFound() throws Exception {
        HttpResponse<String> list = send(get("/v1beta/models?pageSize=1000"));
        HttpResponse<String> missing = send(get("/v1beta/models/gemini-2.5-flash"));

        assertThat(GeminiWire.JSON.readTree(list.body()).get("models")).extracting(m -> m.get("name").asText())
                .contains("models/gemini-3.8-flash", "models/gemini-3.5-transcribe")
                .doesNotContain("models/gemini-2.5-flash");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(error(missing)).isEqualTo("NOT_FOUND: Model is not found: models/gemini-2.5-flash for api version "
                + "v1beta");
    }

    private HttpResponse<String> generate(String model, String generationConfig) throws Exception {
        String body = "{\"contents\":[{\"role\":\"user\",\"parts\":[{\"text\":\"hi\"}]}],\"generationConfig\":"
                + generationConfig + "}";
        return send(HttpRequest.newBuilder(uri("/v1beta/models/" + model + ":generateContent"))
                .header("x-goog-api-key", GeminiDouble.KEY).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(uri(path)).header("x-goog-api-key", GeminiDouble.KEY).GET().build();
    }

    private static URI uri(String path) {
        return URI.create(gemini.baseUrl() + path);
    }

    private HttpResponse<String> send(HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static String error(HttpResponse<String> reply) throws Exception {
        JsonNode error = GeminiWire.JSON.readTree(reply.body()).get("error");
        return error.get("status").asText() + ": " + error.get("message").asText();
    }
}
