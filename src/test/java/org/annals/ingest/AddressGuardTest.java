package org.annals.ingest;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The address checks, on a resolver that stands in for DNS (literal addresses are parsed, never looked up). */
class AddressGuardTest {
    private static final Map<String, String[]> DNS = Map.of(
            "news.example", new String[] {"203.0.113.10", "2001:db8::10"},
            "intranet.example", new String[] {"10.1.2.3"},
            "rebind.example", new String[] {"198.51.100.7", "127.0.0.1"});

    private static InetAddress[] resolve(String host) throws UnknownHostException {
        String[] addresses = DNS.get(host);
        if (addresses == null) {
            if (!Character.isDigit(host.charAt(0)) && !host.contains(":")) {
                throw new UnknownHostException(host);
            }
            return new InetAddress[] {InetAddress.getByName(host)};
        }
        InetAddress[] resolved = new InetAddress[addresses.length];
        for (int i = 0; i < addresses.length; i++) {
            resolved[i] = InetAddress.getByName(addresses[i]);
        }
        return resolved;
    }

    private final AddressGuard strict = new AddressGuard(false, AddressGuardTest::resolve);

    private WebFetcher.FetchException refused(String url) {
        WebFetcher.FetchException e = assertThrows(WebFetcher.FetchException.class,
                () -> strict.check(URI.create(url)), url);
        assertEquals(WebFetcher.Refusal.ADDRESS, e.refusal(), e.getMessage());
        return e;
    }

    @Test
    void publicAddressesPass() {
        assertDoesNotThrow(() -> strict.check(URI.create("https://news.example/a")));
        assertDoesNotThrow(() -> strict.check(URI.create("http://93.184.216.34/")));
        assertDoesNotThrow(() -> strict.check(URI.create("http://[2a00:1450:4001::1]/")));
    }

    @Test
    void localPrivateAndSpecialAddressesAreRefusedNamingTheAddress() {
        WebFetcher.FetchException loopback = refused("http://127.0.0.1:8080/admin");
        assertEquals("refused: 127.0.0.1 is a loopback address; private and local addresses are fetched only with "
                + "--allow-private", loopback.getMessage());
        assertTrue(refused("http://intranet.example/").getMessage()
                .startsWith("refused: intranet.example (10.1.2.3) is a private address"));
        assertTrue(refused("http://rebind.example/").getMessage().contains("(127.0.0.1) is a loopback address"),
                "every resolved address counts, not only the first");
        for (String url : new String[] {"http://127.8.9.10/", "http://[::1]/", "http://0.0.0.0/", "http://[::]/",
            "http://169.254.169.254/latest/meta-data/", "http://[fe80::1]/", "http://172.16.0.1/",
            "http://172.31.255.255/", "http://192.168.1.1/", "http://[fd12:3456::1]/", "http://100.64.0.1/",
            "http://224.0.0.1/", "http://255.255.255.255/", "http://[::ffff:10.0.0.1]/", "http://[::127.0.0.1]/",
            "http://[64:ff9b::c0a8:101]/", "http://[2002:c0a8:101::1]/"}) {
            refused(url);
        }
        assertDoesNotThrow(() -> strict.check(URI.create("http://172.32.0.1/")), "just outside 172.16/12");
    }

    @Test
    void onlyWebAddressesAreFetched() {
        assertTrue(refused("file:///etc/passwd").getMessage().startsWith("only http and https addresses"));
        assertTrue(refused("ftp://news.example/").getMessage().startsWith("only http and https addresses"));
    }

    @Test
    void anUnknownHostIsAFailureNotARefusal() {
        WebFetcher.FetchException e = assertThrows(WebFetcher.FetchException.class,
                () -> strict.check(URI.create("https://nowhere.example/")));
        assertEquals(WebFetcher.Refusal.FAILED, e.refusal());
        assertEquals("cannot connect: unknown host nowhere.example", e.getMessage());
    }

    @Test
    void allowingPrivateAddressesLetsThemThrough() {
        AddressGuard lenient = new AddressGuard(true, AddressGuardTest::resolve);
        assertDoesNotThrow(() -> lenient.check(URI.create("http://127.0.0.1:8080/")));
        assertDoesNotThrow(() -> lenient.check(URI.create("http://intranet.example/")));
        assertThrows(WebFetcher.FetchException.class, () -> lenient.check(URI.create("file:///etc/passwd")),
                "still only the web");
    }
}
