package org.annals.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.annals.model.AnalysisResult;
import org.annals.model.RawDocument;

/**
 * Measures the throughput of a pipeline on one thread: articles and tokens per second of that
 * thread's CPU time over a set of documents analysed round and round, after a warm-up. For the {@code bench} command; not a test.
 */
public final class PipelineBenchmark {
    /** The length of one turn in {@link #compare}, in seconds. */
    public static final double TURN_SECONDS = 0.25;

    private PipelineBenchmark() {}

    /** Throughput figures of one run. */
    public record Figures(long articles, long tokens, long sentences, double seconds) {
        public double articlesPerSecond() {
            return articles / seconds;
        }

        public double tokensPerSecond() {
            return tokens / seconds;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%,d articles, %,d sentences, %,d tokens in %.1f CPU s: "
                    + "%,.1f articles/s, %,.0f sentences/s, %,.0f tokens/s (per core, thread CPU time)",
                    articles, sentences, tokens, seconds, articlesPerSecond(), sentences / seconds, tokensPerSecond());
        }
    }

    /**
     * @param documents what to analyse, at least one
     * @param warmupSeconds time spent before measuring, so the JIT has compiled the hot paths
     * @param seconds measured time, at least one
     */
    public static Figures run(Pipeline pipeline, List<RawDocument> documents, double warmupSeconds, double seconds) {
        Objects.requireNonNull(pipeline, "pipeline");
        if (documents.isEmpty()) {
            throw new IllegalArgumentException("no documents to measure");
        }
        if (seconds <= 0) {
            throw new IllegalArgumentException("seconds must be positive, was " + seconds);
        }
        loop(pipeline, new ArrayList<>(documents), warmupSeconds);
        return loop(pipeline, documents, seconds);
    }

    /**
     * Measures several pipelines against each other: each is warmed for {@code warmupSeconds}, then
     * they take turns of about {@value #TURN_SECONDS} s, round and round, until each has run for
     * {@code seconds}. Why turns: on a machine shared with other work the CPU time an article takes
     * drifts with the load (caches, clock, the other hyper-thread); measured in turns, every pipeline
     * meets the same drift, so the ratios of their figures hold even when the figures themselves move.
     * Each continues with the next document where its last turn stopped, so every document weighs the
     * same for all.
     *
     * @return the figures of each pipeline, in the order given
     */
    public static List<Figures> compare(List<Pipeline> pipelines, List<RawDocument> documents, double warmupSeconds,
                                        double seconds) {
        pipelines.forEach(p -> Objects.requireNonNull(p, "pipeline"));
        if (documents.isEmpty()) {
            throw new IllegalArgumentException("no documents to measure");
        }
        if (seconds <= 0) {
            throw new IllegalArgumentException("seconds must be positive, was " + seconds);
        }
        for (Pipeline p : pipelines) {
            loop(p, documents, warmupSeconds);
        }
        int n = pipelines.size();
        long[] articles = new long[n];
        long[] tokens = new long[n];
        long[] sentences = new long[n];
        long[] cpu = new long[n];
        long[] wall = new long[n];
        int[] next = new int[n];
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long goal = (long) (seconds * 1e9);
        long turn = (long) (TURN_SECONDS * 1e9);
        boolean more = true;
        while (more) {
            more = false;
            for (int i = 0; i < n; i++) {
                if (wall[i] >= goal) {
                    continue;
                }
                long cpuStart = threads.getCurrentThreadCpuTime();
                long start = System.nanoTime();
                long end = start + Math.min(turn, goal - wall[i]);
                do {
                    AnalysisResult r = pipelines.get(i).analyze(documents.get(next[i]));
                    next[i] = (next[i] + 1) % documents.size();
                    articles[i]++;
                    sentences[i] += r.analyzed().sentences().size();
                    tokens[i] += r.analyzed().sentences().stream().mapToInt(s -> s.tokens().size()).sum();
                } while (System.nanoTime() < end);
                wall[i] += System.nanoTime() - start;
                cpu[i] += threads.getCurrentThreadCpuTime() - cpuStart;
                more |= wall[i] < goal;
            }
        }
        List<Figures> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new Figures(articles[i], tokens[i], sentences[i], cpu[i] / 1e9));
        }
        return out;
    }

    private static Figures loop(Pipeline pipeline, List<RawDocument> documents, double seconds) {
        long articles = 0;
        long tokens = 0;
        long sentences = 0;
        // CPU time of this thread, not wall-clock time: other processes on the machine do not count
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        long deadline = start + (long) (seconds * 1e9);
        while (System.nanoTime() < deadline) {
            for (RawDocument d : documents) {
                AnalysisResult r = pipeline.analyze(d);
                articles++;
                sentences += r.analyzed().sentences().size();
                tokens += r.analyzed().sentences().stream().mapToInt(s -> s.tokens().size()).sum();
            }
        }
        double elapsed = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        return new Figures(articles, tokens, sentences, elapsed);
    }
}
