package org.annals.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.annals.testing.LocalWeb;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Polite fetching against a small site on the loopback interface, on a clock that moves only when it sleeps. */
class PoliteFetcherIT {
    private static final String ARTICLE = "<html><head><title>Nuovo molo</title></head><body><p>Il molo è aperto.</p>"
            + "</body></html>";

    private LocalWeb web;
    private final AtomicLong now = new AtomicLong();
    private final List<Long> sleeps = new ArrayList<>();
    private final HostThrottle throttle = new HostThrottle(Duration.ofSeconds(1), now::get, nanos -> {
        sleeps.add(nanos);
        now.addAndGet(nanos);
    });

    @BeforeEach
    void start() throws IOException {
        web = LocalWeb.start();
        web.page("/news/a", "text/html; charset=utf-8", ARTICLE)
                .page("/news/c", "text/html; charset=utf-8", ARTICLE)
                .page("/private/b", "text/html", ARTICLE);
    }

    @AfterEach
    void stop() {
        web.close();
    }

    private PoliteFetcher fetcher(boolean allowPrivate) {
        return new PoliteFetcher(new HttpFetcher(), AddressGuard.of(allowPrivate), throttle);
    }

    private static WebFetcher.FetchException failing(PoliteFetcher fetcher, String url, long maxBytes) {
        return assertThrows(WebFetcher.FetchException.class, () -> fetcher.fetch(URI.create(url), maxBytes), url);
    }

    private static long seconds(long s) {
        return s * 1_000_000_000L;
    }

    @Test
    void robotsTxtIsReadOnceObeyedAndItsCrawlDelayKept() throws WebFetcher.FetchException {
        web.page("/robots.txt", "text/plain", "User-agent: *\nDisallow: /\n\n"
                + "User-agent: Annals\nDisallow: /private/\nCrawl-delay: 2\n");
        PoliteFetcher fetcher = fetcher(true);
        WebFetcher.Page page = fetcher.fetch(URI.create(web.url("/news/a")), 1 << 20);
        assertTrue(new String(page.body()).contains("Il molo"));
        WebFetcher.FetchException skipped = failing(fetcher, web.url("/private/b"), 1 << 20);
        assertEquals(WebFetcher.Refusal.ROBOTS, skipped.refusal());
        assertEquals("skipped: disallowed by http://127.0.0.1:" + web.port() + "/robots.txt", skipped.getMessage());
        fetcher.fetch(URI.create(web.url("/news/c")), 1 << 20);

        assertEquals(List.of("/robots.txt", "/news/a", "/news/c"), web.requests(), "robots.txt once; /private/ never");
        assertEquals(List.of(seconds(1), seconds(2)), sleeps,
                "a second between robots.txt and the first page, then the site's Crawl-delay of 2 s");
        assertTrue(web.userAgents().stream().allMatch(ua -> ua.startsWith("Annals/")), web.userAgents().toString());
        assertEquals(new PoliteFetcher.Stats(2, 1, 0, 0), fetcher.stats());
    }

    @Test
    void eachHostIsPacedOnItsOwn() throws WebFetcher.FetchException {
        PoliteFetcher fetcher = fetcher(true);
        fetcher.fetch(URI.create(web.url("/news/a")), 1 << 20);
        fetcher.fetch(URI.create("http://localhost:" + web.port() + "/news/a"), 1 << 20);
        assertEquals(List.of(seconds(1), seconds(1)), sleeps,
                "each host waits a second after its own robots.txt, not after the other host's requests");
        assertEquals(4, web.requests().size(), "one robots.txt per host: " + web.requests());
    }

    @Test
    void noRobotsTxtMeansAllowedAndAServerErrorMeansTheSiteIsLeftAlone() throws WebFetcher.FetchException {
        fetcher(true).fetch(URI.create(web.url("/private/b")), 1 << 20);

        web.page("/robots.txt", 503, "text/plain", "busy".getBytes());
        PoliteFetcher cautious = fetcher(true);
        WebFetcher.FetchException e = failing(cautious, web.url("/news/a"), 1 << 20);
        assertEquals(WebFetcher.Refusal.ROBOTS, e.refusal());
        assertEquals("skipped: http://127.0.0.1:" + web.port() + "/robots.txt answered HTTP 503, so the site is left "
                + "alone", e.getMessage());
        assertEquals(List.of("/robots.txt", "/private/b", "/robots.txt"), web.requests());
    }

    @Test
    void redirectsAreFollowedUpToFive() throws WebFetcher.FetchException {
        for (int i = 0; i < 6; i++) {
            web.redirect("/hop" + i, "/hop" + (i + 1));
        }
        web.page("/hop5", "text/html", ARTICLE);
        PoliteFetcher fetcher = fetcher(true);
        WebFetcher.Page page = fetcher.fetch(URI.create(web.url("/hop0")), 1 << 20);
        assertEquals(URI.create(web.url("/hop5")), page.uri(), "five redirects are fine");

        web.redirect("/hop5", "/hop6");
        web.page("/hop6", "text/html", ARTICLE);
        WebFetcher.FetchException e = failing(fetcher, web.url("/hop0"), 1 << 20);
        assertTrue(e.getMessage().startsWith("more than 5 redirects (the last from " + web.url("/hop5")),
                e.getMessage());
    }

    @Test
    void privateAddressesAreRefusedWithoutTheFlagAndNothingIsAsked() {
        WebFetcher.FetchException e = failing(fetcher(false), web.url("/news/a"), 1 << 20);
        assertEquals(WebFetcher.Refusal.ADDRESS, e.refusal());
        assertTrue(e.getMessage().startsWith("refused: 127.0.0.1 is a loopback address"), e.getMessage());
        assertEquals(List.of(), web.requests(), "not even robots.txt");
    }

    @Test
    void aRedirectToAPrivateAddressIsCheckedAgainAndRefused() {
        // the resolver pretends 127.0.0.1 is a public address, so the first hop passes; localhost stays local
        AddressGuard guard = new AddressGuard(false, host -> host.equals("127.0.0.1")
                ? new InetAddress[] {InetAddress.getByName("203.0.113.5")} : InetAddress.getAllByName(host));
        PoliteFetcher fetcher = new PoliteFetcher(new HttpFetcher(), guard, throttle);
        web.redirect("/jump", "http://localhost:" + web.port() + "/news/a");
        WebFetcher.FetchException e = failing(fetcher, web.url("/jump"), 1 << 20);
        assertEquals(WebFetcher.Refusal.ADDRESS, e.refusal());
        assertTrue(e.getMessage().startsWith("refused: localhost (127.0.0.1) is a loopback address")
                || e.getMessage().startsWith("refused: localhost (0:0:0:0:0:0:0:1) is a loopback address"),
                e.getMessage());
        assertEquals(List.of("/robots.txt", "/jump"), web.requests(), "the article behind the redirect is not asked");
    }

    @Test
    void aBodyOverTheLimitIsRefused() {
        web.page("/big", 200, "text/html", new byte[5000]);
        WebFetcher.FetchException e = failing(fetcher(true), web.url("/big"), 1000);
        assertTrue(e.getMessage().startsWith("too large"), e.getMessage());
    }
}
