package dev.aiinterview.gemini;

import static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder.responseDefinition;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.aiinterview.json.Json;
import dev.aiinterview.offline.OfflineLlmProvider;
import java.util.Optional;

/**
 * Answers generateContent the way a model would, from nothing but the request: a prompt contract's call is read
 * back into its input ({@link PromptReader}) and answered by the offline engine; a transcription call (audio in
 * the user turn) by {@link TranscribeReplies}. What cannot be read is a 400, so a request the SDK renders wrongly
 * fails the test instead of getting a made-up answer. Replies have the real API's shape, with usage and
 * thought-token counts.
 */
final class OfflineBrain implements ResponseDefinitionTransformerV2 {

    static final String NAME = "offline-brain";

    private final PromptReader reader = new PromptReader();
    private final OfflineLlmProvider engine = new OfflineLlmProvider();
    private final TranscribeReplies transcriptions;

    OfflineBrain(TranscribeReplies transcriptions) {
        this.transcriptions = transcriptions;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    @Override
    public ResponseDefinition transform(ServeEvent serveEvent) {
        JsonNode body = Json.read(serveEvent.getRequest().getBodyAsString(), JsonNode.class);
        String model = serveEvent.getRequest().getUrl().replaceAll("^.*/models/([^:]+):.*$", "$1");
        Optional<JsonNode> audio = TranscribeReplies.audioPart(body);
        if (audio.isPresent()) {
            return ok(transcriptions.reply(body, audio.get(), model));
        }
        String system = body.at("/systemInstruction/parts/0/text").asText();
        String user = body.at("/contents/0/parts/0/text").asText();
        JsonNode schema = body.at("/generationConfig/responseJsonSchema");
        return reader.read(schema, system, user)
                .map(read -> ok(reply(engine.generate(contractRequest(read)).text(), model, user.length())))
                .orElse(GeminiTodayRules.error(400, "INVALID_ARGUMENT", "The double could not read this request as "
                        + "one of the SDK's prompt contracts (schema or prompt does not match a template)"));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static dev.aiinterview.spi.LlmRequest contractRequest(PromptReader.Read read) {
        return ((dev.aiinterview.contract.PromptContract) read.contract()).request(read.input());
    }

    /** A 200 generateContent body carrying {@code text}, as the API shapes it. */
    static ObjectNode reply(String text, String model, int promptChars) {
        ObjectNode body = Json.mapper().createObjectNode();
        ObjectNode candidate = body.putArray("candidates").addObject();
        ObjectNode content = candidate.putObject("content");
        content.putArray("parts").addObject().put("text", text);
        content.put("role", "model");
        candidate.put("finishReason", "STOP").put("index", 0);
        int prompt = Math.max(1, promptChars / 4);
        int output = Math.max(1, text.length() / 4);
        int thoughts = 120;
        body.putObject("usageMetadata").put("promptTokenCount", prompt).put("candidatesTokenCount", output)
                .put("thoughtsTokenCount", thoughts).put("totalTokenCount", prompt + output + thoughts);
        body.put("modelVersion", model).put("responseId", "brain-" + Integer.toHexString(text.hashCode()));
        GeminiToday.model(model).map(GeminiToday.ServedModel::retires).ifPresent(retires -> body.putObject(
                "modelStatus").put("modelStage", "DEPRECATED").put("retirementTime", retires)
                .put("message", model + " is deprecated and will be retired; migrate to a newer model."));
        return body;
    }

    private static ResponseDefinition ok(JsonNode body) {
        return responseDefinition().withStatus(200).withHeader("Content-Type", "application/json; charset=UTF-8")
                .withBody(body.toString()).build();
    }
}
