package nl.inbreng.common;

import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClientAddressTest {

    private static InetAddress ip(String literal) {
        return ClientAddress.literal(literal).orElseThrow();
    }

    @Test
    void ignoresForwardingHeadersFromAPeerThatIsNoTrustedProxy() {
        ClientAddress addresses = new ClientAddress("");
        assertEquals(ip("203.0.113.7"), addresses.resolve(ip("203.0.113.7"), List.of("for=198.51.100.1"),
                List.of("198.51.100.2, 198.51.100.3")));
    }

    @Test
    void takesTheFirstHopBeforeTheTrustedProxiesAndNotWhatTheClientWroteInFrontOfIt() {
        ClientAddress addresses = new ClientAddress("10.0.0.0/8, 192.168.1.5");
        // the client wrote "1.2.3.4" itself; the edge proxy 192.168.1.5 appended the real peer 203.0.113.7
        assertEquals(ip("203.0.113.7"), addresses.resolve(ip("10.1.2.3"), List.of(),
                List.of("1.2.3.4, 203.0.113.7", "192.168.1.5")));
    }

    @Test
    void readsTheStandardForwardedHeaderWithPortsAndIpv6() {
        ClientAddress addresses = new ClientAddress("10.0.0.0/8");
        assertEquals(ip("2001:db8::1"), addresses.resolve(ip("10.0.0.2"),
                List.of("for=198.51.100.9;proto=https, for=\"[2001:db8::1]:4711\""), List.of()));
        assertEquals(ip("198.51.100.9"), addresses.resolve(ip("10.0.0.2"), List.of("for=198.51.100.9:1234"), List.of()));
    }

    @Test
    void stopsAtAHopItCannotReadInsteadOfBelievingIt() {
        ClientAddress addresses = new ClientAddress("10.0.0.0/8");
        assertEquals(ip("10.0.0.9"), addresses.resolve(ip("10.0.0.2"), List.of(), List.of("unknown, 10.0.0.9")));
        assertEquals(ip("10.0.0.2"), addresses.resolve(ip("10.0.0.2"), List.of(), List.of("evil.example")));
    }

    @Test
    void neverAsksDnsForAName() {
        assertTrue(ClientAddress.literal("localhost").isEmpty());
        assertTrue(ClientAddress.literal("example.org").isEmpty());
    }

    @Test
    void limitsIpv6ClientsPerSlash64() {
        assertEquals(ClientAddress.limitKey(ip("2001:db8:1:2::1")), ClientAddress.limitKey(ip("2001:db8:1:2:ffff::9")));
        assertEquals("203.0.113.7", ClientAddress.limitKey(ip("203.0.113.7")));
    }

    @Test
    void refusesASettingThatIsNoAddressOrRange() {
        assertThrows(IllegalArgumentException.class, () -> new ClientAddress("proxy.internal"));
        assertThrows(IllegalArgumentException.class, () -> new ClientAddress("10.0.0.0/33"));
    }
}
