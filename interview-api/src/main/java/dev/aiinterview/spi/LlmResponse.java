package dev.aiinterview.spi;

import dev.aiinterview.api.TokenUsage;
import java.util.Objects;

/**
 * The reply to an {@link LlmRequest}.
 *
 * @param text         the reply text (JSON for contracts with a schema)
 * @param finishReason why generation stopped
 * @param usage        tokens used, as the provider reported them
 * @param model        the model that answered, or {@code null}
 */
public record LlmResponse(String text, FinishReason finishReason, TokenUsage usage, String model) {

    public LlmResponse {
        Objects.requireNonNull(text, "text");
        finishReason = finishReason == null ? FinishReason.UNKNOWN : finishReason;
        usage = usage == null ? TokenUsage.NONE : usage;
    }
}
