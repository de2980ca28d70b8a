package dev.aiinterview.web.http;

/**
 * What the recruiter's page frame shows around a page: the title, the navigation with its current section, the
 * CSRF token of the sign-out form, a one-time notice and the app's status line.
 *
 * @param title   the page title
 * @param section the current navigation section: "interviews", "plans" or "api-keys"
 * @param csrf    the session's CSRF token
 * @param notice  a message about the last change, or {@code null}
 * @param status  the app's status line (whether voice answers are on), or {@code null}
 */
public record RecruiterFrame(String title, String section, String csrf, String notice, StatusBanner status) {
}
