package dev.aiinterview.web.webhook;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

/**
 * Keeps deliveries off the app's own network: a receiver whose address is loopback, private, link-local (cloud
 * metadata services live there), unique-local, shared (100.64/10) or reserved, or an IPv6 address carrying such an
 * IPv4 address, is refused unless
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

    /**
     * Whether an address is not a public unicast one: loopback, private, link-local, unspecified, multicast, unique
     * local, shared (100.64/10), "this network" (0/8), IETF protocol assignments (192.0.0/24), benchmarking
     * (198.18/15), reserved (240/4, with broadcast); and IPv6 forms that carry an IPv4 address (IPv4-mapped,
     * IPv4-compatible, NAT64 64:ff9b::/96, 6to4 2002::/16), judged by the IPv4 address they carry.
     */
    static boolean isPrivate(InetAddress a) {
        if (a.isLoopbackAddress() || a.isSiteLocalAddress() || a.isLinkLocalAddress() || a.isAnyLocalAddress()
                || a.isMulticastAddress()) {
            return true;
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet6Address) {
            if ((b[0] & 0xfe) == 0xfc) {
                return true; // fc00::/7, unique local
            }
            byte[] embedded = embeddedIpv4(b);
            return embedded != null && isPrivateIpv4(embedded);
        }
        return a instanceof Inet4Address && isPrivateIpv4(b);
    }

    private static boolean isPrivateIpv4(byte[] b) {
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        return first == 0 // 0.0.0.0/8, "this network"
                || first == 10 || first == 127
                || (first == 100 && (second & 0xc0) == 64) // 100.64.0.0/10, shared (carrier-grade NAT)
                || (first == 169 && second == 254)
                || (first == 172 && (second & 0xf0) == 16)
                || (first == 192 && second == 168)
                || (first == 192 && second == 0 && (b[2] & 0xff) == 0) // 192.0.0.0/24, IETF protocol assignments
                || (first == 198 && (second & 0xfe) == 18) // 198.18.0.0/15, benchmarking
                || first >= 224; // multicast 224/4, reserved 240/4 and broadcast
    }

    /**
     * The IPv4 address an IPv6 address carries, or null: IPv4-mapped ::ffff:a.b.c.d (Java usually turns these into
     * IPv4 already), IPv4-compatible ::a.b.c.d, NAT64 64:ff9b::a.b.c.d and 6to4 2002:aabb:ccdd::/48.
     */
    private static byte[] embeddedIpv4(byte[] b) {
        boolean zeros80 = true;
        for (int i = 0; i < 10; i++) {
            zeros80 &= b[i] == 0;
        }
        if (zeros80 && ((b[10] == 0 && b[11] == 0) || (b[10] == (byte) 0xff && b[11] == (byte) 0xff))) {
            return new byte[] {b[12], b[13], b[14], b[15]}; // IPv4-compatible or IPv4-mapped
        }
        boolean nat64 = b[0] == 0x00 && b[1] == 0x64 && b[2] == (byte) 0xff && b[3] == (byte) 0x9b;
        for (int i = 4; nat64 && i < 12; i++) {
            nat64 = b[i] == 0;
        }
        if (nat64) {
            return new byte[] {b[12], b[13], b[14], b[15]};
        }
        if (b[0] == 0x20 && b[1] == 0x02) {
            return new byte[] {b[2], b[3], b[4], b[5]}; // 6to4
        }
        return null;
    }

    private static String message(String host) {
        return "The receiver " + host + " is on a private or local network, where webhooks are not sent: give a public "
                + "address, or set " + WebhookSettings.ALLOW_PRIVATE_NETWORKS + "=true to allow it (for development)";
    }
}
