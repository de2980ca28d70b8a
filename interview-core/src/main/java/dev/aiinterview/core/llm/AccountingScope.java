package dev.aiinterview.core.llm;

import dev.aiinterview.api.Accounting;
import dev.aiinterview.api.Provenance;
import dev.aiinterview.api.TokenUsage;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/** A {@link CallScope} that adds every call to an {@link Accounting}. Thread-safe. */
public final class AccountingScope implements CallScope {

    private final String sessionId;
    private final AtomicReference<Accounting> accounting;

    public AccountingScope(String sessionId, Accounting start) {
        this.sessionId = sessionId;
        this.accounting = new AtomicReference<>(Objects.requireNonNull(start, "start"));
    }

    @Override
    public String sessionId() {
        return sessionId;
    }

    @Override
    public void onLlmCall(String task, TokenUsage usage, long millis, Provenance provenance) {
        accounting.updateAndGet(a -> a.plusLlmCall(task, usage, millis));
    }

    @Override
    public void onSttCall(String provider, long millis, long audioMillis) {
        accounting.updateAndGet(a -> a.plusSttCall(provider, millis, audioMillis));
    }

    /** What has been booked so far. */
    public Accounting snapshot() {
        return accounting.get();
    }
}
