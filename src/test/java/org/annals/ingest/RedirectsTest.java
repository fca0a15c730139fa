package org.annals.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Redirect rules on hops that stand in for the network. */
class RedirectsTest {
    private final List<URI> asked = new ArrayList<>();

    private Redirects.Hop site(Map<String, String> redirects) {
        return uri -> {
            asked.add(uri);
            String location = redirects.get(uri.toString());
            return new HttpFetcher.Response(uri, location == null ? 200 : 301, "text/html", location, new byte[0]);
        };
    }

    @Test
    void relativeLocationsAreResolvedAgainstTheHopTheyCameFrom() throws WebFetcher.FetchException {
        HttpFetcher.Response last = Redirects.follow(URI.create("http://news.example/a"), 5, site(Map.of(
                "http://news.example/a", "https://news.example/a",
                "https://news.example/a", "/2024/a?x=1")));
        assertEquals(URI.create("https://news.example/2024/a?x=1"), last.uri());
        assertEquals(3, asked.size());
    }

    @Test
    void httpsIsNeverHandedDownToPlainHttpNorToOtherSchemes() {
        WebFetcher.FetchException down = assertThrows(WebFetcher.FetchException.class, () -> Redirects.follow(
                URI.create("https://news.example/a"), 5,
                site(Map.of("https://news.example/a", "http://news.example/a"))));
        assertEquals(WebFetcher.Refusal.ADDRESS, down.refusal());
        assertTrue(down.getMessage().startsWith("redirected from https down to plain http"), down.getMessage());
        WebFetcher.FetchException file = assertThrows(WebFetcher.FetchException.class, () -> Redirects.follow(
                URI.create("http://news.example/a"), 5, site(Map.of("http://news.example/a", "file:///etc/passwd"))));
        assertEquals("redirected to file:///etc/passwd: only http and https addresses are fetched", file.getMessage());
        assertEquals(2, asked.size(), "neither target was asked");
    }

    @Test
    void aLoopStopsAtTheCap() {
        WebFetcher.FetchException e = assertThrows(WebFetcher.FetchException.class, () -> Redirects.follow(
                URI.create("http://news.example/a"), 2, site(Map.of("http://news.example/a", "/b",
                        "http://news.example/b", "/a"))));
        assertEquals("more than 2 redirects (the last from http://news.example/a to /b): not followed further",
                e.getMessage());
        assertEquals(3, asked.size());
    }
}
