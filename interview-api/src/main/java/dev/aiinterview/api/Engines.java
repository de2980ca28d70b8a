package dev.aiinterview.api;

import java.util.List;

/**
 * The engines an interview used.
 *
 * @param llm          LLM provider ids, configured one first, then any fallback that was used
 * @param speechToText speech-to-text provider ids, in the same order; empty when every answer was typed
 */
public record Engines(List<String> llm, List<String> speechToText) {

    public Engines {
        llm = llm == null ? List.of() : List.copyOf(llm);
        speechToText = speechToText == null ? List.of() : List.copyOf(speechToText);
    }
}
