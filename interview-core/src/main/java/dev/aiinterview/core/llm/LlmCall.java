package dev.aiinterview.core.llm;

import dev.aiinterview.api.Provenance;
import dev.aiinterview.spi.LlmResponse;

/**
 * A reply and which engine gave it.
 *
 * @param response   the provider's reply
 * @param provenance the provider, model, and whether it was the fallback
 */
public record LlmCall(LlmResponse response, Provenance provenance) {}
