package dev.aiinterview.spi;

/** What a provider can do, so hosts and the SDK can adapt. */
public enum Capability {
    /** The LLM can be constrained to a JSON Schema by the API. */
    STRUCTURED_OUTPUT,
    /** The LLM accepts audio input. */
    AUDIO_INPUT,
    /** The speech-to-text provider gives per-word start and end times. */
    WORD_TIMINGS,
    /** The speech-to-text provider gives per-word confidence. */
    WORD_CONFIDENCE,
    /** Accepts WebM/Opus audio as recorded by browsers. */
    WEBM_AUDIO,
    /** Works without any network access. */
    OFFLINE,
    /** Same input, same output. */
    DETERMINISTIC,
    /** Processes audio as a stream. */
    STREAMING
}
