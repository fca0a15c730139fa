package org.annals.ingest;

import java.io.IOException;
import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.annals.model.DocumentHints;
import org.jsoup.nodes.Entities;

/**
 * Turns a feed or a sitemap into the articles it points to. A sitemap index is followed: the sitemaps it lists
 * are fetched (through the fetcher, so as politely as any page) and read in turn, up to
 * {@link #MAX_DEPTH} indexes deep and {@link #MAX_SITEMAPS} sitemaps per input, and never twice. At most
 * {@link Options#maxItems} articles are taken from one input; the rest are reported as left out.
 *
 * <p>Immutable and thread-safe; each call reads only what it is given.
 */
public final class LinkReader {
    /** An index of indexes of sitemaps is as deep as real sites go. */
    static final int MAX_DEPTH = 3;
    /** The most sitemaps fetched for one input, however many its indexes list. */
    static final int MAX_SITEMAPS = 100;

    /**
     * How feeds and sitemaps are read.
     *
     * @param maxItems       the most articles taken from one feed or sitemap (an index with its sitemaps counts as
     *                       one); positive
     * @param useFeedContent whether an item whose feed carries its full content is read from the feed rather than
     *                       fetched (an item without a link always is)
     */
    public record Options(int maxItems, boolean useFeedContent) {
        /** A thousand articles per input, fetched. */
        public static final Options DEFAULT = new Options(1000, false);

        public Options {
            if (maxItems < 1) {
                throw new IllegalArgumentException("maxItems must be positive, was " + maxItems);
            }
        }
    }

    /** Receives the articles found, in feed or sitemap order, and the entries that could not be used. */
    public interface LinkSink {
        void link(ArticleLink link);

        void fail(ReadFailure failure);
    }

    private final WebFetcher fetcher;
    private final long maxBytes;
    private final Options options;

    /**
     * @param fetcher  fetches the sitemaps an index lists; null to report them as not fetched
     * @param maxBytes the largest sitemap read, after inflating
     */
    public LinkReader(WebFetcher fetcher, long maxBytes, Options options) {
        this.fetcher = fetcher;
        this.maxBytes = maxBytes;
        this.options = Objects.requireNonNull(options, "options");
    }

    public Options options() {
        return options;
    }

    /**
     * Reads a feed or sitemap.
     *
     * @param bytes  its bytes, inflated if it was gzip-compressed
     * @param format {@link InputFormat#FEED} or {@link InputFormat#SITEMAP}
     * @param name   the input as the user named it
     * @param base   its address, for relative links; null for a local file
     */
    public void read(byte[] bytes, InputFormat format, String name, URI base, LinkSink sink) {
        Budget budget = new Budget(name);
        if (format == InputFormat.FEED) {
            feed(FeedReader.read(bytes, base), name, budget, sink);
        } else if (format == InputFormat.SITEMAP) {
            sitemap(SitemapReader.read(bytes, base), name, 0, budget, sink);
        } else {
            throw new IllegalArgumentException("not a feed or sitemap: " + format);
        }
        budget.reportLeftOut(sink);
    }

    private void feed(Feed feed, String name, Budget budget, LinkSink sink) {
        feed.problems().forEach(p -> sink.fail(new ReadFailure(name, p)));
        if (feed.items().isEmpty()) {
            sink.fail(new ReadFailure(name, "the feed has no items"));
        }
        for (int i = 0; i < feed.items().size(); i++) {
            FeedItem item = feed.items().get(i);
            if (!budget.take()) {
                continue;
            }
            // the full content is kept for --use-feed-content; a summary only when there is nothing to fetch
            String body = item.content() != null ? item.content() : item.link() == null ? item.summary() : null;
            String url = item.link() == null ? null : item.link().toString();
            // a feed's title names the site well enough for an article read from the feed itself; a fetched
            // page names its site better
            String publisher = body != null && item.link() == null ? feed.title() : null;
            DocumentHints hints = new DocumentHints(null, url, item.title(), item.published(), feed.language(),
                    publisher);
            sink.link(new ArticleLink(url != null ? url : name + "#" + (i + 1), item.link(), hints,
                    body == null ? null : page(item, body), item.problems()));
        }
    }

    private void sitemap(Sitemap sitemap, String name, int depth, Budget budget, LinkSink sink) {
        sitemap.problems().forEach(p -> sink.fail(new ReadFailure(name, p)));
        for (SitemapEntry entry : sitemap.pages()) {
            if (budget.take()) {
                DocumentHints hints = new DocumentHints(null, entry.loc().toString(), entry.title(),
                        entry.published(), entry.language(), entry.publisher());
                sink.link(new ArticleLink(entry.loc().toString(), entry.loc(), hints, null, entry.problems()));
            }
        }
        for (URI child : sitemap.sitemaps()) {
            if (budget.full()) {
                budget.sitemapsLeft = true;
                return;
            }
            if (depth + 1 > MAX_DEPTH) {
                sink.fail(new ReadFailure(child.toString(), "sitemap indexes nested more than " + MAX_DEPTH
                        + " deep: not followed"));
            } else if (budget.visit(child, sink)) {
                Sitemap nested = fetchSitemap(child, sink);
                if (nested != null) {
                    sitemap(nested, child.toString(), depth + 1, budget, sink);
                }
            }
        }
        if (sitemap.pages().isEmpty() && sitemap.sitemaps().isEmpty()) {
            sink.fail(new ReadFailure(name, "the sitemap lists no pages"));
        }
    }

    private Sitemap fetchSitemap(URI uri, LinkSink sink) {
        if (fetcher == null) {
            sink.fail(new ReadFailure(uri.toString(), "web pages are not fetched by this command"));
            return null;
        }
        try {
            WebFetcher.Page page = fetcher.fetch(uri, maxBytes);
            byte[] bytes = Gzip.isGzip(page.body()) ? Gzip.inflate(page.body(), maxBytes) : page.body();
            if (InputFormat.sniff(bytes) != InputFormat.SITEMAP) {
                sink.fail(new ReadFailure(uri.toString(), "listed in a sitemap index but not a sitemap"));
                return null;
            }
            return SitemapReader.read(bytes, page.uri());
        } catch (WebFetcher.FetchException e) {
            sink.fail(new ReadFailure(uri.toString(), e.getMessage(), e.refusal() == WebFetcher.Refusal.ROBOTS));
        } catch (IOException e) {
            sink.fail(new ReadFailure(uri.toString(), "not a readable gzip-compressed sitemap: " + e.getMessage()));
        }
        return null;
    }

    /** The content of a feed item as a page, so that the HTML extractor finds its title and author as usual. */
    private static String page(FeedItem item, String body) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html><head>");
        if (item.title() != null) {
            html.append("<title>").append(Entities.escape(item.title())).append("</title>");
        }
        if (item.author() != null) {
            html.append("<meta name=\"author\" content=\"").append(Entities.escape(item.author())).append("\">");
        }
        html.append("</head><body><article>");
        if (item.title() != null) {
            html.append("<h1>").append(Entities.escape(item.title())).append("</h1>");
        }
        return html.append(body).append("</article></body></html>").toString();
    }

    /** How many more articles and sitemaps one input may yield, and which sitemaps were read. */
    private final class Budget {
        private final String name;
        private final Set<URI> visited = new HashSet<>();
        private int items;
        private int leftOut;
        private boolean sitemapsLeft;

        Budget(String name) {
            this.name = name;
        }

        boolean take() {
            if (items < options.maxItems()) {
                items++;
                return true;
            }
            leftOut++;
            return false;
        }

        boolean full() {
            return items >= options.maxItems();
        }

        /** Whether a listed sitemap is to be read: not read before, and within the cap (reported when over). */
        boolean visit(URI sitemap, LinkSink sink) {
            if (!visited.add(sitemap)) {
                return false;
            }
            if (visited.size() > MAX_SITEMAPS) {
                if (visited.size() == MAX_SITEMAPS + 1) {
                    sink.fail(new ReadFailure(name, "more than " + MAX_SITEMAPS + " sitemaps listed; the rest are "
                            + "not read", true));
                }
                return false;
            }
            return true;
        }

        void reportLeftOut(LinkSink sink) {
            if (leftOut > 0 || sitemapsLeft) {
                sink.fail(new ReadFailure(name, "only the first " + options.maxItems() + " articles are read"
                        + (leftOut > 0 ? "; " + leftOut + " more left out" : "") + " (raise it with --max-items)",
                        true));
            }
        }
    }
}
