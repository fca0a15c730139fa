package org.annals.nlp;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.annals.model.AnalyzedArticle;
import org.annals.model.Article;
import org.annals.model.Sentence;

/**
 * Single-thread throughput per core (the measuring thread's CPU time) of the whole language layer (sentence splitting, tokenisation, tagging,
 * lemmas and features) in tokens per second, per language. Articles are built at run time from the
 * "# text" lines of the UD test files in {@code sharedDir/corpora/ud} (40 sentences per article, a
 * paragraph break every 8), or from a small built-in text when those files are absent. "Cold" is one
 * pass of a fresh analyzer (empty caches) over articles it has not seen, after the JIT has warmed on
 * the others; "warm" repeats passes over all articles.
 */
public final class LanguageLayerBenchmark {
    private static final String[][] SOURCES = {
        {"it", "UD_Italian-ISDT__it_isdt-ud-test.conllu", "UD_Italian-VIT__it_vit-ud-test.conllu"},
        {"en", "UD_English-EWT__en_ewt-ud-test.conllu"},
    };
    private static final String IT_FALLBACK = "Il governo ha approvato ieri la nuova legge sul lavoro, "
            + "dopo un lungo dibattito in Parlamento. Secondo il ministro, le misure entreranno in vigore "
            + "entro la fine dell'anno.\n\nLe opposizioni avrebbero chiesto più tempo per esaminare il testo.";
    private static final String EN_FALLBACK = "The government approved the new labour law yesterday after "
            + "a long debate in Parliament. According to the minister, the measures will take effect by "
            + "the end of the year.\n\nThe opposition had asked for more time to examine the text.";

    private LanguageLayerBenchmark() {}

    /**
     * @param sharedDir the shared directory (may be null or lack the corpora)
     * @param seconds   measuring time per language (thread CPU seconds), at least 1; warm-up takes as long (at least 5 s)
     * @return printable result lines
     */
    public static String run(Path sharedDir, int seconds) {
        if (seconds < 1) {
            throw new IllegalArgumentException("seconds must be at least 1: " + seconds);
        }
        LanguageAnalyzer analyzer = new OpenNlpLanguageAnalyzer();
        StringBuilder out = new StringBuilder();
        for (String[] source : SOURCES) {
            String language = source[0];
            List<Article> articles = articles(sharedDir, source);
            String origin = articles.isEmpty() ? "built-in text" : "UD test \"# text\" lines";
            if (articles.isEmpty()) {
                articles = List.of(new Article("bench-" + language, null, null, null, null, language,
                        language.equals("it") ? IT_FALLBACK : EN_FALLBACK, List.of(), List.of()));
            }
            // cold: the JIT warmed on the first half of the articles, then one pass of a fresh analyzer (empty
            // caches) over the second half, which it has never seen; warm: repeated passes over all articles
            int half = articles.size() / 2;
            List<Article> seen = half == 0 ? articles : articles.subList(0, half);
            List<Article> unseen = half == 0 ? articles : articles.subList(half, articles.size());
            long warmup = 0; // JIT of maxent scoring takes several passes; fresh analyzers keep the
            while (warmup < Math.max(5, seconds) * 1_000_000_000L) { // cache-miss paths hot
                warmup += measure(new OpenNlpLanguageAnalyzer(), seen, 0)[1];
            }
            long[] cold = measure(new OpenNlpLanguageAnalyzer(), unseen, 0);
            measure(analyzer, articles, 1000L); // fill the caches before measuring warm
            long[] r = measure(analyzer, articles, seconds * 1000L);
            out.append(String.format(Locale.ROOT, "%s: cold %,.0f tokens/s (%,d unseen tokens in %.2f s), warm %,.0f tokens/s"
                    + " (%,d tokens in %.1f s), per core (thread CPU time), %d articles, %s%n", language, cold[0] * 1e9 / cold[1],
                    cold[0], cold[1] / 1e9, r[0] * 1e9 / r[1], r[0], r[1] / 1e9, articles.size(), origin));
        }
        return out.toString();
    }

    /**
     * @param millis at least this much time, measured as below
     * @return {tokens, nanoseconds}: the measuring thread's CPU time where the JVM reports it (tokens per
     *         second per core, little affected by other processes on a shared machine), else wall time
     */
    private static long[] measure(LanguageAnalyzer analyzer, List<Article> articles, long millis) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        boolean cpu = threads.isCurrentThreadCpuTimeSupported();
        long tokens = 0;
        long start = cpu ? threads.getCurrentThreadCpuTime() : System.nanoTime();
        long deadline = start + millis * 1_000_000L;
        long now;
        do {
            for (Article a : articles) {
                AnalyzedArticle result = analyzer.analyze(a);
                for (Sentence s : result.sentences()) {
                    tokens += s.tokens().size();
                }
            }
            now = cpu ? threads.getCurrentThreadCpuTime() : System.nanoTime();
        } while (now < deadline);
        return new long[] {tokens, now - start};
    }

    private static List<Article> articles(Path sharedDir, String[] source) {
        List<String> lines = new ArrayList<>();
        if (sharedDir != null) {
            for (int i = 1; i < source.length; i++) {
                Path file = sharedDir.resolve("corpora").resolve("ud").resolve(source[i]);
                if (Files.isRegularFile(file)) {
                    for (ConlluReader.ConlluSentence s : ConlluReader.read(file)) {
                        if (s.text() != null && !s.text().isBlank()) {
                            lines.add(s.text());
                        }
                    }
                }
            }
        }
        List<Article> out = new ArrayList<>();
        for (int from = 0; from < lines.size(); from += 40) {
            StringBuilder text = new StringBuilder();
            List<String> group = lines.subList(from, Math.min(lines.size(), from + 40));
            for (int i = 0; i < group.size(); i++) {
                if (i > 0) {
                    text.append(i % 8 == 0 ? "\n\n" : " ");
                }
                text.append(group.get(i));
            }
            out.add(new Article("bench-" + source[0] + "-" + out.size(), null, null, null, null, source[0],
                    text.toString(), List.of(), List.of()));
        }
        return out;
    }

    /** {@code java … LanguageLayerBenchmark [sharedDir] [seconds]} */
    public static void main(String[] args) {
        Path shared = Path.of(args.length > 0 ? args[0] : "../shared");
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        System.out.print(run(shared, seconds));
    }
}
