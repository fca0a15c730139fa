package org.annals.cli;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import org.annals.ingest.ArticleLink;
import org.annals.ingest.DocumentReader;
import org.annals.ingest.LinkReader;
import org.annals.ingest.PoliteFetcher;
import org.annals.ingest.ReadFailure;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code annals fetch}: finds the articles feeds, sitemaps and web archives hold or link to, fetches them politely
 * and stores them in the archive as {@code ingest} does; or, with {@code --list}, only lists them.
 */
@Command(name = "fetch", mixinStandardHelpOptions = true,
        description = {"Fetches the articles of feeds, sitemaps and web archives, and stores them in the archive.",
            "Takes RSS and Atom feeds, sitemaps (sitemap indexes and Google News sitemaps too, gzip-compressed or "
                    + "not), WARC files (each archived HTML or text page) and page URLs, local or http(s)://; "
                    + "what an input is, is told by its content. Each article a feed or sitemap links to is "
                    + "fetched and stored with what the feed said of it (title, date, language), as 'ingest' "
                    + "stores articles: an article already in the archive is not stored again, so running the "
                    + "same command every hour stores only what is new.",
            "",
            "Fetching is polite and safe: each site's robots.txt is obeyed (pages it disallows are skipped, not "
                    + "failed), requests to one host are spaced by --delay (or the site's Crawl-delay), the "
                    + "User-Agent names Annals, each request is bounded in time (10 s to connect, 1 min in all) and "
                    + "size (--max-size), at most 5 redirects are followed, and loopback, private and link-local "
                    + "addresses are refused unless --allow-private is given."},
        footer = {"", "Examples:",
            "  annals fetch https://www.example.org/rss/world.xml",
            "  annals fetch --list https://www.example.org/sitemap-news.xml",
            "  annals fetch --archive /data/news --max-items 50 --delay 2 feeds/*.xml",
            "  annals fetch --use-feed-content https://blog.example.org/atom.xml",
            "  annals fetch crawl-2024-06.warc.gz",
            "", "Exit codes: 0 every article stored or already there (pages robots.txt disallows are skipped, not "
                    + "failed), 1 some inputs or articles failed (each reported, the others stored), 2 usage error, "
                    + "3 archive error (locked by another writer, corrupt, unavailable; what was stored stays "
                    + "stored)."})
public final class FetchCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "URL|FILE",
            description = "A feed, sitemap or WARC file, or an http(s):// URL of a feed, sitemap or page.")
    List<String> inputs;

    @Mixin
    ArchiveOption archive;

    @Mixin
    ReadOptions read;

    @Mixin
    FetchOptions fetching;

    @Option(names = {"--list", "--dry-run"},
            description = "Only list the articles found, one address a line on standard output (an item without "
                    + "a link as FEED#N), fetching the feeds and sitemaps but no article and storing nothing.")
    boolean list;

    @Option(names = "--quiet", description = "Print only failures: no progress, no summary.")
    boolean quiet;

    private final CliContext context;

    FetchCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        read.check();
        fetching.check();
        PoliteFetcher fetcher = fetching.fetcher();
        AtomicLong discovered = new AtomicLong();
        DocumentReader reader = read.reader(fetcher, fetching.links(), link -> discovered.incrementAndGet());
        if (list) {
            return list(reader);
        }
        // the articles are known only as the feeds are read: no bar, a count
        IngestProgress progress = IngestProgress.of(context, quiet, () -> -1);
        progress.details(() -> details(discovered.get(), fetcher.stats()));
        return IngestRunner.run(context, archive.location(), progress,
                () -> read.batch(context.pipeline(), reader), inputs);
    }

    private int list(DocumentReader reader) {
        long[] failed = new long[1];
        reader.discover(inputs, new LinkReader.LinkSink() {
            @Override
            public void link(ArticleLink link) {
                context.out().println(link.url() != null ? link.url() : link.source());
            }

            @Override
            public void fail(ReadFailure failure) {
                failed[0] += failure.skipped() ? 0 : 1;
                context.err().println("annals: " + failure);
            }
        });
        context.out().flush();
        return failed[0] > 0 ? ExitCodes.SOME_FAILED : ExitCodes.OK;
    }

    private static List<String> details(long discovered, PoliteFetcher.Stats stats) {
        return List.of(
                String.format(Locale.ROOT, "  discovered  %,10d  (articles feeds and sitemaps link to)", discovered),
                String.format(Locale.ROOT, "  fetched     %,10d  (pages, feeds and sitemaps included)", stats.pages()),
                String.format(Locale.ROOT, "  robots.txt  %,10d  (pages it disallows, skipped)", stats.robots()),
                String.format(Locale.ROOT, "  refused     %,10d  (addresses not allowed: private, local, not http(s))",
                        stats.refused()));
    }
}
