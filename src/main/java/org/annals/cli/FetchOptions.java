package org.annals.cli;

import java.math.BigDecimal;
import java.time.Duration;
import org.annals.ingest.LinkReader;
import org.annals.ingest.PoliteFetcher;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * How the commands that read articles ({@code analyze}, {@code ingest}, {@code fetch}) fetch from the web and
 * read feeds and sitemaps: private addresses, the delay between requests to one host, the most articles per feed
 * or sitemap, and whether feed content is used. Each value is checked when asked for, naming the option.
 */
public final class FetchOptions {
    /** The longest delay accepted: an hour between two requests is already a crawl of a few pages a day. */
    private static final BigDecimal MAX_DELAY = BigDecimal.valueOf(3600);

    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    @Option(names = "--allow-private",
            description = "Also fetch from loopback, private and link-local addresses (localhost, 10.x, 192.168.x, "
                    + "…): a local test server or an intranet. Without it they are refused, so that a feed or a "
                    + "redirect cannot make Annals read a service on your own network.")
    boolean allowPrivate;

    @Option(names = "--delay", defaultValue = "1", paramLabel = "SECONDS",
            description = "Least time between two requests to one host (a site's robots.txt Crawl-delay, when "
                    + "longer, wins up to 60 s); 0 for none. Default: ${DEFAULT-VALUE}.")
    String delay;

    @Option(names = "--max-items", defaultValue = "1000", paramLabel = "N",
            description = "Most articles taken from one feed or sitemap (a sitemap index with its sitemaps counts "
                    + "as one). Default: ${DEFAULT-VALUE}.")
    int maxItems;

    @Option(names = "--use-feed-content",
            description = "Read an item whose feed carries its full content (content:encoded, Atom content) from "
                    + "the feed instead of fetching its page. Items without a link always are.")
    boolean useFeedContent;

    /** Checks every option, so that a usage error comes before anything is opened or loaded. */
    void check() {
        delay();
        links();
    }

    /** A fetcher with these options: robots.txt obeyed, requests to one host spaced, private addresses refused. */
    PoliteFetcher fetcher() {
        return PoliteFetcher.of(allowPrivate, delay());
    }

    LinkReader.Options links() {
        if (maxItems < 1) {
            throw usage("--max-items must be at least 1, was " + maxItems);
        }
        return new LinkReader.Options(maxItems, useFeedContent);
    }

    Duration delay() {
        BigDecimal seconds;
        try {
            seconds = new BigDecimal(delay.strip());
        } catch (NumberFormatException e) {
            throw usage("--delay must be a number of seconds (0, 0.5, 2), was '" + delay + "'");
        }
        if (seconds.signum() < 0 || seconds.compareTo(MAX_DELAY) > 0) {
            throw usage("--delay must be between 0 and " + MAX_DELAY + " seconds, was '" + delay + "'");
        }
        return Duration.ofNanos(seconds.movePointRight(9).longValue());
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(mixee.commandLine(), message);
    }
}
