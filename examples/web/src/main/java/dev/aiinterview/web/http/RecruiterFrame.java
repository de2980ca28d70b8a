package dev.aiinterview.web.http;

/**
 * What the recruiter's page frame shows around a page: the title, the navigation with its current section, the
 * CSRF token of the sign-out form, and a one-time notice.
 *
 * @param title   the page title
 * @param section the current navigation section: "interviews" or "plans"
 * @param csrf    the session's CSRF token
 * @param notice  a message about the last change, or {@code null}
 */
public record RecruiterFrame(String title, String section, String csrf, String notice) {
}
