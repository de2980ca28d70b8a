package dev.aiinterview.gemini;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.aiinterview.api.config.ConfigKeys;
import dev.aiinterview.api.config.ConfigSource;
import java.util.HashMap;
import java.util.Map;

/**
 * Gemini REST responses shaped exactly like the real API's (see docs/providers/gemini.md, "Testing"), and settings
 * that point the provider at a local WireMock server.
 */
final class GeminiWire {

    static final String KEY = GeminiDouble.KEY;
    static final String GENERATE = "/v1beta/models/gemini-3.8-flash:generateContent";
    static final String TRANSCRIBE = "/v1beta/models/gemini-3.5-transcribe:generateContent";
    static final ObjectMapper JSON = new ObjectMapper();

    /** Settings for a WireMock server: the base URL, a test key and millisecond retry delays. */
    static Map<String, String> settings(WireMockExtension server) {
        var map = new HashMap<String, String>();
        map.put(GeminiConfig.API_KEY, KEY);
        map.put(GeminiConfig.BASE_URL, server.baseUrl());
        map.put(GeminiConfig.TIMEOUT, "5s");
        map.put(ConfigKeys.STT_RETRY_DELAY, "1ms");
        return map;
    }

    static ConfigSource config(WireMockExtension server, String... keyValues) {
        Map<String, String> map = settings(server);
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put(keyValues[i], keyValues[i + 1]);
        }
        return ConfigSource.of(map);
    }

    /** A 200 generateContent reply with one candidate, usage as in the captured wire format. */
    static ResponseDefinitionBuilder reply(String text, String finishReason) {
        return json(200, replyBody(text, finishReason));
    }

    static ResponseDefinitionBuilder reply(String text) {
        return reply(text, "STOP");
    }

    static ObjectNode replyBody(String text, String finishReason) {
        ObjectNode body = JSON.createObjectNode();
        ObjectNode candidate = body.putArray("candidates").addObject();
        ObjectNode content = candidate.putObject("content");
        if (text != null) {
            content.putArray("parts").addObject().put("text", text);
        }
        content.put("role", "model");
        candidate.put("finishReason", finishReason).put("index", 0);
        ObjectNode usage = body.putObject("usageMetadata").put("promptTokenCount", 31).put("candidatesTokenCount", 17)
                .put("totalTokenCount", 95);
        usage.putArray("promptTokensDetails").addObject().put("modality", "TEXT").put("tokenCount", 31);
        usage.put("thoughtsTokenCount", 47);
        body.put("modelVersion", "gemini-3.8-flash").put("responseId", "x2p6aO3fKcKz7M8P4bSm-Qk");
        return body;
    }

    /**
     * A 200 reply of Google's transcription model: one part holding only its {@code audioTranscription} annotation
     * (as in Google's example), each word timed 400 ms apart as protobuf durations.
     */
    static ResponseDefinitionBuilder transcribed(String text, String language) {
        ObjectNode body = replyBody(text, "STOP");
        ObjectNode part = (ObjectNode) body.at("/candidates/0/content/parts/0");
        part.remove("text");
        ObjectNode annotation = part.putObject("audioTranscription");
        annotation.put("speakerLabel", "spk_1").put("text", text).put("languageCode", language);
        var words = annotation.putArray("words");
        String[] split = text.isBlank() ? new String[0] : text.split(" ");
        for (int i = 0; i < split.length; i++) {
            words.addObject().put("word", split[i]).put("startOffset", String.format("%.3fs", i * 0.4))
                    .put("endOffset", String.format("%.3fs", i * 0.4 + 0.3));
        }
        body.put("modelVersion", "gemini-3.5-transcribe");
        return json(200, body);
    }

    /** A 200 reply whose prompt was blocked: no candidates, a promptFeedback block reason. */
    static ResponseDefinitionBuilder blocked(String reason) {
        ObjectNode body = JSON.createObjectNode();
        body.putObject("promptFeedback").put("blockReason", reason).putArray("safetyRatings");
        body.putObject("usageMetadata").put("promptTokenCount", 9).put("totalTokenCount", 9);
        body.put("modelVersion", "gemini-3.8-flash").put("responseId", "b1p6aO3fKcKz7M8P4bSm-Qk");
        return json(200, body);
    }

    /** A 200 reply with no candidates and no block reason. */
    static ResponseDefinitionBuilder noCandidates() {
        ObjectNode body = JSON.createObjectNode();
        body.putObject("usageMetadata").put("promptTokenCount", 9).put("totalTokenCount", 9);
        body.put("modelVersion", "gemini-3.8-flash").put("responseId", "n1p6aO3fKcKz7M8P4bSm-Qk");
        return json(200, body);
    }

    /** A Google API error body: {"error": {"code", "message", "status"}}. */
    static ResponseDefinitionBuilder error(int code, String status, String message) {
        return json(code, errorBody(code, status, message));
    }

    static ObjectNode errorBody(int code, String status, String message) {
        ObjectNode body = JSON.createObjectNode();
        body.putObject("error").put("code", code).put("message", message).put("status", status);
        return body;
    }

    /** The 429 the Developer API sends when a quota runs out: QuotaFailure, Help and RetryInfo details. */
    static ResponseDefinitionBuilder quotaExceeded() {
        ObjectNode body = errorBody(429, "RESOURCE_EXHAUSTED", "You exceeded your current quota, please check your "
                + "plan and billing details. For more information on this error, head to: "
                + "https://ai.google.dev/gemini-api/docs/rate-limits. Please retry in 37.506238181s.");
        var details = ((ObjectNode) body.get("error")).putArray("details");
        ObjectNode quota = details.addObject().put("@type", "type.googleapis.com/google.rpc.QuotaFailure");
        quota.putArray("violations").addObject()
                .put("quotaMetric", "generativelanguage.googleapis.com/generate_content_free_tier_requests")
                .put("quotaId", "GenerateRequestsPerMinutePerProjectPerModel-FreeTier").put("quotaValue", "10");
        details.addObject().put("@type", "type.googleapis.com/google.rpc.Help").putArray("links").addObject()
                .put("description", "Learn more about Gemini API quotas")
                .put("url", "https://ai.google.dev/gemini-api/docs/rate-limits");
        details.addObject().put("@type", "type.googleapis.com/google.rpc.RetryInfo").put("retryDelay", "37s");
        return json(429, body);
    }

    /** The 400 the Developer API sends for a wrong key (not a 401). */
    static ResponseDefinitionBuilder invalidKey() {
        ObjectNode body = errorBody(400, "INVALID_ARGUMENT", "API key not valid. Please pass a valid API key.");
        ((ObjectNode) body.get("error")).putArray("details").addObject()
                .put("@type", "type.googleapis.com/google.rpc.ErrorInfo").put("reason", "API_KEY_INVALID")
                .put("domain", "googleapis.com").putObject("metadata")
                .put("service", "generativelanguage.googleapis.com");
        return json(400, body);
    }

    private static ResponseDefinitionBuilder json(int status, ObjectNode body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json; charset=UTF-8")
                .withBody(body.toPrettyString());
    }

    private GeminiWire() {
    }
}
