package dev.aiinterview.core.llm;

import dev.aiinterview.spi.LlmRequest;

/** Makes an LLM call with the SDK's retries, fallback, accounting and events around it. */
@FunctionalInterface
public interface LlmCaller {

    LlmCall call(LlmRequest request, CallScope scope);
}
