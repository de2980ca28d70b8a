package dev.aiinterview.web.http;

/**
 * A page that says what went wrong.
 *
 * @param title     a short headline
 * @param message   what happened and what to do
 * @param startLink whether to link to the start page (not for candidates: they have no use for the sign-in)
 */
public record ErrorPage(String title, String message, boolean startLink) {
}
