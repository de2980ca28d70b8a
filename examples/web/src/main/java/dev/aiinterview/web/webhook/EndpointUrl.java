package dev.aiinterview.web.webhook;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Checks a receiver's address before it is stored: the only addresses the app will POST events to. */
final class EndpointUrl {

    static final int MAX_LENGTH = 2000;

    private EndpointUrl() {
    }

    /**
     * The address, stripped.
     *
     * @throws IllegalArgumentException for anything but an absolute http(s) URL with a host, no user or password and
     *                                  no fragment, at most {@value #MAX_LENGTH} characters, and not a local or
     *                                  private address unless allowed
     */
    static String check(String url, boolean allowPrivate) {
        String value = url == null ? "" : url.strip();
        if (value.isEmpty()) {
            throw new IllegalArgumentException("Give the receiver's URL, e.g. https://example.com/webhooks");
        }
        if (value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("The URL is longer than " + MAX_LENGTH + " characters");
        }
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("The URL is not valid (" + e.getReason()
                    + "): give one like https://example.com/webhooks");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            throw new IllegalArgumentException("The URL must start with https:// (or http://)");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw new IllegalArgumentException("The URL has no host name: give one like https://example.com/webhooks");
        }
        if (uri.getRawUserInfo() != null) {
            throw new IllegalArgumentException("The URL must not hold a user name or password: every delivery is "
                    + "signed, so the receiver checks the signature instead");
        }
        if (uri.getRawFragment() != null) {
            throw new IllegalArgumentException("The URL must not have a #fragment");
        }
        ReceiverAddress.refusedLiteral(uri.getHost(), allowPrivate).ifPresent(reason -> {
            throw new IllegalArgumentException(reason);
        });
        return value;
    }
}
