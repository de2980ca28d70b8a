package dev.aiinterview.core.llm;

import dev.aiinterview.api.Provenance;

/**
 * A contract's validated output and which engine produced it.
 *
 * @param value      the output record, schema-valid and semantically checked
 * @param provenance the engine that produced it
 * @param repaired   whether it took the repair attempt
 */
public record ContractResult<O>(O value, Provenance provenance, boolean repaired) {}
