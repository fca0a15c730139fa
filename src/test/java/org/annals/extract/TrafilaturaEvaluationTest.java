package org.annals.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.annals.model.Article;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Main-text and metadata quality on the trafilatura evaluation set, read in place from the shared
 * folder at test time (never copied into the project); skipped when the set is absent.
 *
 * <p>What is compared is {@link Article#text()}, the article body: the title is not part of it (the
 * model keeps it apart), just as trafilatura's own evaluation compares its extracted body text.
 * Title, date and author accuracy count only pages with gold for that field: a title matches when it
 * is equal after whitespace and case are normalised, a date when the publication date's day equals
 * the gold day, authors when the sets of names (split at commas, semicolons, "and"/"und"/"&") are
 * equal, ignoring case. The floors sit a little below the measured figures so that a regression
 * fails the build; raise them when extraction improves.
 */
class TrafilaturaEvaluationTest {

    private static final double FLOOR_F = 0.93;
    private static final double FLOOR_P = 0.92;
    private static final double FLOOR_R = 0.93;
    private static final double FLOOR_TITLE = 0.83;
    private static final double FLOOR_DATE = 0.89;
    private static final double FLOOR_AUTHOR = 0.58;

    private static List<EvaluationCorpus.Page> pages;

    @BeforeAll
    static void load() throws IOException {
        String shared = System.getProperty("annals.shared");
        assumeTrue(shared != null, "system property annals.shared not set");
        assumeTrue(Files.isReadable(EvaluationCorpus.archive(Path.of(shared))), "evaluation set absent");
        pages = EvaluationCorpus.load(Path.of(shared));
    }

    private record PageResult(EvaluationCorpus.Page page, SnippetScore score) {}

    @Test
    void extractionQualityOnTheEvaluationSet() {
        HtmlArticleExtractor extractor = new HtmlArticleExtractor();
        SnippetScore total = SnippetScore.ZERO;
        List<PageResult> results = new ArrayList<>();
        int[] title = new int[2];
        int[] date = new int[2];
        int[] author = new int[2];
        int datesWithoutGold = 0;
        List<String> notArticles = new ArrayList<>();
        long start = System.nanoTime();
        for (EvaluationCorpus.Page page : pages) {
            HtmlArticleExtractor.Detailed d = extractor.extractDetailed(page.document());
            Article a = d.article();
            SnippetScore s = SnippetScore.of(a.text(), page.with(), page.without());
            a.problems().stream().filter(p -> p.startsWith(PageKind.NOT_AN_ARTICLE)).findFirst()
                    .ifPresent(p -> notArticles.add(page.file() + "  " + p));
            total = total.plus(s);
            results.add(new PageResult(page, s));
            if (page.title() != null) {
                title[1]++;
                title[0] += norm(page.title()).equals(norm(a.title())) ? 1 : 0;
            }
            if (page.date() != null) {
                date[1]++;
                date[0] += a.published() != null && a.published().date().toString().equals(page.date()) ? 1 : 0;
            } else if (a.published() != null) {
                datesWithoutGold++;
            }
            if (!page.authors().isEmpty()) {
                author[1]++;
                author[0] += names(page.authors()).equals(names(d.authors())) ? 1 : 0;
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;

        StringBuilder report = new StringBuilder();
        report.append(String.format(Locale.ROOT, "trafilatura evaluation set: %d pages in %.1f s (%.0f pages/s, cold)%n",
                pages.size(), seconds, pages.size() / seconds));
        report.append("main text   ").append(total).append('\n');
        report.append(accuracy("title ", title)).append(accuracy("date  ", date)).append(accuracy("author", author));
        report.append("dates given where the set has none: ").append(datesWithoutGold).append('\n');
        report.append("pages taken for something other than an article: ").append(notArticles.size()).append('\n');
        notArticles.forEach(n -> report.append("  ").append(n).append('\n'));
        report.append("worst pages (FN+FP):\n");
        results.stream().sorted(Comparator.comparingInt((PageResult r) -> -r.score().errors())).limit(15)
                .forEach(r -> report.append(String.format("  %2d  FN %d FP %d  %s  %s%n", r.score().errors(),
                        r.score().fn(), r.score().fp(), r.page().file(), r.page().url())));
        System.out.println(report);

        assertTrue(total.f1() >= FLOOR_F, "F below floor: " + total);
        assertTrue(notArticles.size() <= pages.size() / 100, "more than 1% of the articles taken for other pages");
        assertTrue(total.precision() >= FLOOR_P, "precision below floor: " + total);
        assertTrue(total.recall() >= FLOOR_R, "recall below floor: " + total);
        assertTrue(ratio(title) >= FLOOR_TITLE, "title accuracy below floor");
        assertTrue(ratio(date) >= FLOOR_DATE, "date accuracy below floor");
        assertTrue(ratio(author) >= FLOOR_AUTHOR, "author accuracy below floor");
    }

    private static String accuracy(String label, int[] counts) {
        return String.format(Locale.ROOT, "%s accuracy %.3f  (%d of %d pages with gold)%n", label, ratio(counts),
                counts[0], counts[1]);
    }

    private static double ratio(int[] counts) {
        return counts[1] == 0 ? 0 : (double) counts[0] / counts[1];
    }

    private static String norm(String s) {
        return SnippetScore.normalise(s).toLowerCase(Locale.ROOT);
    }

    /** Author names as a set: split at list separators, case and spacing ignored. */
    static Set<String> names(List<String> authors) {
        Set<String> out = new HashSet<>();
        for (String a : authors) {
            for (String n : norm(a).split("\\s*(?:[,;&/|]|\\band\\b|\\bund\\b)\\s*")) {
                if (!n.isBlank()) {
                    out.add(n.strip());
                }
            }
        }
        return out;
    }
}
