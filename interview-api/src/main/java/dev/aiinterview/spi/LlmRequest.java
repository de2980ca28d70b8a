package dev.aiinterview.spi;

import java.util.Objects;
import java.util.Optional;

/**
 * One call to an LLM for a prompt contract.
 *
 * <p>{@link #userPrompt()} already holds untrusted text (job descriptions, answers) inside fences; providers send
 * it as is. {@link #responseSchema()} is the contract's JSON Schema as JSON text. {@link #inputJson()} is the
 * contract's input as JSON, for engines that work without a model (such as the offline engine); a model-backed
 * provider ignores it.
 */
public final class LlmRequest {

    private final String task;
    private final String taskVersion;
    private final String systemInstruction;
    private final String userPrompt;
    private final String responseSchema;
    private final String inputJson;
    private final Double temperature;
    private final Integer maxOutputTokens;
    private final int attempt;

    private LlmRequest(Builder b) {
        this.task = Objects.requireNonNull(b.task, "task");
        this.taskVersion = Objects.requireNonNull(b.taskVersion, "taskVersion");
        this.systemInstruction = Objects.requireNonNull(b.systemInstruction, "systemInstruction");
        this.userPrompt = Objects.requireNonNull(b.userPrompt, "userPrompt");
        this.responseSchema = b.responseSchema;
        this.inputJson = b.inputJson;
        this.temperature = b.temperature;
        this.maxOutputTokens = b.maxOutputTokens;
        this.attempt = b.attempt;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this request's values. */
    public Builder toBuilder() {
        return new Builder().task(task).taskVersion(taskVersion).systemInstruction(systemInstruction)
                .userPrompt(userPrompt).responseSchema(responseSchema).inputJson(inputJson)
                .temperature(temperature).maxOutputTokens(maxOutputTokens).attempt(attempt);
    }

    /** The prompt contract's name, such as {@code answer-evaluation}. */
    public String task() {
        return task;
    }

    /** The contract's version, such as {@code v1}. */
    public String taskVersion() {
        return taskVersion;
    }

    /** Instructions for the model, trusted. */
    public String systemInstruction() {
        return systemInstruction;
    }

    /** The user turn, with untrusted text fenced. */
    public String userPrompt() {
        return userPrompt;
    }

    /** The JSON Schema the reply must satisfy, as JSON text, if the contract has one. */
    public Optional<String> responseSchema() {
        return Optional.ofNullable(responseSchema);
    }

    /** The contract's input as JSON. */
    public Optional<String> inputJson() {
        return Optional.ofNullable(inputJson);
    }

    public Optional<Double> temperature() {
        return Optional.ofNullable(temperature);
    }

    public Optional<Integer> maxOutputTokens() {
        return Optional.ofNullable(maxOutputTokens);
    }

    /** 1 for the first call, 2 for a repair attempt. */
    public int attempt() {
        return attempt;
    }

    @Override
    public String toString() {
        return "LlmRequest[" + task + "/" + taskVersion + ", attempt " + attempt + "]";
    }

    /** Builds an {@link LlmRequest}. */
    public static final class Builder {
        private String task;
        private String taskVersion = "v1";
        private String systemInstruction;
        private String userPrompt;
        private String responseSchema;
        private String inputJson;
        private Double temperature;
        private Integer maxOutputTokens;
        private int attempt = 1;

        private Builder() {
        }

        public Builder task(String task) {
            this.task = task;
            return this;
        }

        public Builder taskVersion(String taskVersion) {
            this.taskVersion = taskVersion;
            return this;
        }

        public Builder systemInstruction(String systemInstruction) {
            this.systemInstruction = systemInstruction;
            return this;
        }

        public Builder userPrompt(String userPrompt) {
            this.userPrompt = userPrompt;
            return this;
        }

        public Builder responseSchema(String responseSchema) {
            this.responseSchema = responseSchema;
            return this;
        }

        public Builder inputJson(String inputJson) {
            this.inputJson = inputJson;
            return this;
        }

        public Builder temperature(Double temperature) {
            this.temperature = temperature;
            return this;
        }

        public Builder maxOutputTokens(Integer maxOutputTokens) {
            this.maxOutputTokens = maxOutputTokens;
            return this;
        }

        public Builder attempt(int attempt) {
            this.attempt = attempt;
            return this;
        }

        public LlmRequest build() {
            return new LlmRequest(this);
        }
    }
}
