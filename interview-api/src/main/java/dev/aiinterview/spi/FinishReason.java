package dev.aiinterview.spi;

/** Why the model stopped generating. */
public enum FinishReason {
    /** Natural end of the reply. */
    STOP,
    /** The output token budget ran out: the reply is truncated. */
    MAX_TOKENS,
    /** Blocked by a safety filter. */
    SAFETY,
    /** Blocked for reciting protected material. */
    RECITATION,
    /** Another provider-specific refusal. */
    OTHER,
    /** The provider did not say. */
    UNKNOWN
}
