package org.annals.ingest;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.annals.ingest.WebFetcher.FetchException;
import org.annals.ingest.WebFetcher.Refusal;

/**
 * The robots.txt rules of every site met, each fetched once and kept for the run, read as RFC 9309 says
 * (crawler-commons' parser: the group for "annals" or else "*", the longest matching rule, wildcards):
 * <ul>
 *   <li>a robots.txt that is found is obeyed, its Crawl-delay too (up to {@link #MAX_CRAWL_DELAY});</li>
 *   <li>none (an answer 400–499 but 429) means the site sets no rules: everything may be fetched;</li>
 *   <li>a server error (500–599), 429 "too many requests", or no answer at all means the rules are unknown:
 *       the site is left alone for the run, to be safe;</li>
 * </ul>
 * Up to {@value HttpFetcher#MAX_REDIRECTS} redirects are followed, and at most {@link #MAX_BYTES} are read.
 *
 * <p>Thread-safe: two threads asking about one site at once wait for the same fetch.
 */
final class RobotsRules {
    /** The product token matched against robots.txt user-agent lines. */
    static final String AGENT = "annals";
    /** RFC 9309 asks crawlers to read at least 500 KiB of a robots.txt. */
    static final int MAX_BYTES = 512 * 1024;
    /** A longer Crawl-delay is cut to this: a day between two requests would stop a run for good. */
    static final Duration MAX_CRAWL_DELAY = Duration.ofSeconds(60);

    /** What may be fetched from one site, and why not when nothing may. */
    private record Site(BaseRobotRules rules, String unavailable) {}

    private final Redirects.Hop hop;
    private final ConcurrentHashMap<String, CompletableFuture<Site>> sites = new ConcurrentHashMap<>();

    /**
     * @param hop makes one request for a robots.txt (checked and paced like any other request)
     */
    RobotsRules(Redirects.Hop hop) {
        this.hop = Objects.requireNonNull(hop, "hop");
    }

    /**
     * Checks that the site's robots.txt lets Annals fetch {@code uri}, fetching the robots.txt on the first
     * request to the site.
     *
     * @return the delay the site asks between requests, zero when it asks none
     * @throws FetchException ({@link Refusal#ROBOTS}) when the page may not be fetched, saying why
     */
    Duration check(URI uri) throws FetchException {
        Site site = site(origin(uri));
        if (site.unavailable() != null) {
            throw new FetchException("skipped: " + site.unavailable() + ", so the site is left alone",
                    Refusal.ROBOTS);
        }
        if (!site.rules().isAllowed(uri.toString())) {
            throw new FetchException("skipped: disallowed by " + origin(uri) + "/robots.txt", Refusal.ROBOTS);
        }
        long delay = site.rules().getCrawlDelay();
        return delay <= 0 ? Duration.ZERO
                : Duration.ofMillis(Math.min(delay, MAX_CRAWL_DELAY.toMillis()));
    }

    private Site site(String origin) {
        CompletableFuture<Site> mine = new CompletableFuture<>();
        CompletableFuture<Site> known = sites.putIfAbsent(origin, mine);
        if (known != null) {
            return known.join();
        }
        try {
            Site site = fetch(origin);
            mine.complete(site);
            return site;
        } catch (RuntimeException e) {
            // a bug, not a verdict: the threads waiting learn of it, and a later request tries again
            sites.remove(origin, mine);
            mine.completeExceptionally(e);
            throw e;
        }
    }

    private Site fetch(String origin) {
        URI robots = URI.create(origin + "/robots.txt");
        HttpFetcher.Response response;
        try {
            response = Redirects.follow(robots, HttpFetcher.MAX_REDIRECTS, hop);
        } catch (FetchException e) {
            return new Site(null, robots + " could not be fetched (" + e.getMessage() + ")");
        }
        int status = response.status();
        if (response.isSuccess()) {
            // a fresh parser each time: crawler-commons' parser counts warnings as it goes
            return new Site(new SimpleRobotRulesParser().parseContent(robots.toString(), response.body(),
                    response.contentType() == null ? "text/plain" : response.contentType(), List.of(AGENT)), null);
        }
        if (status >= 400 && status < 500 && status != 429) {
            return new Site(new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_ALL), null);
        }
        return new Site(null, robots + " answered HTTP " + status);
    }

    /** scheme://host[:port], lower case: the scope of one robots.txt. */
    static String origin(URI uri) {
        try {
            return new URI(Redirects.scheme(uri), null, uri.getHost().toLowerCase(Locale.ROOT), uri.getPort(),
                    null, null, null).toString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a web address: " + uri, e);
        }
    }
}
