package org.annals.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.function.IntConsumer;
import org.annals.model.AnalysisResult;
import org.annals.model.RawDocument;
import org.annals.model.Status;
import org.annals.pipeline.Pipeline;
import org.annals.search.SearchQuery;

/**
 * Measures an archive: how fast articles go in, and how long the analysts' questions take on a large
 * archive. Query latency is wall-clock time per query on one thread, reported as percentiles; the
 * figures are only meaningful on an archive of benchmark size (see {@link SyntheticArticles}).
 *
 * <p>Not thread-safe; one benchmark at a time.
 */
public final class ArchiveBenchmark {
    /** Articles generated and stored together: the store's batch path is far cheaper than one by one. */
    private static final int GENERATE_BATCH = 1000;

    private ArchiveBenchmark() {}

    /** Latency percentiles of one kind of query, in milliseconds. */
    public record Latency(String name, int queries, double p50, double p95, double p99, double max) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%-8s %5d queries  p50 %7.1f ms  p95 %7.1f ms  p99 %7.1f ms  max %7.1f ms",
                    name, queries, p50, p95, p99, max);
        }
    }

    /**
     * Puts synthetic articles {@code from} (inclusive) to {@code to} (exclusive) into the store, so that an
     * interrupted generation resumes where it stopped (the store ignores what it already holds).
     *
     * @param progress told the number of articles put so far, about every 1,000
     * @return the articles put per second
     */
    public static double generate(ArchiveStore store, SyntheticArticles articles, int from, int to,
                                  IntConsumer progress) {
        long start = System.nanoTime();
        for (int i = from; i < to; i += GENERATE_BATCH) {
            int end = Math.min(to, i + GENERATE_BATCH);
            store.putAll(java.util.stream.IntStream.range(i, end).parallel().mapToObj(articles::article).toList());
            if (end / 1000 > i / 1000) {
                progress.accept(end);
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return (to - from) / Math.max(seconds, 1e-9);
    }

    /**
     * Runs the real pipeline on each document and stores the result, on one thread.
     *
     * @return articles analysed and stored per second
     */
    public static double ingest(ArchiveStore store, Pipeline pipeline, List<RawDocument> documents) {
        long start = System.nanoTime();
        for (RawDocument document : documents) {
            store.put(pipeline.analyze(document));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return documents.size() / Math.max(seconds, 1e-9);
    }

    /**
     * Times {@code queries} random queries of each kind the issue names: events (source, target, CAMEO
     * root, status, a start date), dyad by month, and full-text search (one to three words, some with a
     * language filter), after {@code queries / 5} untimed warm-up queries of each kind.
     */
    public static List<Latency> queries(ArchiveStore store, int queries, long seed) {
        if (queries < 1) {
            throw new IllegalArgumentException("queries must be 1 or more: " + queries);
        }
        Random random = new Random(seed);
        List<String> countries = SyntheticArticles.countryCodes().subList(0, 12);
        List<String> words = SyntheticArticles.searchWords();
        Status[] statuses = Status.values();
        List<Latency> figures = new ArrayList<>();
        figures.add(time("events", queries, () -> {
            String[] pair = pair(countries, random);
            EventQuery q = new EventQuery(pair[0], pair[1], String.format("%02d", 1 + random.nextInt(20)), null,
                    random.nextBoolean() ? statuses[random.nextInt(statuses.length)] : null,
                    LocalDate.of(2015 + random.nextInt(8), 1, 1), null, null, null, 1, 50);
            EventPage page = store.eventPage(q);
            return page.events().size() + page.total();
        }));
        figures.add(time("dyad", queries, () -> {
            String[] pair = pair(countries, random);
            return store.dyad(new DyadQuery(pair[0], pair[1], DyadQuery.Period.MONTH, null, null)).size() * 1L;
        }));
        // every search a new one, so that none is answered from the archive's cache of recent answers
        Set<SearchQuery> asked = new HashSet<>();
        figures.add(time("search", queries, () -> {
            SearchQuery q;
            do {
                StringBuilder text = new StringBuilder(words.get(random.nextInt(words.size())));
                for (int w = random.nextInt(3); w > 0; w--) {
                    text.append(' ').append(words.get(random.nextInt(words.size())));
                }
                String language = random.nextInt(3) == 0 ? (random.nextBoolean() ? "it" : "en") : null;
                LocalDate from = random.nextBoolean() ? null : LocalDate.of(2015 + random.nextInt(10), 1, 1);
                q = new SearchQuery(text.toString(), language, null, from, null, 1 + random.nextInt(2), 10);
            } while (!asked.add(q));
            return store.search(q).total();
        }));
        return figures;
    }

    private static String[] pair(List<String> countries, Random random) {
        String a = countries.get(random.nextInt(countries.size()));
        String b = countries.get(random.nextInt(countries.size()));
        while (b.equals(a)) {
            b = countries.get(random.nextInt(countries.size()));
        }
        return new String[] {a, b};
    }

    private static Latency time(String name, int queries, java.util.function.LongSupplier query) {
        long sink = 0;
        for (int i = 0; i < Math.max(1, queries / 5); i++) {
            sink += query.getAsLong();
        }
        double[] millis = new double[queries];
        for (int i = 0; i < queries; i++) {
            long start = System.nanoTime();
            sink += query.getAsLong();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        if (sink == Long.MIN_VALUE) {
            throw new AssertionError("unreachable; keeps the results alive");
        }
        Arrays.sort(millis);
        return new Latency(name, queries, percentile(millis, 50), percentile(millis, 95), percentile(millis, 99),
                millis[millis.length - 1]);
    }

    private static double percentile(double[] sorted, double p) {
        int index = (int) Math.ceil(p / 100 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
