package dev.aiinterview.gemini;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The smallest instance of a JSON Schema that satisfies it, for the subset the prompt contracts use (objects,
 * arrays with item bounds, strings, enums, bounded integers, booleans). The HTTP double answers each contract
 * request with one, as a model honouring responseJsonSchema would.
 */
final class SchemaExamples {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    static JsonNode instanceOf(JsonNode schema) {
        if (schema.has("enum")) {
            return schema.get("enum").get(0);
        }
        String type = schema.path("type").asText("object");
        switch (type) {
            case "object" -> {
                ObjectNode object = NODES.objectNode();
                schema.path("properties").properties().forEach(p -> object.set(p.getKey(), instanceOf(p.getValue())));
                return object;
            }
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                int count = Math.max(schema.path("minItems").asInt(0), 1);
                if (schema.has("maxItems")) {
                    count = Math.min(count, schema.get("maxItems").asInt());
                }
                for (int i = 0; i < count; i++) {
                    array.add(instanceOf(schema.path("items")));
                }
                return array;
            }
            case "integer", "number" -> {
                return NODES.numberNode(schema.has("minimum") ? schema.get("minimum").asInt() : 1);
            }
            case "boolean" -> {
                return NODES.booleanNode(true);
            }
            default -> {
                return NODES.textNode("example");
            }
        }
    }

    private SchemaExamples() {
    }
}
