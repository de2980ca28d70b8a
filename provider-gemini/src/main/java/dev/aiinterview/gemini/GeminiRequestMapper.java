package dev.aiinterview.gemini;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.genai.types.Content;
import com.google.genai.types.GenerateContentConfig;
import com.google.genai.types.Part;
import com.google.genai.types.ThinkingConfig;
import dev.aiinterview.api.error.InvalidRequestException;
import dev.aiinterview.spi.LlmRequest;
import java.util.List;

/** Turns an {@link LlmRequest} into a generateContent call's contents and configuration. */
final class GeminiRequestMapper {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final GeminiConfig config;

    GeminiRequestMapper(GeminiConfig config) {
        this.config = config;
    }

    /** The user turn: the prompt as rendered, untrusted text already fenced by the contract. */
    List<Content> contents(LlmRequest request) {
        return List.of(userContent(Part.fromText(request.userPrompt())));
    }

    GenerateContentConfig generationConfig(LlmRequest request) {
        GeminiTask task = config.task(request.task());
        GenerateContentConfig.Builder builder = GenerateContentConfig.builder()
                .systemInstruction(Content.fromParts(Part.fromText(request.systemInstruction())))
                .candidateCount(1);
        request.responseSchema().ifPresent(schema -> builder
                .responseMimeType("application/json")
                // A JsonNode, not the text: the SDK would send a String as a quoted JSON string, which the API rejects.
                .responseJsonSchema(schemaNode(request, schema)));
        temperature(builder, task, config.temperature().or(request::temperature).orElse(null));
        request.maxOutputTokens().ifPresent(tokens -> builder.maxOutputTokens(task.outputBudget(tokens)));
        thinking(builder, task);
        return builder.build();
    }

    /**
     * Sends a temperature only where the model takes it: a Gemini 3 model keeps its default of 1.0 instead of a
     * contract's lower one (lower values loop or degrade there).
     */
    static void temperature(GenerateContentConfig.Builder builder, GeminiTask task, Double temperature) {
        if (temperature != null && task.generation().takesTemperature(temperature)) {
            builder.temperature(temperature.floatValue());
        }
    }

    /** The thinking setting of the task's model family: a level for Gemini 3, a budget (when set) for 2.x. */
    static void thinking(GenerateContentConfig.Builder builder, GeminiTask task) {
        if (task.thinkingLevel() != null) {
            builder.thinkingConfig(ThinkingConfig.builder().thinkingLevel(task.thinkingLevel()).build());
        } else if (task.thinkingBudget() != null) {
            builder.thinkingConfig(ThinkingConfig.builder().thinkingBudget(task.thinkingBudget()).build());
        }
    }

    static Content userContent(Part... parts) {
        return Content.builder().role("user").parts(List.of(parts)).build();
    }

    private static JsonNode schemaNode(LlmRequest request, String schema) {
        try {
            JsonNode node = JSON.readTree(schema);
            if (!node.isObject()) {
                throw new InvalidRequestException(GeminiLlmProviderFactory.ID, "The response schema of "
                        + request + " is not a JSON object", null);
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new InvalidRequestException(GeminiLlmProviderFactory.ID, "The response schema of " + request
                    + " is not valid JSON: " + e.getOriginalMessage(), e);
        }
    }
}
