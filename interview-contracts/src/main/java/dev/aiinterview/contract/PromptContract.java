package dev.aiinterview.contract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import dev.aiinterview.json.Json;
import dev.aiinterview.spi.LlmRequest;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * One LLM task with a typed, versioned contract: an input record, an output record, a JSON Schema generated
 * from the output record, a prompt template kept as a resource
 * ({@code dev/aiinterview/contract/prompts/<name>.<version>.txt}) and semantic checks beyond the schema.
 *
 * @param <I> the input record
 * @param <O> the output record
 */
public final class PromptContract<I, O> {

    private final String name;
    private final String version;
    private final Class<I> inputType;
    private final Class<O> outputType;
    private final Function<I, Map<String, String>> variables;
    private final BiFunction<I, O, List<String>> check;
    private final double temperature;
    private final int maxOutputTokens;
    private volatile Compiled compiled;
    private final ReentrantLock compileLock = new ReentrantLock();

    private record Compiled(PromptTemplate template, ObjectNode schema, String schemaJson, Schema validator) {}

    private PromptContract(Builder<I, O> b) {
        this.name = b.name;
        this.version = b.version;
        this.inputType = b.inputType;
        this.outputType = b.outputType;
        this.variables = Objects.requireNonNull(b.variables, "variables");
        this.check = b.check;
        this.temperature = b.temperature;
        this.maxOutputTokens = b.maxOutputTokens;
    }

    public static <I, O> Builder<I, O> builder(String name, String version, Class<I> in, Class<O> out) {
        return new Builder<>(name, version, in, out);
    }

    /** The task name, such as {@code answer-evaluation}. */
    public String name() {
        return name;
    }

    /** The contract version, such as {@code v1}. Changing the schema or the template's meaning bumps it. */
    public String version() {
        return version;
    }

    /** {@code name/version}. */
    public String id() {
        return name + "/" + version;
    }

    public Class<I> inputType() {
        return inputType;
    }

    public Class<O> outputType() {
        return outputType;
    }

    /** The JSON Schema of the output, as sent to providers (a copy). */
    public ObjectNode schema() {
        return compiled().schema().deepCopy();
    }

    /** The JSON Schema of the output as JSON text. */
    public String schemaJson() {
        return compiled().schemaJson();
    }

    /** The request for an input: rendered prompts, schema, input JSON and generation settings. */
    public LlmRequest request(I input) {
        Map<String, String> vars = variables.apply(input);
        Compiled c = compiled();
        return LlmRequest.builder()
                .task(name)
                .taskVersion(version)
                .systemInstruction(c.template().renderSystem(vars))
                .userPrompt(c.template().renderUser(vars))
                .responseSchema(c.schemaJson())
                .inputJson(Json.write(input))
                .temperature(temperature)
                .maxOutputTokens(maxOutputTokens)
                .build();
    }

    /** Schema violations of a reply; empty when it conforms. */
    public List<String> validate(JsonNode reply) {
        return ContractSchemas.validate(compiled().validator(), reply);
    }

    /**
     * A reply as the reply pipeline reads it: the output, or what is wrong with the reply.
     *
     * @param value    the output record, or {@code null} when the reply was rejected
     * @param problems why it was rejected; empty when {@code value} is set
     */
    public record Reading<O>(O value, List<String> problems) {}

    /**
     * Reads a raw reply as the reply pipeline does: cleaned (code fences and prose around the JSON removed), checked
     * against the schema, mapped to the output record, then checked semantically against the input.
     */
    public Reading<O> read(I input, String raw) {
        String cleaned = ReplyCleaner.clean(raw);
        JsonNode tree;
        try {
            tree = Json.mapper().readTree(cleaned);
        } catch (JsonProcessingException e) {
            return new Reading<>(null, List.of("the reply is not valid JSON: " + e.getOriginalMessage()));
        }
        if (tree == null || !tree.isObject()) {
            return new Reading<>(null, List.of("the reply is not a JSON object"));
        }
        List<String> schemaProblems = validate(tree);
        if (!schemaProblems.isEmpty()) {
            return new Reading<>(null, schemaProblems);
        }
        O value;
        try {
            value = Json.mapper().treeToValue(tree, outputType);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return new Reading<>(null, List.of("the reply does not map to " + outputType.getSimpleName() + ": "
                    + e.getMessage()));
        }
        List<String> semantic = check(input, value);
        return semantic.isEmpty() ? new Reading<>(value, List.of()) : new Reading<>(null, semantic);
    }

    /** Semantic problems beyond the schema (quotes that are not quotes, missing topics, ...); empty when fine. */
    public List<String> check(I input, O output) {
        return check == null ? List.of() : check.apply(input, output);
    }

    private Compiled compiled() {
        Compiled c = compiled;
        if (c == null) {
            // A lock, not a monitor: the first call reads the template from the class path, and a virtual thread
            // doing so must not pin its carrier.
            compileLock.lock();
            try {
                c = compiled;
                if (c == null) {
                    ObjectNode schema = ContractSchemas.generate(outputType);
                    c = new Compiled(PromptTemplate.load(name, version), schema, Json.write(schema),
                            ContractSchemas.compile(schema));
                    compiled = c;
                }
            } finally {
                compileLock.unlock();
            }
        }
        return c;
    }

    @Override
    public String toString() {
        return "PromptContract[" + id() + "]";
    }

    /** Builds a {@link PromptContract}. */
    public static final class Builder<I, O> {
        private final String name;
        private final String version;
        private final Class<I> inputType;
        private final Class<O> outputType;
        private Function<I, Map<String, String>> variables;
        private BiFunction<I, O, List<String>> check;
        private double temperature = 0.2;
        private int maxOutputTokens = 2048;

        private Builder(String name, String version, Class<I> inputType, Class<O> outputType) {
            this.name = Objects.requireNonNull(name, "name");
            this.version = Objects.requireNonNull(version, "version");
            this.inputType = Objects.requireNonNull(inputType, "inputType");
            this.outputType = Objects.requireNonNull(outputType, "outputType");
        }

        /** Template variables for an input; untrusted values must already be {@link Fence#wrap fenced}. */
        public Builder<I, O> variables(Function<I, Map<String, String>> variables) {
            this.variables = variables;
            return this;
        }

        public Builder<I, O> check(BiFunction<I, O, List<String>> check) {
            this.check = check;
            return this;
        }

        public Builder<I, O> temperature(double temperature) {
            this.temperature = temperature;
            return this;
        }

        public Builder<I, O> maxOutputTokens(int maxOutputTokens) {
            this.maxOutputTokens = maxOutputTokens;
            return this;
        }

        public PromptContract<I, O> build() {
            return new PromptContract<>(this);
        }
    }
}
