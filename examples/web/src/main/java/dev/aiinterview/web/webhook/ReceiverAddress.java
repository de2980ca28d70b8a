package dev.aiinterview.web.webhook;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

/**
 * Keeps deliveries off the app's own network: a receiver whose address is loopback, private, link-local (cloud
 * metadata services live there), unique-local or shared (100.64/10) is refused unless
 * {@value WebhookSettings#ALLOW_PRIVATE_NETWORKS} is set, as for a receiver on the developer's own machine.
 */
final class ReceiverAddress {

    private ReceiverAddress() {
    }

    /**
     * Why a host may not receive deliveries, checked without a name lookup: a literal address or {@code localhost}.
     * Empty when it may (names are checked again, resolved, at each delivery).
     */
    static Optional<String> refusedLiteral(String host, boolean allowPrivate) {
        String h = host.toLowerCase(Locale.ROOT);
        if (allowPrivate) {
            return Optional.empty();
        }
        if (h.equals("localhost") || h.endsWith(".localhost")) {
            return Optional.of(message(host));
        }
        boolean literal = h.startsWith("[") || h.matches("[0-9.]+");
        if (!literal) {
            return Optional.empty();
        }
        try {
            return isPrivate(InetAddress.getByName(h)) ? Optional.of(message(host)) : Optional.empty();
        } catch (UnknownHostException e) {
            return Optional.of("The address " + host + " is not valid");
        }
    }

    /** Why a host may not receive deliveries, its name resolved; empty when it may. */
    static Optional<String> refusedResolved(String host, boolean allowPrivate) {
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            return Optional.of("Unknown host " + host);
        }
        if (allowPrivate) {
            return Optional.empty();
        }
        for (InetAddress a : addresses) {
            if (isPrivate(a)) {
                return Optional.of(message(host + " (" + a.getHostAddress() + ")"));
            }
        }
        return Optional.empty();
    }

    static boolean isPrivate(InetAddress a) {
        if (a.isLoopbackAddress() || a.isSiteLocalAddress() || a.isLinkLocalAddress() || a.isAnyLocalAddress()
                || a.isMulticastAddress()) {
            return true;
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet6Address) {
            return (b[0] & 0xfe) == 0xfc; // fc00::/7, unique local
        }
        return a instanceof Inet4Address && (b[0] & 0xff) == 100 && (b[1] & 0xc0) == 64; // 100.64.0.0/10
    }

    private static String message(String host) {
        return "The receiver " + host + " is on a private or local network, where webhooks are not sent: give a public "
                + "address, or set " + WebhookSettings.ALLOW_PRIVATE_NETWORKS + "=true to allow it (for development)";
    }
}
