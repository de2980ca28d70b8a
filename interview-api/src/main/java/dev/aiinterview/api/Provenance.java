package dev.aiinterview.api;

import java.util.Objects;

/**
 * Which engine produced a result, so a reviewer can weigh it.
 *
 * @param provider       the provider id, such as {@code gemini} or {@code offline}
 * @param model          the model name where the provider has one, else {@code null}
 * @param fallback       whether the result came from the fallback provider instead of the configured one
 * @param fallbackReason why the primary provider was not used, or {@code null}
 */
public record Provenance(String provider, String model, boolean fallback, String fallbackReason) {

    public Provenance {
        Objects.requireNonNull(provider, "provider");
    }

    /** A result produced by the configured provider. */
    public static Provenance of(String provider, String model) {
        return new Provenance(provider, model, false, null);
    }
}
