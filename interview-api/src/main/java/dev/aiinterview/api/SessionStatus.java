package dev.aiinterview.api;

/**
 * Where an interview session is. Transitions: CREATED -> CONSENTED -> IN_PROGRESS -> COMPLETED, and from any
 * state but COMPLETED to ABANDONED.
 */
public enum SessionStatus {
    CREATED,
    CONSENTED,
    IN_PROGRESS,
    COMPLETED,
    ABANDONED;

    /** Whether the session can no longer change. */
    public boolean isFinal() {
        return this == COMPLETED || this == ABANDONED;
    }
}
