package org.annals.ingest;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Fetches pages the way a well-behaved crawler does, for every network request Annals makes on a user's behalf
 * (a URL given, the articles a feed or sitemap links to, a sitemap index's sitemaps). Before each request, the
 * first and every redirect hop alike:
 * <ol>
 *   <li>the address must be http or https and, unless private addresses are allowed, resolve only to public
 *       addresses ({@link AddressGuard});</li>
 *   <li>the site's robots.txt must allow it ({@link RobotsRules}; fetched once per site, paced like the rest);</li>
 *   <li>the request waits its turn: one per host per delay, or per the site's Crawl-delay when longer
 *       ({@link HostThrottle}).</li>
 * </ol>
 * The requests themselves carry Annals' User-Agent and are bounded in time and size ({@link HttpFetcher}); at
 * most {@value HttpFetcher#MAX_REDIRECTS} redirects are followed.
 *
 * <p>Thread-safe. Its state is the robots.txt rules and request times of the hosts met, and counters of what it
 * did ({@link #stats}).
 */
public final class PoliteFetcher implements WebFetcher {

    /**
     * What a fetcher did so far.
     *
     * @param pages   pages fetched (robots.txt files not counted)
     * @param robots  pages left alone because of robots.txt
     * @param refused addresses refused (private, local, not http or https)
     * @param failed  other fetches that brought back no page
     */
    public record Stats(long pages, long robots, long refused, long failed) {}

    private final HttpFetcher http;
    private final AddressGuard guard;
    private final HostThrottle throttle;
    private final RobotsRules robots;
    private final AtomicLong pages = new AtomicLong();
    private final AtomicLong robotsSkipped = new AtomicLong();
    private final AtomicLong refused = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();

    public PoliteFetcher(HttpFetcher http, AddressGuard guard, HostThrottle throttle) {
        this.http = Objects.requireNonNull(http, "http");
        this.guard = Objects.requireNonNull(guard, "guard");
        this.throttle = Objects.requireNonNull(throttle, "throttle");
        this.robots = new RobotsRules(uri -> {
            this.guard.check(uri);
            pace(uri, Duration.ZERO);
            return this.http.exchange(uri, RobotsRules.MAX_BYTES);
        });
    }

    /**
     * A fetcher on the system's network, clock and resolver.
     *
     * @param allowPrivate whether private and local addresses may be fetched
     * @param delay        the least time between two requests to one host
     */
    public static PoliteFetcher of(boolean allowPrivate, Duration delay) {
        return new PoliteFetcher(new HttpFetcher(), AddressGuard.of(allowPrivate), HostThrottle.of(delay));
    }

    @Override
    public Page fetch(URI uri, long maxBytes) throws FetchException {
        try {
            Page page = HttpFetcher.page(Redirects.follow(uri, HttpFetcher.MAX_REDIRECTS, hop -> {
                guard.check(hop);
                Duration crawlDelay = robots.check(hop);
                pace(hop, crawlDelay);
                return http.exchange(hop, maxBytes);
            }), uri);
            pages.incrementAndGet();
            return page;
        } catch (FetchException e) {
            (switch (e.refusal()) {
                case ROBOTS -> robotsSkipped;
                case ADDRESS -> refused;
                case FAILED -> failed;
            }).incrementAndGet();
            throw e;
        }
    }

    /** What this fetcher did so far. */
    public Stats stats() {
        return new Stats(pages.get(), robotsSkipped.get(), refused.get(), failed.get());
    }

    private void pace(URI uri, Duration atLeast) throws FetchException {
        try {
            throttle.await(uri.getHost(), atLeast);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchException("interrupted while waiting to fetch " + uri);
        }
    }
}
