package dev.aiinterview.api;

import java.util.Objects;

/**
 * Where the recording of an answer is kept. The SDK never embeds media in its JSON.
 *
 * @param uri        where the host stored the media (a file URI, an object-store key)
 * @param mimeType   such as {@code audio/wav} or {@code video/webm}
 * @param sizeBytes  size in bytes, or {@code null} when unknown
 * @param durationMs duration in milliseconds, or {@code null} when unknown
 */
public record MediaRef(String uri, String mimeType, Long sizeBytes, Long durationMs) {

    public MediaRef {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(mimeType, "mimeType");
    }
}
