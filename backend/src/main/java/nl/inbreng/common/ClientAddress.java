package nl.inbreng.common;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Who sent a request, as far as limits per client go. The address is the socket's peer, and a forwarding header
 * counts only when that peer is one of the operator's own proxies ({@code INBRENG_TRUSTED_PROXIES}, addresses or
 * CIDR ranges separated by commas). Anyone can write X-Forwarded-For, so an untrusted header would let one client
 * pose as thousands (docs/adr/0116-client-address-from-the-socket.md). The key it gives is only ever hashed with a
 * secret in memory by its callers, never logged or stored.
 */
@Singleton
public class ClientAddress {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9a-fA-F:.]*:[0-9a-fA-F:.]*");

    private final List<Cidr> trustedProxies;

    ClientAddress(@Value("${inbreng.trusted-proxies:}") String trustedProxies) {
        this.trustedProxies = Cidr.parseList(trustedProxies);
    }

    /**
     * The key for limits per client: the address, or for IPv6 its /64 network, because one home or phone gets a
     * whole /64 and could otherwise pose as countless clients.
     */
    public String limitKey(HttpRequest<?> request) {
        InetSocketAddress remote = request.getRemoteAddress();
        InetAddress peer = remote == null ? null : remote.getAddress();
        if (peer == null) {
            return "?";
        }
        return limitKey(resolve(peer, request.getHeaders().getAll("Forwarded"),
                request.getHeaders().getAll("X-Forwarded-For")));
    }

    /**
     * Whether the browser reached us over HTTPS: this connection is TLS, or a trusted proxy says it terminated TLS
     * (X-Forwarded-Proto, or proto= in Forwarded). HSTS is only sent then.
     */
    public boolean cameOverHttps(HttpRequest<?> request) {
        if (request.isSecure()) {
            return true;
        }
        InetSocketAddress remote = request.getRemoteAddress();
        InetAddress peer = remote == null ? null : remote.getAddress();
        if (peer == null || !isTrusted(peer)) {
            return false;
        }
        String proto = request.getHeaders().get("X-Forwarded-Proto");
        String forwarded = request.getHeaders().get("Forwarded");
        return "https".equalsIgnoreCase(proto == null ? null : proto.split(",")[0].strip())
                || forwarded != null && forwarded.toLowerCase(Locale.ROOT).contains("proto=https");
    }

    static String limitKey(InetAddress client) {
        byte[] bytes = client.getAddress();
        if (bytes.length == 16) {
            return HexFormat.of().formatHex(bytes, 0, 8) + "::/64";
        }
        return client.getHostAddress();
    }

    /**
     * Walks the hops from the nearest backwards: while a hop is a trusted proxy, the one before it told the truth
     * about who connected to it. The first hop that is not a trusted proxy is the client.
     */
    InetAddress resolve(InetAddress peer, List<String> forwarded, List<String> forwardedFor) {
        if (!isTrusted(peer)) {
            return peer;
        }
        List<String> hops = forwarded.isEmpty() ? forwardedForHops(forwardedFor) : forwardedHops(forwarded);
        InetAddress client = peer;
        for (int i = hops.size() - 1; i >= 0; i--) {
            Optional<InetAddress> hop = literal(hops.get(i));
            if (hop.isEmpty()) {
                return client; // a hop we cannot read: trust nothing further out than the last proxy that we know
            }
            client = hop.get();
            if (!isTrusted(client)) {
                return client;
            }
        }
        return client;
    }

    private boolean isTrusted(InetAddress address) {
        return trustedProxies.stream().anyMatch(cidr -> cidr.contains(address));
    }

    private static List<String> forwardedForHops(List<String> headers) {
        List<String> hops = new ArrayList<>();
        for (String header : headers) {
            Arrays.stream(header.split(",")).map(String::strip).filter(hop -> !hop.isEmpty()).forEach(hops::add);
        }
        return hops;
    }

    /** RFC 7239: {@code Forwarded: for=192.0.2.60;proto=https, for="[2001:db8::1]:4711"}. */
    private static List<String> forwardedHops(List<String> headers) {
        List<String> hops = new ArrayList<>();
        for (String header : headers) {
            for (String element : header.split(",")) {
                String forValue = "";
                for (String pair : element.split(";")) {
                    String[] nameValue = pair.strip().split("=", 2);
                    if (nameValue.length == 2 && nameValue[0].strip().toLowerCase(Locale.ROOT).equals("for")) {
                        forValue = nameValue[1].strip().replace("\"", "");
                    }
                }
                hops.add(forValue);
            }
        }
        return hops;
    }

    /** Parses an address literal, with an optional port; never asks DNS (a name is not an address here). */
    static Optional<InetAddress> literal(String hop) {
        String text = hop.strip();
        if (text.startsWith("[")) {
            int end = text.indexOf(']');
            text = end < 0 ? "" : text.substring(1, end);
        } else if (text.indexOf(':') == text.lastIndexOf(':') && text.contains(":")) {
            text = text.substring(0, text.indexOf(':')); // IPv4 with a port
        }
        if (!IPV4.matcher(text).matches() && !IPV6.matcher(text).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(text)); // a literal: parsed, not looked up
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    /** An address range such as 10.0.0.0/8 or 2001:db8::/32; a bare address is a range of one. */
    record Cidr(byte[] network, int prefixLength) {

        static List<Cidr> parseList(String setting) {
            List<Cidr> ranges = new ArrayList<>();
            for (String part : setting.split(",")) {
                if (!part.isBlank()) {
                    ranges.add(parse(part.strip()));
                }
            }
            return List.copyOf(ranges);
        }

        static Cidr parse(String text) {
            String[] parts = text.split("/", 2);
            InetAddress address = literal(parts[0]).orElseThrow(() -> new IllegalArgumentException(
                    "INBRENG_TRUSTED_PROXIES: '" + text + "' is not an IP address or CIDR range"));
            int bits = address.getAddress().length * 8;
            int prefix = parts.length == 2 ? Integer.parseInt(parts[1]) : bits;
            if (prefix < 0 || prefix > bits) {
                throw new IllegalArgumentException("INBRENG_TRUSTED_PROXIES: prefix out of range in '" + text + "'");
            }
            return new Cidr(address.getAddress(), prefix);
        }

        boolean contains(InetAddress address) {
            byte[] candidate = address.getAddress();
            if (candidate.length != network.length) {
                return false;
            }
            int fullBytes = prefixLength / 8;
            for (int i = 0; i < fullBytes; i++) {
                if (candidate[i] != network[i]) {
                    return false;
                }
            }
            int restBits = prefixLength % 8;
            if (restBits == 0) {
                return true;
            }
            int mask = 0xFF << (8 - restBits) & 0xFF;
            return (candidate[fullBytes] & mask) == (network[fullBytes] & mask);
        }
    }
}
