package dev.aiinterview.web.security;

/**
 * The sign-in form.
 *
 * @param formToken    the form's own CSRF token, paired with a short-lived cookie
 * @param next         the recruiter page to go to after signing in
 * @param error        why the last attempt failed, or {@code null}
 * @param passwordFile where a generated password is written, named in the hint
 */
public record LoginPage(String formToken, String next, String error, String passwordFile) {
}
