package dev.aiinterview.gemini;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aiinterview.contract.Contracts;
import dev.aiinterview.contract.Fence;
import dev.aiinterview.contract.PromptContract;
import dev.aiinterview.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a prompt the way a model has to: finds the contract by the response schema it was sent, matches the
 * rendered system instruction and user turn against that contract's template, and turns the placeholders' values
 * (fenced text, JSON, literals) back into the contract's input record. Only what went over the wire is used.
 */
final class PromptReader {

    private static final String TEMPLATES = "/dev/aiinterview/contract/prompts/";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([a-z_]+)}}");
    private static final Pattern FENCED = Pattern.compile("(?s)^<<<UNTRUSTED (\\S+) [0-9a-f]+>>>\\n(.*)\\n<<<END \\1 "
            + "[0-9a-f]+>>>$");
    /** Template variables whose input component has another name. */
    private static final Map<String, String> RENAMED = Map.of("answer", "transcript");

    /** A contract's input, read back from its prompt. */
    record Read(PromptContract<?, ?> contract, Object input) {}

    private record Template(Pattern system, List<String> systemVars, Pattern user, List<String> userVars) {}

    private final Map<String, Template> templates = new ConcurrentHashMap<>();

    /** The contract and its input, or empty when the schema is no contract's or the prompt is not its template. */
    Optional<Read> read(JsonNode schema, String system, String user) {
        for (PromptContract<?, ?> contract : Contracts.all()) {
            // Both parsed from JSON text, so that numbers compare by value and not by the node type that made them.
            if (Json.read(contract.schemaJson(), JsonNode.class).equals(schema)) {
                return read(contract, system, user);
            }
        }
        return Optional.empty();
    }

    private Optional<Read> read(PromptContract<?, ?> contract, String system, String user) {
        Template t = templates.computeIfAbsent(contract.name() + "." + contract.version(), PromptReader::template);
        Map<String, String> values = new HashMap<>();
        if (!match(t.system(), t.systemVars(), system, values) || !match(t.user(), t.userVars(), user, values)) {
            return Optional.empty();
        }
        ObjectNode input = Json.mapper().createObjectNode();
        for (RecordComponent c : contract.inputType().getRecordComponents()) {
            String var = variableFor(c.getName(), values);
            if (var == null) {
                continue;
            }
            String value = unfence(values.get(var));
            Class<?> type = c.getType();
            if (type == String.class) {
                input.put(c.getName(), value);
            } else if (type == int.class || type == boolean.class || type.isEnum()) {
                input.set(c.getName(), Json.mapper().getNodeFactory().textNode(value));
            } else {
                input.set(c.getName(), Json.read(value, JsonNode.class));
            }
        }
        // A follow-up's position is not in the prompt; the earlier exchanges on the question say it.
        if (input.has("earlier") && input.has("followUpIndex") == false) {
            input.put("followUpIndex", input.get("earlier").size());
        }
        return Optional.of(new Read(contract, Json.mapper().convertValue(input, contract.inputType())));
    }

    private static String variableFor(String component, Map<String, String> values) {
        for (String var : values.keySet()) {
            if (component.equals(RENAMED.getOrDefault(var, camel(var)))) {
                return var;
            }
        }
        return null;
    }

    private static boolean match(Pattern pattern, List<String> vars, String text, Map<String, String> values) {
        Matcher m = pattern.matcher(text);
        if (!m.matches()) {
            return false;
        }
        for (int i = 0; i < vars.size(); i++) {
            values.putIfAbsent(vars.get(i), m.group(i + 1));
        }
        return true;
    }

    private static String unfence(String value) {
        Matcher m = FENCED.matcher(value);
        return m.matches() ? m.group(2) : value.strip();
    }

    private static Template template(String resource) {
        String text = resource(resource + ".txt");
        int sys = text.indexOf("### system\n");
        int usr = text.indexOf("### user\n");
        String system = resource("_preamble.txt").strip() + "\n\n" + text.substring(sys + 11, usr).strip();
        String user = text.substring(usr + 9).strip();
        List<String> systemVars = new ArrayList<>();
        List<String> userVars = new ArrayList<>();
        return new Template(regex(system, systemVars), systemVars, regex(user, userVars), userVars);
    }

    private static Pattern regex(String template, List<String> vars) {
        Matcher m = PLACEHOLDER.matcher(template);
        var regex = new StringBuilder("(?s)");
        int last = 0;
        while (m.find()) {
            regex.append(Pattern.quote(template.substring(last, m.start()))).append("(.*?)");
            vars.add(m.group(1));
            last = m.end();
        }
        return Pattern.compile(regex.append(Pattern.quote(template.substring(last))).toString());
    }

    private static String camel(String snake) {
        var out = new StringBuilder();
        boolean up = false;
        for (char ch : snake.toCharArray()) {
            if (ch == '_') {
                up = true;
            } else {
                out.append(up ? Character.toUpperCase(ch) : ch);
                up = false;
            }
        }
        return out.toString();
    }

    private static String resource(String name) {
        try (InputStream in = Fence.class.getResourceAsStream(TEMPLATES + name)) {
            if (in == null) {
                throw new IllegalStateException("No prompt template " + TEMPLATES + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
