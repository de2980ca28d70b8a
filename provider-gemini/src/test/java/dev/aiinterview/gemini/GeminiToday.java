package dev.aiinterview.gemini;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The models the Gemini Developer API serves in late 2026, with what each takes, as
 * shared/reference/gemini-2026.md records them: the catalogue behind {@link GeminiDouble}'s "today" mode.
 */
public final class GeminiToday {

    /**
     * One served model.
     *
     * @param id             the model id, without {@code models/}
     * @param generation     its generation (3 for the 3.x models): from 3 on, a temperature below 1.0 degrades it
     * @param methods        its supportedGenerationMethods
     * @param thinkingLevels the thinking levels it accepts; empty when it takes no thinking configuration
     * @param description    its description
     * @param retires        for a deprecated model, when it retires (replies say so in {@code modelStatus}); else null
     */
    public record ServedModel(String id, int generation, List<String> methods, Set<String> thinkingLevels,
                              String description, String retires) {

        ServedModel(String id, int generation, List<String> methods, Set<String> thinkingLevels, String description) {
            this(id, generation, methods, thinkingLevels, description, null);
        }

        boolean generates() {
            return methods.contains("generateContent");
        }

        boolean thinks() {
            return !thinkingLevels.isEmpty();
        }
    }

    private static final List<String> GENERATE = List.of("generateContent", "countTokens", "createCachedContent",
            "batchGenerateContent");
    private static final Set<String> LOW_TO_HIGH = Set.of("LOW", "MEDIUM", "HIGH");
    private static final Set<String> MINIMAL_TO_HIGH = Set.of("MINIMAL", "LOW", "MEDIUM", "HIGH");

    /**
     * Served today, with the thinking levels each takes (Gemini 3 developer guide). Which served model is
     * deprecated is not published for every model; the double treats gemini-3.1-flash-lite, the oldest, as
     * deprecated, so that the warning path is exercised.
     */
    public static final List<ServedModel> SERVED = List.of(
            new ServedModel("gemini-3.8-flash", 3, GENERATE, LOW_TO_HIGH, "Gemini 3.8 Flash, our newest Flash model."),
            new ServedModel("gemini-3.6-flash", 3, GENERATE, MINIMAL_TO_HIGH, "Gemini 3.6 Flash."),
            new ServedModel("gemini-3.5-flash-lite", 3, GENERATE, MINIMAL_TO_HIGH, "Gemini 3.5 Flash-Lite."),
            new ServedModel("gemini-3.1-flash-lite", 3, GENERATE, MINIMAL_TO_HIGH, "Gemini 3.1 Flash-Lite.",
                    "2027-02-15T00:00:00Z"),
            new ServedModel("gemini-4-argon", 4, GENERATE, LOW_TO_HIGH, "Gemini 4 Argon."),
            new ServedModel("gemini-3.5-transcribe", 3, List.of("generateContent"), Set.of(),
                    "Gemini 3.5 Transcribe: speech to text with word timestamps and speaker diarization."),
            new ServedModel("gemini-3.8-live", 3, List.of("bidiGenerateContent"), LOW_TO_HIGH, "Gemini 3.8 Live."),
            new ServedModel("gemini-embedding-001", 1, List.of("embedContent", "countTextTokens"), Set.of(),
                    "Gemini embeddings."));

    /** Retired: each answers 404 NOT_FOUND. */
    public static final List<String> RETIRED = List.of("gemini-2.5-flash", "gemini-2.5-pro", "gemini-2.5-flash-lite",
            "gemini-2.0-flash", "gemini-3.5-flash", "gemini-3.7-flash");

    private static final Map<String, ServedModel> BY_ID = SERVED.stream()
            .collect(Collectors.toMap(ServedModel::id, Function.identity()));
    private static final ObjectMapper JSON = new ObjectMapper();

    static Optional<ServedModel> model(String id) {
        return Optional.ofNullable(BY_ID.get(id.startsWith("models/") ? id.substring("models/".length()) : id));
    }

    /** The real 404 of a model that is not served. */
    static String notFound(String id, String method) {
        return "models/" + id + " is not found for API version v1beta, or is not supported for " + method
                + ". Call ListModels to see the list of available models and their supported methods.";
    }

    /** A Model resource as models.get returns it. */
    static ObjectNode resource(ServedModel m) {
        ObjectNode node = JSON.createObjectNode()
                .put("name", "models/" + m.id())
                .put("version", m.id().replaceAll("^gemini-", "").replaceAll("-.*$", ""))
                .put("displayName", m.description().replaceAll("[.:].*$", ""))
                .put("description", m.description())
                .put("inputTokenLimit", 1_048_576)
                .put("outputTokenLimit", 65_536);
        ArrayNode methods = node.putArray("supportedGenerationMethods");
        m.methods().forEach(methods::add);
        if (m.generates() && !m.id().contains("transcribe")) {
            node.put("temperature", 1.0).put("topP", 0.95).put("topK", 64).put("maxTemperature", 2.0);
        }
        node.put("thinking", m.thinks());
        return node;
    }

    /** The models.list body. */
    static ObjectNode list() {
        ObjectNode body = JSON.createObjectNode();
        ArrayNode models = body.putArray("models");
        SERVED.forEach(m -> models.add(resource(m)));
        return body;
    }

    private GeminiToday() {
    }
}
