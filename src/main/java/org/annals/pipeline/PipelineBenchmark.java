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
