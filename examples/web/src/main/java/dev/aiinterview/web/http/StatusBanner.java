package dev.aiinterview.web.http;

/**
 * A status line the recruiter's page frame shows on every page, such as whether voice answers are on.
 *
 * @param tone        {@code quiet} for a state that needs nothing, {@code info} for one that passes by itself,
 *                    {@code warn} for one that needs the recruiter
 * @param headline    a few words, shown first
 * @param detail      what is happening, or what went wrong
 * @param fix         the setting or action that fixes it, or {@code null}
 * @param retryAction where a "Try again" button posts to, or {@code null} for no button
 */
public record StatusBanner(String tone, String headline, String detail, String fix, String retryAction) {

    /** The CSS classes of the banner for its tone. */
    public String cssClass() {
        return switch (tone) {
            case "warn" -> "alert warn";
            case "info" -> "alert info";
            default -> "small muted";
        };
    }
}
