package dev.aiinterview.web.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * docs/api/openapi.json as a contract the tests hold every response to: the operation exists, the status is
 * declared for it, the content type is one it declares, and the body validates against its JSON Schema (2020-12,
 * with the networknt validator, resolving the document's own {@code $ref}s). A request to a route the document
 * does not describe may only be answered by a 404 or 405 problem.
 */
final class OpenApiContract {

    static final Path FILE = Path.of(System.getProperty("openapi.file", "../../docs/api/openapi.json"));
    private static final String BASE = "urn:aiinterview:test:openapi";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static OpenApiContract instance;

    final JsonNode doc;
    private final SchemaRegistry registry;
    private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

    private OpenApiContract(String text) throws JsonProcessingException {
        this.doc = MAPPER.readTree(text);
        this.registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                b -> b.schemas(Map.of(BASE, text)));
    }

    /** The document, read once. */
    static synchronized OpenApiContract load() {
        if (instance == null) {
            try {
                instance = new OpenApiContract(Files.readString(FILE));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return instance;
    }

    /** The path template of the document that matches a request path, e.g. {@code /api/v1/jobs/{jobId}}. */
    Optional<String> template(String path) {
        for (Iterator<String> it = doc.get("paths").fieldNames(); it.hasNext(); ) {
            String template = it.next();
            String regex = "\\Q" + template.replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q") + "\\E";
            if (Pattern.matches(regex, path)) {
                return Optional.of(template);
            }
        }
        return Optional.empty();
    }

    /** The violations of a response to {@code method path}; empty when it conforms. */
    List<String> violations(String method, String path, int status, String contentType, String body) {
        var errors = new ArrayList<String>();
        Optional<String> template = template(path);
        JsonNode operation = template.map(t -> doc.get("paths").get(t).get(method.toLowerCase(Locale.ROOT)))
                .orElse(null);
        JsonNode response;
        if (operation == null) {
            // Not a documented operation: only "no such route" answers are allowed, as problems.
            if (status != 404 && status != 405) {
                errors.add(method + " " + path + " is not in the document, yet answered " + status);
                return errors;
            }
            response = resolve(doc.at("/components/responses/NotFound"));
        } else {
            response = operation.get("responses").get(Integer.toString(status));
            if (response == null) {
                response = operation.get("responses").get(status / 100 + "XX");
            }
            if (response == null) {
                errors.add("Status " + status + " is not declared for " + method + " " + template.get() + " (body: "
                        + abbreviate(body) + ")");
                return errors;
            }
            response = resolve(response);
        }
        JsonNode content = response.get("content");
        if (content == null) {
            if (body != null && !body.isEmpty()) {
                errors.add(method + " " + path + " " + status + " declares no body but has one: " + abbreviate(body));
            }
            return errors;
        }
        String media = contentType == null ? "" : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        JsonNode mediaType = content.get(media);
        if (mediaType == null) {
            errors.add(method + " " + path + " " + status + ": content type '" + contentType + "' is not declared ("
                    + iterable(content.fieldNames()) + ")");
            return errors;
        }
        if (media.endsWith("json")) {
            JsonNode schemaNode = mediaType.get("schema");
            try {
                JsonNode instance = MAPPER.readTree(body);
                for (var e : schema(schemaNode).validate(instance)) {
                    errors.add(method + " " + path + " " + status + ": " + e.getInstanceLocation() + " "
                            + e.getMessage());
                }
            } catch (JsonProcessingException e) {
                errors.add(method + " " + path + " " + status + ": the body is not JSON: " + abbreviate(body));
            }
        }
        return errors;
    }

    /** Whether the document describes this method on this path template (parameter names aside). */
    boolean describes(String method, String javalinPath) {
        String wanted = javalinPath.replaceAll("\\{[^}]+}", "{}");
        for (Iterator<String> it = doc.get("paths").fieldNames(); it.hasNext(); ) {
            String template = it.next();
            if (template.replaceAll("\\{[^}]+}", "{}").equals(wanted)
                    && doc.get("paths").get(template).has(method.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private Schema schema(JsonNode schemaNode) {
        String pointer = schemaNode.has("$ref") ? schemaNode.get("$ref").asText() : null;
        if (pointer == null) {
            return registry.getSchema(schemaNode);
        }
        return schemas.computeIfAbsent(pointer, p -> registry.getSchema(SchemaLocation.of(BASE + p)));
    }

    private JsonNode resolve(JsonNode node) {
        return node.has("$ref") ? doc.at(node.get("$ref").asText().substring(1)) : node;
    }

    private static String iterable(Iterator<String> names) {
        var list = new ArrayList<String>();
        names.forEachRemaining(list::add);
        return String.join(", ", list);
    }

    private static String abbreviate(String body) {
        return body == null ? "" : body.length() > 300 ? body.substring(0, 300) + "..." : body;
    }
}
