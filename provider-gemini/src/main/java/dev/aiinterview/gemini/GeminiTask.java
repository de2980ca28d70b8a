package dev.aiinterview.gemini;

import java.util.Locale;

/**
 * How one task is sent: its model, that model's generation and the thinking settings it takes.
 *
 * @param name           the task: a prompt contract's name, or {@value GeminiConfig#TRANSCRIPTION_TASK}
 * @param model          the model id
 * @param modelKey       the setting that chose the model, for messages
 * @param generation     what the model takes
 * @param thinkingLevel  {@code LOW}, {@code MEDIUM}, ... for {@link GeminiGeneration#THINKING_LEVELS}, else null
 * @param thinkingBudget the configured budget for {@link GeminiGeneration#THINKING_BUDGET}, else null
 */
record GeminiTask(String name, String model, String modelKey, GeminiGeneration generation, String thinkingLevel,
                  Integer thinkingBudget) {

    /** The most output tokens a request asks for; Gemini's Flash models cap output at 65,536. */
    static final int MAX_OUTPUT_TOKENS = 65_536;
    /** Room left for a 2.x model's dynamic thinking when no budget is set. */
    static final int DYNAMIC_THINKING_ROOM = 8_192;

    /**
     * The output budget to request for a reply of {@code replyTokens}: thinking tokens count against
     * {@code maxOutputTokens}, so a thinking model gets room for its thoughts on top of the reply.
     */
    int outputBudget(int replyTokens) {
        long room = switch (generation) {
            case THINKING_LEVELS -> thinkingRoom(thinkingLevel);
            // -1 asks a 2.x model to think as much as it likes
            case THINKING_BUDGET -> thinkingBudget == null || thinkingBudget < 0 ? DYNAMIC_THINKING_ROOM
                    : thinkingBudget;
            case CLASSIC, TRANSCRIBE -> 0;
        };
        return (int) Math.min(MAX_OUTPUT_TOKENS, replyTokens + room);
    }

    /** Thinking tokens a level is expected to use at most for these contracts' tasks. */
    static int thinkingRoom(String level) {
        return switch (level.toUpperCase(Locale.ROOT)) {
            case "MINIMAL" -> 1_024;
            case "LOW" -> 4_096;
            case "MEDIUM" -> 12_288;
            default -> 24_576;
        };
    }
}
