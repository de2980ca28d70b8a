package dev.aiinterview.gemini;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a model takes, by its generation. Gemini 3 and later think in levels ({@code thinkingLevel}) and want the
 * default temperature of 1.0 (lower values may loop or degrade, and from 3.6 Flash on they are ignored); Gemini 2.x
 * took a token budget ({@code thinkingBudget}). Sending both fields is a 400, so exactly one family's settings go out.
 */
enum GeminiGeneration {
    /** Gemini 3 and later, and the {@code -latest} aliases, which point at a current model. */
    THINKING_LEVELS,
    /** Gemini 2.x: {@code thinkingBudget}, and any temperature. */
    THINKING_BUDGET,
    /** Other model names (Gemma, tuned models): no thinking settings, the contract's temperature. */
    CLASSIC,
    /** Google's transcription models ({@code gemini-3.5-transcribe}): no thinking, temperature or schema at all. */
    TRANSCRIBE;

    private static final Pattern GEMINI = Pattern.compile("^gemini-(\\d+)(?:\\.\\d+)?(?:-|$)");

    static GeminiGeneration of(String model) {
        String name = GeminiModels.id(model);
        if (name.contains("transcribe")) {
            return TRANSCRIBE;
        }
        Matcher m = GEMINI.matcher(name);
        if (m.find()) {
            return Integer.parseInt(m.group(1)) >= 3 ? THINKING_LEVELS : THINKING_BUDGET;
        }
        return name.startsWith("gemini-") && name.endsWith("-latest") ? THINKING_LEVELS : CLASSIC;
    }

    /** Whether a temperature may be sent: on Gemini 3 only 1.0 and above, the range Google recommends. */
    boolean takesTemperature(double temperature) {
        return switch (this) {
            case THINKING_LEVELS -> temperature >= 1.0;
            case TRANSCRIBE -> false;
            case THINKING_BUDGET, CLASSIC -> true;
        };
    }
}
