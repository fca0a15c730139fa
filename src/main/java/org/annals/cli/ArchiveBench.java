package org.annals.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.annals.extract.EvaluationCorpus;
import org.annals.model.RawDocument;
import org.annals.pipeline.Pipeline;
import org.annals.store.ArchiveBenchmark;
import org.annals.store.ArchiveStore;
import org.annals.store.Archives;
import org.annals.store.SyntheticArticles;

/** The archive part of {@code annals bench}: generation, real ingest, and query latency. */
final class ArchiveBench {
    private static final long SEED = 20240619L;
    private static final int EVENTS_PER_ARTICLE = 10;

    private final PrintStream out;
    private final Pipeline pipeline;

    ArchiveBench(PrintStream out, Pipeline pipeline) {
        this.out = out;
        this.pipeline = pipeline;
    }

    void run(String location, int articles, int queries, Path shared, List<RawDocument> fallback) {
        if (articles < 1) {
            throw new IllegalArgumentException("--articles must be 1 or more: " + articles);
        }
        out.printf(Locale.ROOT, "archive (heap limit %d MiB):%n", Runtime.getRuntime().maxMemory() >> 20);
        try (ArchiveStore store = Archives.open(location, Archives.Mode.WRITE)) {
            long held = store.stats().articles();
            if (held < articles) {
                out.printf(Locale.ROOT, "  generating synthetic articles %,d to %,d in %s …%n", held, articles, location);
                out.flush();
                double rate = ArchiveBenchmark.generate(store, new SyntheticArticles(SEED, EVENTS_PER_ARTICLE),
                        (int) held, articles, n -> {
                            if (n % 10_000 < 1000) {
                                out.printf(Locale.ROOT, "    %,d%n", n);
                                out.flush();
                            }
                        });
                out.printf(Locale.ROOT, "  synthetic put: %.0f articles/s, %.0f events/s%n", rate,
                        rate * EVENTS_PER_ARTICLE);
            }
            out.println("  holds: " + store.stats());
            ingest(shared, fallback);
            out.println("  questions asked of the database:");
            for (ArchiveBenchmark.Latency latency : ArchiveBenchmark.queries(store, queries, SEED)) {
                out.println("    " + latency);
            }
            long start = System.nanoTime();
            store.warmUp();
            out.printf(Locale.ROOT, "  the same kinds of questions as a server answers them (events in memory, loaded "
                    + "in %.1f s):%n", (System.nanoTime() - start) / 1e9);
            for (ArchiveBenchmark.Latency latency : ArchiveBenchmark.queries(store, queries, SEED + 1)) {
                out.println("    " + latency);
            }
            Runtime rt = Runtime.getRuntime();
            out.printf(Locale.ROOT, "  heap used after queries: %d MiB; running for %.1f s%n",
                    (rt.totalMemory() - rt.freeMemory()) >> 20,
                    ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0);
            out.flush();
        }
    }

    private void ingest(Path shared, List<RawDocument> fallback) {
        List<RawDocument> documents;
        String from;
        try {
            documents = Files.isRegularFile(EvaluationCorpus.archive(shared))
                    ? EvaluationCorpus.load(shared).stream().map(EvaluationCorpus.Page::document).toList()
                    : fallback;
            from = documents == fallback ? "the given articles" : "the extraction evaluation pages";
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the evaluation pages in " + shared, e);
        }
        Path temp = null;
        try {
            temp = Files.createTempDirectory("annals-ingest-bench");
            try (ArchiveStore store = Archives.open(temp.resolve("archive").toString(), Archives.Mode.WRITE)) {
                double rate = ArchiveBenchmark.ingest(store, pipeline, documents);
                out.printf(Locale.ROOT, "  ingest with the real pipeline, one thread: %.1f articles/s "
                        + "(%d pages from %s; %s)%n", rate, documents.size(), from, store.stats());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary archive", e);
        } finally {
            delete(temp);
        }
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a leftover temporary folder is harmless
        }
    }
}
