package org.annals.ingest;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Objects;
import org.annals.ingest.WebFetcher.FetchException;
import org.annals.ingest.WebFetcher.Refusal;

/**
 * Keeps fetches to the public web: refuses any address that is not http or https, and any host that resolves
 * to a loopback, unspecified, link-local, private (10/8, 172.16/12, 192.168/16, fc00::/7, the old fec0::/10),
 * shared (100.64/10), multicast or broadcast address, so that a feed or a redirect cannot make Annals read a
 * service on the user's own machine or network (a router's admin page, a cloud metadata service at
 * 169.254.169.254). Every address the host resolves to is checked, not only the first, so that a name that
 * resolves to both a public and a private address is refused.
 *
 * <p>Between this check and the connection the HTTP client resolves the name again; the JVM caches a lookup
 * (30 seconds by default), so both see the same answer unless the cache expires in between. A refusal names the
 * host and the address, and how to allow private addresses ({@code --allow-private}), for a user who does mean
 * to fetch from a local server.
 *
 * <p>Immutable and thread-safe.
 */
public final class AddressGuard {
    /** Resolves a host name to its addresses: the system's resolver, or a stand-in in tests. */
    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private final boolean allowPrivate;
    private final Resolver resolver;

    /**
     * @param allowPrivate whether private and local addresses may be fetched (a local test server, an intranet)
     * @param resolver     resolves host names
     */
    public AddressGuard(boolean allowPrivate, Resolver resolver) {
        this.allowPrivate = allowPrivate;
        this.resolver = Objects.requireNonNull(resolver, "resolver");
    }

    /** A guard over the system's resolver. */
    public static AddressGuard of(boolean allowPrivate) {
        return new AddressGuard(allowPrivate, InetAddress::getAllByName);
    }

    /**
     * Checks that {@code uri} may be fetched.
     *
     * @throws FetchException ({@link Refusal#ADDRESS}) naming the address and why it is refused, or
     *                        ({@link Refusal#FAILED}) when the host does not resolve
     */
    public void check(URI uri) throws FetchException {
        String scheme = Redirects.scheme(uri);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new FetchException("only http and https addresses are fetched, not " + uri, Refusal.ADDRESS);
        }
        String host = uri.getHost();
        if (host == null || host.isBlank()) {
            throw new FetchException("the address names no host: " + uri, Refusal.ADDRESS);
        }
        if (allowPrivate) {
            return;
        }
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(bare);
        } catch (UnknownHostException e) {
            throw new FetchException("cannot connect: unknown host " + host);
        }
        for (InetAddress address : addresses) {
            String kind = nonPublicKind(address);
            if (kind != null) {
                String resolved = address.getHostAddress().equals(bare) ? "" : " (" + address.getHostAddress() + ")";
                throw new FetchException("refused: " + host + resolved + " is " + kind
                        + "; private and local addresses are fetched only with --allow-private", Refusal.ADDRESS);
            }
        }
    }

    /** What kind of non-public address this is ("a loopback address"), or null for a public one. */
    static String nonPublicKind(InetAddress address) {
        if (address.isAnyLocalAddress()) {
            return "an unspecified address";
        }
        if (address.isLoopbackAddress()) {
            return "a loopback address";
        }
        if (address.isLinkLocalAddress()) {
            return "a link-local address";
        }
        if (address.isSiteLocalAddress()) {
            return "a private address";
        }
        if (address.isMulticastAddress()) {
            return "a multicast address";
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            return nonPublicV4(b);
        }
        if (address instanceof Inet6Address) {
            if ((b[0] & 0xFE) == 0xFC) {
                return "a private address (unique local)";
            }
            // IPv4 written inside IPv6 (::a.b.c.d, 64:ff9b::a.b.c.d, 2002:ab:cd::) reaches the IPv4 address
            byte[] embedded = embeddedV4(b);
            if (embedded != null) {
                try {
                    return nonPublicKind(InetAddress.getByAddress(embedded));
                } catch (UnknownHostException e) {
                    throw new IllegalStateException("four bytes are always an IPv4 address", e);
                }
            }
        }
        return null;
    }

    private static String nonPublicV4(byte[] b) {
        int first = b[0] & 0xFF;
        int second = b[1] & 0xFF;
        if (first == 0) {
            return "an unspecified address (0.0.0.0/8)";
        }
        if (first == 100 && second >= 64 && second <= 127) {
            return "a private address (shared, 100.64.0.0/10)";
        }
        if (first == 192 && second == 0 && (b[2] & 0xFF) == 0) {
            return "a reserved address (192.0.0.0/24)";
        }
        if (first >= 240) {
            return "a reserved or broadcast address";
        }
        return null;
    }

    private static byte[] embeddedV4(byte[] b) {
        boolean compatible = true;
        for (int i = 0; i < 12; i++) {
            compatible &= b[i] == 0;
        }
        boolean nat64 = (b[0] & 0xFF) == 0x00 && (b[1] & 0xFF) == 0x64 && (b[2] & 0xFF) == 0xFF
                && (b[3] & 0xFF) == 0x9B;
        if (compatible || nat64) {
            return new byte[] {b[12], b[13], b[14], b[15]};
        }
        if ((b[0] & 0xFF) == 0x20 && (b[1] & 0xFF) == 0x02) {
            return new byte[] {b[2], b[3], b[4], b[5]};
        }
        return null;
    }
}
