package org.annals.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Measures {@link LuceneArticleIndex}: indexing throughput on made-up articles ({@link SyntheticNews}),
 * then the wall-clock latency of single-threaded searches of 1–3 words (first page of 10, snippets
 * included), without and with filters, and the heap and disk the index takes. Not a test: run it by hand
 * or through {@code annals bench --only search}.
 *
 * <pre>java -Xmx2g -cp … org.annals.search.SearchBenchmark [ARTICLES [SEARCHES_PER_KIND]]</pre>
 */
public final class SearchBenchmark {
    private static final long SEED = 20240619L;
    private static final int COMMIT_EVERY = 10_000;

    private SearchBenchmark() {}

    public static void main(String[] args) {
        int articles = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int perKind = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        run(articles, perKind).forEach(System.out::println);
    }

    /**
     * Builds an index of {@code articles} articles in a temporary directory, searches it, deletes it.
     *
     * @param perKind timed searches of each kind of filter (none, language, site, date range, all three)
     * @return printable lines of figures
     */
    public static List<String> run(int articles, int perKind) {
        if (articles < 1 || perKind < 1) {
            throw new IllegalArgumentException("articles and searches must be 1 or more, were " + articles + " and " + perKind);
        }
        Path dir;
        try {
            dir = Files.createTempDirectory("annals-search-bench");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary directory: " + e.getMessage(), e);
        }
        try {
            return measure(dir, articles, perKind);
        } finally {
            delete(dir);
        }
    }

    private static List<String> measure(Path dir, int articles, int per) {
        List<String> out = new ArrayList<>();
        SyntheticNews news = new SyntheticNews(SEED);
        try (LuceneArticleIndex index = new LuceneArticleIndex(dir)) {
            long words = 0;
            long nanos = 0;
            for (int seq = 1; seq <= articles; seq++) {
                IndexedArticle a = news.next(seq);
                words += a.text().chars().filter(c -> c == ' ').count() + 1;
                long t0 = System.nanoTime();
                index.add(a);
                if (seq % COMMIT_EVERY == 0 || seq == articles) {
                    index.commit(seq);
                }
                nanos += System.nanoTime() - t0;
            }
            out.add(String.format(Locale.ROOT, "indexing: %,d articles (%,d words, %.0f per article) in %.1f s: "
                    + "%,.0f articles/s, one thread, commits every %,d", articles, words, (double) words / articles,
                    nanos / 1e9, articles / (nanos / 1e9), COMMIT_EVERY));
            out.add(String.format(Locale.ROOT, "index on disk: %,.0f MB", size(dir) / 1e6));

            // warm-up: the JIT compiles the search path before it is measured
            for (int i = 0; i < 500; i++) {
                index.search(news.filtered(news.query(), i % 5));
            }
            List<String> kinds = SyntheticNews.filterNames();
            double[][] millis = new double[kinds.size()][per];
            double[] cpuMillis = new double[kinds.size() * per];
            long[] totals = new long[kinds.size()];
            // wall-clock time is what a user waits; the thread's CPU time shows the cost on a busy machine
            var threads = ManagementFactory.getThreadMXBean();
            // the kinds take turns, so that none is measured while the machine is busier than for the others
            for (int i = 0; i < per; i++) {
                for (int k = 0; k < kinds.size(); k++) {
                    SearchQuery q = news.filtered(news.query(), k);
                    long cpu0 = threads.getCurrentThreadCpuTime();
                    long t0 = System.nanoTime();
                    totals[k] += index.search(q).total();
                    millis[k][i] = (System.nanoTime() - t0) / 1e6;
                    cpuMillis[i * kinds.size() + k] = (threads.getCurrentThreadCpuTime() - cpu0) / 1e6;
                }
            }
            out.add(String.format(Locale.ROOT, "search (1–3 words, first 10 hits with snippets, one thread), wall-clock latency, "
                    + "%d searches per kind:", per));
            for (int k = 0; k < kinds.size(); k++) {
                out.add(String.format(Locale.ROOT, "  filters %-10s %s, %,.0f matches on average", kinds.get(k),
                        percentiles(millis[k]), (double) totals[k] / per));
            }
            out.add(String.format(Locale.ROOT, "  all kinds          %s",
                    percentiles(Stream.of(millis).flatMapToDouble(Arrays::stream).toArray())));
            out.add(String.format(Locale.ROOT, "  all, CPU time     %s", percentiles(cpuMillis)));
            out.add("example: " + example(index));
            System.gc();
            long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            out.add(String.format(Locale.ROOT, "heap used with the index open, after a GC: %,.0f MB (max %,.0f MB)",
                    heap / 1e6, Runtime.getRuntime().maxMemory() / 1e6));
        }
        return out;
    }

    private static String percentiles(double[] millis) {
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        return String.format(Locale.ROOT, "p50 %6.2f ms  p95 %6.2f ms  p99 %6.2f ms  max %6.2f ms",
                at(sorted, 0.50), at(sorted, 0.95), at(sorted, 0.99), sorted[sorted.length - 1]);
    }

    private static double at(double[] sorted, double quantile) {
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1)];
    }

    private static String example(ArticleIndex index) {
        SearchPage page = index.search(SearchQuery.of("trattati Pyongyang"));
        return "'trattati Pyongyang': " + page.total() + " matches"
                + (page.hits().isEmpty() ? "" : "; first snippet: " + page.hits().get(0).snippet());
    }

    private static long size(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.mapToLong(f -> f.toFile().length()).sum();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir + ": " + e.getMessage(), e);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            System.err.println("annals: could not delete the benchmark index " + dir + ": " + e.getMessage());
        }
    }
}
