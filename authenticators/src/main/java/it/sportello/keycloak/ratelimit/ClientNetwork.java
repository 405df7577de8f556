package it.sportello.keycloak.ratelimit;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The key a per-IP rate limit counts a client under. An IPv4 address counts as itself. An IPv6 client counts by its
 * /64 prefix: a single subscriber line or server is routinely given a whole /64 and can pick a fresh address from it
 * for every request, so counting full IPv6 addresses would give one attacker 2^64 budgets. An IPv4-mapped IPv6 address
 * ({@code ::ffff:192.0.2.1}) is the IPv4 client it maps and counts as that address, so a dual-stack listener does not
 * split one client's budget in two. Anything that is not an address literal is used as it is.
 *
 * <p>Parsing never resolves a name: only strings made of hex digits, colons and dots reach {@link InetAddress}, which
 * for a literal containing a colon parses it and never asks DNS.
 */
public final class ClientNetwork {

    private static final Pattern IPV6_LITERAL = Pattern.compile("[0-9A-Fa-f:.]+");
    private static final int PREFIX_BYTES = 8;

    private ClientNetwork() {}

    /** The rate-limit key of a client address as Keycloak reports it ({@code ClientConnection#getRemoteAddr}). */
    public static String rateLimitKey(String remoteAddr) {
        if (remoteAddr == null) {
            return "";
        }
        String address = remoteAddr.strip();
        if (address.startsWith("[") && address.endsWith("]")) {
            address = address.substring(1, address.length() - 1);
        }
        int zone = address.indexOf('%');
        if (zone >= 0) {
            // the interface of a link-local address says nothing about the client
            address = address.substring(0, zone);
        }
        if (address.indexOf(':') < 0 || !IPV6_LITERAL.matcher(address).matches()) {
            return address;
        }
        InetAddress parsed;
        try {
            parsed = InetAddress.getByName(address);
        } catch (UnknownHostException | RuntimeException notALiteral) {
            return address;
        }
        if (parsed instanceof Inet4Address) {
            // Java hands IPv4-mapped IPv6 literals back as the IPv4 address itself
            return parsed.getHostAddress();
        }
        if (parsed instanceof Inet6Address) {
            byte[] bytes = parsed.getAddress();
            if (isIpv4Mapped(bytes)) {
                return dotted(bytes);
            }
            HexFormat hex = HexFormat.of();
            StringBuilder prefix = new StringBuilder(24);
            for (int i = 0; i < PREFIX_BYTES; i += 2) {
                prefix.append(hex.toHexDigits(bytes[i]))
                        .append(hex.toHexDigits(bytes[i + 1]))
                        .append(':');
            }
            return prefix.append(":/64").toString().toLowerCase(Locale.ROOT);
        }
        return address;
    }

    private static boolean isIpv4Mapped(byte[] bytes) {
        for (int i = 0; i < 10; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return bytes[10] == (byte) 0xff && bytes[11] == (byte) 0xff;
    }

    /** Dotted form of the last four bytes. */
    private static String dotted(byte[] bytes) {
        return (bytes[12] & 0xff) + "." + (bytes[13] & 0xff) + "." + (bytes[14] & 0xff) + "." + (bytes[15] & 0xff);
    }
}
