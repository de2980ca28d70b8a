package dev.aiinterview.gemini;

import dev.aiinterview.api.config.ConfigSource;
import dev.aiinterview.api.error.ConfigurationException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Resolves each task's model and thinking settings from the configuration, and rejects combinations a model would
 * refuse or silently degrade on, when the provider is created rather than in the middle of an interview.
 */
final class GeminiTasks {

    /** The SDK's prompt contracts, which the LLM provider serves. */
    static final List<String> CONTRACTS = List.of("jd-analysis", "question-plan", "question-review",
            "answer-evaluation", "follow-up", "interview-summary");

    /** Planning reads a whole advert and designs questions, so it thinks more; rating one answer needs less. */
    private static final Map<String, String> DEFAULT_LEVELS = Map.of(
            "jd-analysis", "MEDIUM", "question-plan", "MEDIUM", "interview-summary", "MEDIUM",
            "question-review", "LOW", "answer-evaluation", "LOW", "follow-up", "LOW",
            GeminiConfig.TRANSCRIPTION_TASK, "LOW");
    private static final String FALLBACK_LEVEL = "LOW";
    private static final Set<String> LEVELS = Set.of("MINIMAL", "LOW", "MEDIUM", "HIGH");

    private final ConfigSource source;
    private final String defaultModel;
    private final Integer thinkingBudget;
    private final Map<String, GeminiTask> resolved = new ConcurrentHashMap<>();

    GeminiTasks(ConfigSource source, String defaultModel, Integer thinkingBudget) {
        this.source = source;
        this.defaultModel = defaultModel;
        this.thinkingBudget = thinkingBudget;
    }

    /** The settings of a task; an unknown task gets the default model and a low thinking level. */
    GeminiTask task(String name) {
        return resolved.computeIfAbsent(name, this::resolve);
    }

    /**
     * Checks the settings of the tasks a provider serves, so that a combination the API rejects (a thinking budget
     * for a Gemini 3 model, a thinking level for 2.x) or one it degrades on (a temperature below 1.0 on Gemini 3)
     * fails at start with the key to change.
     */
    void validate(List<String> tasks, Optional<Double> temperature) {
        for (String name : tasks) {
            GeminiTask task = task(name);
            switch (task.generation()) {
                case THINKING_LEVELS -> {
                    if (thinkingBudget != null) {
                        throw new ConfigurationException("Setting '" + GeminiConfig.THINKING_BUDGET + "' applies to "
                                + "Gemini 2.x models only, but " + name + " uses " + task.model() + " ("
                                + task.modelKey() + "): remove it and set " + GeminiConfig.THINKING_LEVEL
                                + " (low, medium or high) instead");
                    }
                    if (temperature.isPresent() && !task.generation().takesTemperature(temperature.get())) {
                        throw new ConfigurationException("Setting '" + GeminiConfig.TEMPERATURE + "' is "
                                + temperature.get() + ", but " + name + " uses " + task.model() + ": Gemini 3 models "
                                + "loop or degrade below 1.0 and ignore it from 3.6 Flash on; remove the setting "
                                + "(the default, 1.0, is what Google recommends)");
                    }
                }
                case TRANSCRIBE -> {
                    // Takes none of the generation settings; only a level set for this very task says otherwise.
                    String key = GeminiConfig.THINKING_LEVEL + "." + name;
                    if (source.get(key).isPresent()) {
                        throw new ConfigurationException("Setting '" + key + "' applies to a general model, but "
                                + name + " uses " + task.model() + ", which takes no thinking setting: remove it, or "
                                + "set " + task.modelKey() + " to a Flash model");
                    }
                }
                case THINKING_BUDGET, CLASSIC -> explicitLevelKey(name).ifPresent(key -> {
                    throw new ConfigurationException("Setting '" + key + "' applies to Gemini 3 models, but " + name
                            + " uses " + task.model() + " (" + task.modelKey() + "), which takes "
                            + GeminiConfig.THINKING_BUDGET + " instead: remove one of the two settings");
                });
            }
        }
    }

    private GeminiTask resolve(String name) {
        String taskKey = GeminiConfig.MODEL_PREFIX + name;
        Optional<String> override = source.get(taskKey);
        boolean transcription = GeminiConfig.TRANSCRIPTION_TASK.equals(name);
        String model = override.orElse(transcription ? GeminiConfig.DEFAULT_TRANSCRIPTION_MODEL : defaultModel);
        // interview.gemini.model does not choose the transcription model: its own key does, set or not.
        String modelKey = override.isPresent() || transcription ? taskKey : GeminiConfig.MODEL;
        GeminiGeneration generation = GeminiGeneration.of(model);
        return switch (generation) {
            case THINKING_LEVELS -> new GeminiTask(name, model, modelKey, generation, level(name), null);
            case THINKING_BUDGET -> new GeminiTask(name, model, modelKey, generation, null, thinkingBudget);
            case CLASSIC, TRANSCRIBE -> new GeminiTask(name, model, modelKey, generation, null, null);
        };
    }

    private String level(String name) {
        String key = explicitLevelKey(name).orElse(null);
        if (key == null) {
            return DEFAULT_LEVELS.getOrDefault(name, FALLBACK_LEVEL);
        }
        String value = source.get(key).orElseThrow().strip().toUpperCase(Locale.ROOT);
        if (!LEVELS.contains(value)) {
            throw new ConfigurationException("Setting '" + key + "' is '" + source.get(key).orElseThrow()
                    + "' but must be one of minimal, low, medium, high (which a model takes varies: "
                    + "gemini-3.8-flash takes low, medium and high)");
        }
        return value;
    }

    private Optional<String> explicitLevelKey(String name) {
        String taskKey = GeminiConfig.THINKING_LEVEL + "." + name;
        if (source.get(taskKey).isPresent()) {
            return Optional.of(taskKey);
        }
        return source.get(GeminiConfig.THINKING_LEVEL).isPresent() ? Optional.of(GeminiConfig.THINKING_LEVEL)
                : Optional.empty();
    }
}
