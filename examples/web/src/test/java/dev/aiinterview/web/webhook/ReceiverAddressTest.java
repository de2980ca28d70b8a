package dev.aiinterview.web.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which resolved addresses count as the app's own network, including IPv6 forms that carry an IPv4 address. */
class ReceiverAddressTest {

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254", "100.64.0.1",
            "0.0.0.0", "0.1.2.3", "192.0.0.8", "198.18.0.1", "198.19.255.254", "240.0.0.1", "255.255.255.255",
            "224.0.0.1", "::1", "::", "fd00::1", "fe80::1", "ff02::1",
            "::ffff:10.0.0.1", "::ffff:127.0.0.1", "::10.0.0.1", "::127.0.0.1", "64:ff9b::a9fe:a9fe",
            "64:ff9b::10.0.0.1", "2002:0a00:0001::1", "2002:7f00:0001::", "2002:a9fe:a9fe::1"})
    void anAddressOnALocalPrivateOrReservedNetworkIsPrivate(String address) throws UnknownHostException {
        assertThat(ReceiverAddress.isPrivate(InetAddress.getByName(address))).as(address).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"8.8.8.8", "93.184.216.34", "192.0.2.1", "198.20.0.1", "172.32.0.1", "100.128.0.1",
            "223.255.255.254", "2606:4700::1111", "::ffff:8.8.8.8", "64:ff9b::8.8.8.8", "2002:0808:0808::1"})
    void aPublicAddressIsNot(String address) throws UnknownHostException {
        assertThat(ReceiverAddress.isPrivate(InetAddress.getByName(address))).as(address).isFalse();
    }
}
