package org.annals.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The benchmark runs end to end on a small index and prints its figures; the figures themselves are not tested. */
class SearchBenchmarkTest {
    @Test
    void printsIndexingThroughputAndLatencyPercentiles() {
        String out = String.join("\n", SearchBenchmark.run(300, 10));
        assertTrue(out.contains("articles/s") && out.contains("p95") && out.contains("heap used"), out);
        assertTrue(out.contains("filters all three"), out);
    }

    @Test
    void theSyntheticArticlesAreTheSameForTheSameSeed() {
        List<IndexedArticle> a = List.of(new SyntheticNews(1).next(1), new SyntheticNews(1).next(1));
        assertEquals(a.get(0), a.get(1));
        int words = a.get(0).text().split("\\s+").length;
        assertTrue(words >= 300 && words <= 600, "words: " + words);
    }
}
