package org.annals.extract;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Throughput of HTML extraction (main text and metadata, authors included) on the trafilatura
 * evaluation set, on the calling thread: pages are decoded up front, a warm-up pass lets the JIT
 * settle, then pages are extracted round-robin for the given time. The figure is pages per second
 * of the thread's CPU time (one core), so that other load on a shared machine does not skew it; the
 * wall-clock rate is printed too. Run it long enough to cover the set (a full pass is about 10 s).
 *
 * <p>Run: {@code java -cp target/classes:... org.annals.extract.ExtractionBenchmark ../shared 20}.
 */
public final class ExtractionBenchmark {

    private ExtractionBenchmark() {
    }

    /**
     * Measures and returns printable lines.
     *
     * @param sharedDir the shared folder holding {@value EvaluationCorpus#ARCHIVE}
     * @param seconds   how long to measure after warm-up (at least 1)
     * @throws IOException when the evaluation set cannot be read
     */
    public static String run(Path sharedDir, int seconds) throws IOException {
        List<EvaluationCorpus.Page> pages = EvaluationCorpus.load(sharedDir);
        if (pages.isEmpty()) {
            return "no pages in the evaluation set\n";
        }
        HtmlArticleExtractor extractor = new HtmlArticleExtractor();
        long chars = 0;
        for (EvaluationCorpus.Page p : pages) {
            chars += p.html().length();
        }
        long sink = 0;
        long warmEnd = System.nanoTime() + Math.max(3, seconds / 3) * 1_000_000_000L;
        for (int i = 0; System.nanoTime() < warmEnd || i < pages.size(); i++) {
            sink += extractor.extractDetailed(pages.get(i % pages.size()).document()).article().text().length();
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        long end = start + Math.max(1, seconds) * 1_000_000_000L;
        long done = 0;
        long measuredChars = 0;
        long now = start;
        while (now < end) {
            EvaluationCorpus.Page p = pages.get((int) (done % pages.size()));
            sink += extractor.extractDetailed(p.document()).article().text().length();
            measuredChars += p.html().length();
            done++;
            now = System.nanoTime();
        }
        double elapsed = (now - start) / 1e9;
        double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        return String.format(Locale.ROOT, "extraction benchmark: %d pages (%.1f MB of HTML), one thread%n"
                        + "  %d extractions in %.1f s wall, %.1f s CPU%n"
                        + "  %.1f pages/s/core (per CPU second), %.1f MB/s/core, %.2f ms/page%n"
                        + "  %.1f pages/s wall clock (lower when the machine is shared) (checksum %d)%n",
                pages.size(), chars / 1e6, done, elapsed, cpu, done / cpu, measuredChars / 1e6 / cpu,
                cpu * 1000 / done, done / elapsed, sink % 1000);
    }

    /** {@code ExtractionBenchmark [SHARED_DIR [SECONDS]]}; defaults {@code ../shared} and 20 s. */
    public static void main(String[] args) throws IOException {
        Path shared = Path.of(args.length > 0 ? args[0] : "../shared");
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        System.out.print(run(shared, seconds));
    }
}
