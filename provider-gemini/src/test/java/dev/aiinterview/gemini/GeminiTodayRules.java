package dev.aiinterview.gemini;

import static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder.responseDefinition;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.extension.requestfilter.RequestFilterAction;
import com.github.tomakehurst.wiremock.extension.requestfilter.StubRequestFilterV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs before any stub, as the real service's front end would: refuses any call with a missing or wrong key, and a
 * generateContent call that today's API refuses (a model that is not served or cannot generate,
 * {@code thinkingBudget} together with {@code thinkingLevel}, a thinking level the model does not take, a thinking
 * configuration for a model without thinking, what the transcription model refuses). Calls it lets through go on
 * to the stubs (the catalogue's among them, see {@link GeminiCatalogue}); every generateContent body is recorded.
 */
final class GeminiTodayRules implements StubRequestFilterV2 {

    private static final Pattern GENERATE = Pattern.compile("^/v1beta/models/([^/:?]+):generateContent$");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String key;
    final List<JsonNode> generateBodies = new CopyOnWriteArrayList<>();
    final List<String> generateModels = new CopyOnWriteArrayList<>();

    GeminiTodayRules(String key) {
        this.key = key;
    }

    @Override
    public String getName() {
        return "gemini-today";
    }

    @Override
    public RequestFilterAction filter(Request request, ServeEvent serveEvent) {
        String path = request.getUrl().replaceAll("\\?.*$", "");
        if (!path.startsWith("/v1beta/models")) {
            return RequestFilterAction.continueWith(request);
        }
        Optional<ResponseDefinition> unauthorised = checkKey(request);
        if (unauthorised.isPresent()) {
            return RequestFilterAction.stopWith(unauthorised.get());
        }
        Matcher generate = GENERATE.matcher(path);
        if (RequestMethod.POST.equals(request.getMethod()) && generate.matches()) {
            return generate(request, generate.group(1));
        }
        return RequestFilterAction.continueWith(request);
    }

    private RequestFilterAction generate(Request request, String model) {
        JsonNode body;
        try {
            body = JSON.readTree(request.getBodyAsString());
        } catch (IOException e) {
            return RequestFilterAction.stopWith(error(400, "INVALID_ARGUMENT", "Invalid JSON payload received. "
                    + e.getMessage()));
        }
        generateBodies.add(body);
        generateModels.add(model);
        Optional<GeminiToday.ServedModel> served = GeminiToday.model(model).filter(GeminiToday.ServedModel::generates);
        if (served.isEmpty()) {
            return RequestFilterAction.stopWith(error(404, "NOT_FOUND", GeminiToday.notFound(model,
                    "generateContent")));
        }
        JsonNode thinking = body.at("/generationConfig/thinkingConfig");
        if (!thinking.isMissingNode()) {
            if (thinking.has("thinkingBudget") && thinking.has("thinkingLevel")) {
                return RequestFilterAction.stopWith(error(400, "INVALID_ARGUMENT", "You can only set only one of "
                        + "thinking budget and thinking level."));
            }
            if (!served.get().thinks()) {
                return RequestFilterAction.stopWith(error(400, "INVALID_ARGUMENT", "Thinking is not supported by "
                        + "this model."));
            }
            String level = thinking.path("thinkingLevel").asText("");
            if (!level.isEmpty() && !served.get().thinkingLevels().contains(level)) {
                return RequestFilterAction.stopWith(error(400, "INVALID_ARGUMENT", "Thinking level " + level
                        + " is not supported for this model. Please retry with other thinking level."));
            }
        }
        if (model.contains("transcribe")) {
            Optional<String> refused = transcription(body);
            if (refused.isPresent()) {
                return RequestFilterAction.stopWith(error(400, "INVALID_ARGUMENT", refused.get()));
            }
        }
        return RequestFilterAction.continueWith(request);
    }

    /**
     * What Google's transcription model refuses: custom vocabulary with timestamps or diarization, smart mode with
     * either (documented), and the settings of a general model (the model card lists system instructions and
     * structured output as unsupported; the message is the double's, no real one was recorded).
     */
    private static Optional<String> transcription(JsonNode body) {
        JsonNode config = body.at("/generationConfig/audioTranscriptionConfig");
        boolean vocabulary = config.path("customVocabulary").size() > 0;
        boolean timestamps = config.path("wordTimestamp").asBoolean(false);
        boolean diarization = config.path("diarization").asBoolean(false);
        if (vocabulary && timestamps) {
            return Optional.of("custom_vocabulary is incompatible with timestamps.");
        }
        if (vocabulary && diarization) {
            return Optional.of("custom_vocabulary is incompatible with diarization.");
        }
        if ("SMART".equals(config.path("mode").asText()) && (timestamps || diarization)) {
            return Optional.of("SMART mode cannot be combined with word_timestamp or diarization.");
        }
        if (body.has("systemInstruction") || body.at("/generationConfig").has("responseJsonSchema")) {
            return Optional.of("System instructions and structured output are not supported by this model.");
        }
        return Optional.empty();
    }

    private Optional<ResponseDefinition> checkKey(Request request) {
        String sent = request.getHeader("x-goog-api-key");
        if (sent == null || sent.isEmpty()) {
            return Optional.of(error(403, "PERMISSION_DENIED", "Method doesn't allow unregistered callers (callers "
                    + "without established identity). Please use API Key or other form of API consumer identity to "
                    + "call this API."));
        }
        if (!sent.equals(key)) {
            ObjectNode body = errorBody(400, "INVALID_ARGUMENT", "API key not valid. Please pass a valid API key.");
            ((ObjectNode) body.get("error")).putArray("details").addObject()
                    .put("@type", "type.googleapis.com/google.rpc.ErrorInfo").put("reason", "API_KEY_INVALID")
                    .put("domain", "googleapis.com");
            return Optional.of(json(400, body));
        }
        return Optional.empty();
    }

    static ResponseDefinition error(int code, String status, String message) {
        return json(code, errorBody(code, status, message));
    }

    private static ObjectNode errorBody(int code, String status, String message) {
        ObjectNode body = JSON.createObjectNode();
        body.putObject("error").put("code", code).put("message", message).put("status", status);
        return body;
    }

    private static ResponseDefinition json(int status, JsonNode body) {
        return responseDefinition().withStatus(status)
                .withHeader("Content-Type", "application/json; charset=UTF-8")
                .withBody(body.toPrettyString()).build();
    }
}
