package org.annals.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import de.l3s.boilerpipe.BoilerpipeProcessingException;
import de.l3s.boilerpipe.extractors.ArticleExtractor;
import de.l3s.boilerpipe.extractors.ArticleSentencesExtractor;
import de.l3s.boilerpipe.extractors.ExtractorBase;
import net.dankito.readability4j.Readability4J;
import org.junit.jupiter.api.Test;

/**
 * Annals' HTML extraction beside other Java extractors, on the same pages of the trafilatura evaluation
 * set in the same run: main-text precision, recall and F with the metric of {@link TrafilaturaEvaluationTest}
 * ({@link SnippetScore}), and pages per second of the thread's CPU time (one core). Skipped when the set is
 * absent, and unless {@code -Dannals.compare=true}: a run takes a few minutes, too long for every build.
 *
 * <p>Each extractor first runs over every page, which scores it and warms the JIT up; then timed passes over
 * every page, in rounds that take the extractors in turn, measure the thread's CPU time (so that other load
 * on a shared machine does not count), and each extractor's fastest pass is reported
 * ({@code -Dannals.compare.rounds=N}, default {@value #ROUNDS}). Annals
 * is measured with its metadata (title, date, publisher, authors); Readability4J finds a title and byline
 * too; boilerpipe extracts text only. A page on which an extractor throws counts as an empty text.
 *
 * <p>Run: {@code mvn -o -q test -Dtest=ExtractorComparisonTest -Dannals.compare=true}.
 */
class ExtractorComparisonTest {

    /** Timed passes over the set per extractor, interleaved; the fastest counts (the least disturbed by other load). */
    private static final int ROUNDS = 3;

    /** One extractor under comparison: its name, and the main text it gives for a page. */
    private record Contender(String name, Function<EvaluationCorpus.Page, String> text) {}

    /** What one contender achieved. */
    private record Figures(String name, SnippetScore score, int failures, double pagesPerCpuSecond) {}

    @Test
    void annalsBesideReadability4jAndBoilerpipe() throws IOException {
        assumeTrue(Boolean.getBoolean("annals.compare"), "comparison not asked for (-Dannals.compare=true)");
        String shared = System.getProperty("annals.shared");
        assumeTrue(shared != null, "system property annals.shared not set");
        assumeTrue(Files.isReadable(EvaluationCorpus.archive(Path.of(shared))), "evaluation set absent");
        List<EvaluationCorpus.Page> pages = EvaluationCorpus.load(Path.of(shared));

        HtmlArticleExtractor annals = new HtmlArticleExtractor();
        List<Contender> contenders = List.of(
                new Contender("Annals", p -> annals.extractDetailed(p.document()).article().text()),
                new Contender("Readability4J 1.0.8", p -> new Readability4J(p.url(), p.html()).parse().getTextContent()),
                new Contender("boilerpipe 1.2.2 ArticleExtractor", p -> boilerpipe(ArticleExtractor.INSTANCE, p)),
                new Contender("boilerpipe 1.2.2 ArticleSentencesExtractor",
                        p -> boilerpipe(ArticleSentencesExtractor.INSTANCE, p)));
        List<SnippetScore> scores = new ArrayList<>();
        int[] failures = new int[contenders.size()];
        for (int i = 0; i < contenders.size(); i++) {
            scores.add(score(contenders.get(i), pages, failures, i));
        }
        double[] best = new double[contenders.size()];
        Arrays.fill(best, Double.MAX_VALUE);
        int rounds = Integer.getInteger("annals.compare.rounds", ROUNDS);
        for (int r = 0; r < rounds; r++) {
            for (int i = 0; i < contenders.size(); i++) {
                best[i] = Math.min(best[i], cpuSeconds(contenders.get(i), pages));
            }
        }
        List<Figures> figures = new ArrayList<>();
        for (int i = 0; i < contenders.size(); i++) {
            figures.add(new Figures(contenders.get(i).name, scores.get(i), failures[i], pages.size() / best[i]));
        }

        StringBuilder report = new StringBuilder(String.format(Locale.ROOT,
                "extractors on the trafilatura evaluation set (%d pages, one thread)%n"
                        + "%-42s %6s %6s %6s %8s %13s%n", pages.size(), "extractor", "P", "R", "F", "failed",
                "pages/CPU-s"));
        for (Figures f : figures) {
            report.append(String.format(Locale.ROOT, "%-42s %6.3f %6.3f %6.3f %8d %13.1f%n", f.name,
                    f.score.precision(), f.score.recall(), f.score.f1(), f.failures, f.pagesPerCpuSecond));
        }
        System.out.print(report);

        for (Figures f : figures) {
            assertTrue(f.score.tp() > 0, f.name + " found nothing: " + f.score);
        }
    }

    private static String boilerpipe(ExtractorBase extractor, EvaluationCorpus.Page page) {
        try {
            return extractor.getText(page.html());
        } catch (BoilerpipeProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Scores every page; this pass also warms the JIT up. Pages on which it throws are counted in {@code failures}. */
    private static SnippetScore score(Contender c, List<EvaluationCorpus.Page> pages, int[] failures, int index) {
        SnippetScore total = SnippetScore.ZERO;
        for (EvaluationCorpus.Page p : pages) {
            String text = textOrNull(c, p);
            failures[index] += text == null ? 1 : 0;
            total = total.plus(SnippetScore.of(text == null ? "" : text, p.with(), p.without()));
        }
        return total;
    }

    /** The thread's CPU time for one pass over every page. */
    private static double cpuSeconds(Contender c, List<EvaluationCorpus.Page> pages) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long sink = 0;
        long start = threads.getCurrentThreadCpuTime();
        for (EvaluationCorpus.Page p : pages) {
            String text = textOrNull(c, p);
            sink += text == null ? 0 : text.length();
        }
        double cpu = (threads.getCurrentThreadCpuTime() - start) / 1e9;
        // the texts' lengths are used, so that no extraction can be optimised away
        assertTrue(sink >= 0);
        return cpu;
    }

    private static String textOrNull(Contender c, EvaluationCorpus.Page p) {
        try {
            return c.text.apply(p);
        } catch (RuntimeException | StackOverflowError e) {
            return null;
        }
    }
}
