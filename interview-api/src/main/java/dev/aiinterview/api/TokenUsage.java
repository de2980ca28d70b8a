package dev.aiinterview.api;

/**
 * Tokens one or more LLM calls used, as the provider reported them; 0 where it reported nothing.
 *
 * @param inputTokens   prompt tokens
 * @param outputTokens  generated tokens
 * @param thoughtTokens reasoning tokens, for models that report them separately
 * @param totalTokens   the provider's total (may exceed the sum of the others)
 */
public record TokenUsage(long inputTokens, long outputTokens, long thoughtTokens, long totalTokens) {

    /** No tokens. */
    public static final TokenUsage NONE = new TokenUsage(0, 0, 0, 0);

    /** The sum of two usages. */
    public TokenUsage plus(TokenUsage other) {
        return new TokenUsage(
                inputTokens + other.inputTokens,
                outputTokens + other.outputTokens,
                thoughtTokens + other.thoughtTokens,
                totalTokens + other.totalTokens);
    }
}
