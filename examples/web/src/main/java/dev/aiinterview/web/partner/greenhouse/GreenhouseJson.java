package dev.aiinterview.web.partner.greenhouse;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * Reads the JSON bodies Greenhouse sends: at most {@link #MAX_BODY} bytes, one object, no duplicate keys, nothing
 * after it, little nesting. Fields are checked one by one so that an error names the field and what it must be.
 * Fields this connector does not know are ignored: Greenhouse reserves the right to add properties.
 */
final class GreenhouseJson {

    /** The largest body accepted; Greenhouse's bodies are a few hundred bytes. */
    static final int MAX_BODY = 64 * 1024;

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    static {
        MAPPER.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(16).maxStringLength(MAX_BODY).build());
    }

    /** Reads a body: an object, else a {@link GreenhouseException} (413 when too large, 400 otherwise). */
    static JsonNode object(InputStream body) {
        byte[] bytes;
        try {
            bytes = body.readNBytes(MAX_BODY + 1);
        } catch (IOException e) {
            throw GreenhouseException.badRequest("The request body could not be read: send it again.");
        }
        if (bytes.length > MAX_BODY) {
            throw new GreenhouseException(413, "The request body is larger than " + MAX_BODY + " bytes: send only the "
                    + "fields the Assessment Partner API defines.");
        }
        if (bytes.length == 0) {
            throw GreenhouseException.badRequest("The request has no body: send a JSON object.");
        }
        JsonNode node;
        try {
            node = MAPPER.readTree(bytes);
        } catch (JsonProcessingException e) {
            throw GreenhouseException.badRequest("The body is not valid JSON (" + e.getOriginalMessage()
                    + "): send one JSON object.");
        } catch (IOException e) {
            throw GreenhouseException.badRequest("The request body could not be read: send it again.");
        }
        if (node == null || !node.isObject()) {
            throw GreenhouseException.badRequest("The body must be a JSON object.");
        }
        return node;
    }

    /** A required string field of at most {@code max} characters, stripped; {@code name} is its path for messages. */
    static String required(JsonNode parent, String field, String name, int max) {
        return optional(parent, field, name, max).orElseThrow(() -> GreenhouseException.badRequest(
                "The field '" + name + "' is required: give it as a non-empty string."));
    }

    /** An optional string field; absent, null or blank is empty; another type is an error. */
    static Optional<String> optional(JsonNode parent, String field, String name, int max) {
        JsonNode value = parent.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isTextual()) {
            throw GreenhouseException.badRequest("The field '" + name + "' must be a string, not "
                    + value.getNodeType().name().toLowerCase(java.util.Locale.ROOT) + ".");
        }
        String text = value.asText().strip();
        if (text.length() > max) {
            throw GreenhouseException.badRequest("The field '" + name + "' is longer than " + max + " characters.");
        }
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    /** An optional id that may come as a string or a whole number (Greenhouse's own example sends numbers). */
    static Optional<String> id(JsonNode parent, String field, int max) {
        JsonNode value = parent.get(field);
        if (value != null && value.isIntegralNumber()) {
            return Optional.of(value.asText());
        }
        return optional(parent, field, field, max);
    }

    /** A required object field. */
    static JsonNode requiredObject(JsonNode parent, String field) {
        JsonNode value = parent.get(field);
        if (value == null || !value.isObject()) {
            throw GreenhouseException.badRequest("The field '" + field + "' is required: give it as a JSON object.");
        }
        return value;
    }

    private GreenhouseJson() {
    }
}
