package dev.aiinterview.api;

import java.util.Objects;

/**
 * A job description as supplied by the host. Its text is untrusted: the SDK fences it as data in every prompt.
 *
 * @param text   the description itself (plain text or Markdown)
 * @param source where it came from, for the report (a file name, a URL, {@code "inline"})
 */
public record JobDescription(String text, String source) {

    public JobDescription {
        Objects.requireNonNull(text, "text");
        source = source == null || source.isBlank() ? "inline" : source;
    }

    /** A job description typed or pasted in by a person. */
    public static JobDescription of(String text) {
        return new JobDescription(text, "inline");
    }
}
