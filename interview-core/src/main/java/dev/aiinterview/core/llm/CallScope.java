package dev.aiinterview.core.llm;

import dev.aiinterview.api.Provenance;
import dev.aiinterview.api.TokenUsage;

/** Who a provider call is made for, and where its cost is booked. */
public interface CallScope {

    /** The session, or {@code null} for planning. */
    String sessionId();

    /** Books one finished LLM call (successful or not) to this scope. */
    void onLlmCall(String task, TokenUsage usage, long millis, Provenance provenance);

    /**
     * Books one finished speech-to-text call (successful or not) to this scope. Planning makes none, so the
     * default books nothing.
     */
    default void onSttCall(String provider, long millis, long audioMillis) {
    }

    /** A scope that books nothing. */
    static CallScope none() {
        return new CallScope() {
            @Override
            public String sessionId() {
                return null;
            }

            @Override
            public void onLlmCall(String task, TokenUsage usage, long millis, Provenance provenance) {
            }
        };
    }
}
