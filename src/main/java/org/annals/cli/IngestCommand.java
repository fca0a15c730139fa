package org.annals.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code annals ingest}: analyses articles and stores them, with everything extracted from them, in the
 * archive. Idempotent: an article already stored is recognised and counted as a duplicate, so a run that was
 * stopped (even by {@code kill -9}) is completed by running it again.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Analyses articles and stores them, with what was found in them, in the archive.",
            "Stores each article with its events, quotes, claims, actors and times, ready for 'search', "
                    + "'events', 'dyad', 'quotes' and 'actors'.",
            "",
            "Inputs are read as 'analyze' reads them (plain text, HTML, JSON Lines, feeds, sitemaps, WARC files; "
                    + "folders recursively; '-' for standard input), and http(s):// URLs are fetched politely "
                    + "(robots.txt obeyed, requests to one host spaced, private addresses refused; redirects "
                    + "followed; the final URL is stored as the article's). 'annals fetch' does the same for "
                    + "feeds and sitemaps, and tells what it fetched.",
            "An article already in the archive (same id, same URL or same text) is not stored again; a copy of "
                    + "a story from another site is stored and linked to the story. Each article is stored whole "
                    + "or not at all: an ingest stopped by Ctrl-C or even kill -9 is completed by running it "
                    + "again."},
        footer = {"", "Examples:",
            "  annals ingest ../shared/seed/ examples/",
            "  annals ingest --archive /data/news --threads 4 feeds/2024-06.jsonl",
            "  annals ingest https://example.org/news/article.html",
            "  ANNALS_ARCHIVE=/data/news annals ingest new-articles/",
            "", "Exit codes: 0 every input stored or already there, 1 some inputs failed (each reported, the "
                    + "others stored), 2 usage error, 3 archive error (locked by another writer, corrupt, "
                    + "unavailable; what was stored stays stored)."})
public final class IngestCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH|URL",
            description = "A file, a directory (read recursively; hidden files skipped), an http(s):// URL, or "
                    + "'-' for standard input.")
    List<String> inputs;

    @Mixin
    ArchiveOption archive;

    @Mixin
    ReadOptions read;

    @Mixin
    FetchOptions fetching;

    @Option(names = "--quiet", description = "Print only failures: no progress, no summary.")
    boolean quiet;

    private final CliContext context;

    IngestCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        read.check();
        fetching.check();
        IngestProgress progress = IngestProgress.of(context, quiet, () -> InputCount.estimate(inputs));
        return IngestRunner.run(context, archive.location(), progress,
                () -> read.batch(context.pipeline(), fetching), inputs);
    }
}
