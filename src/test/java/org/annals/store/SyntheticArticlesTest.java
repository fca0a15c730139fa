package org.annals.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.annals.model.AnalysisResult;
import org.annals.model.Event;
import org.junit.jupiter.api.Test;

class SyntheticArticlesTest {

    @Test
    void sameSeedAndIndexGiveTheSameArticle() {
        AnalysisResult first = new SyntheticArticles(7, 10).article(42);
        AnalysisResult again = new SyntheticArticles(7, 10).article(42);
        assertEquals(first, again);
        assertNotEquals(first.article().text(), new SyntheticArticles(8, 10).article(42).article().text());
    }

    @Test
    void articlesHaveRealisticLengthAndTheAskedNumberOfEvents() {
        SyntheticArticles articles = new SyntheticArticles(1, 10);
        for (int i = 0; i < 50; i++) {
            AnalysisResult r = articles.article(i);
            int words = r.article().text().split("\\s+").length;
            assertTrue(words > 250 && words < 700, "words: " + words);
            assertEquals(10, r.events().size());
            for (Event e : r.events()) {
                assertNotEquals(e.source().code(), e.target().code());
                assertTrue(r.article().text().contains(e.sentence()), "an event's sentence is in its article");
            }
            // sentence offsets point into the text
            r.analyzed().sentences().forEach(s ->
                    assertEquals(s.text(), r.article().text().substring(s.start(), s.end())));
        }
    }

    @Test
    void dyadsAreSkewedAsNewsCoverageIs() {
        SyntheticArticles articles = new SyntheticArticles(3, 10);
        Map<String, Integer> countries = new HashMap<>();
        for (int i = 0; i < 500; i++) {
            for (Event e : articles.article(i).events()) {
                countries.merge(e.source().country(), 1, Integer::sum);
            }
        }
        int top = countries.getOrDefault("USA", 0);
        int tail = countries.getOrDefault("ARM", 0);
        assertTrue(top > 5 * Math.max(1, tail), "USA " + top + " vs ARM " + tail);
    }

    @Test
    void badArgumentsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new SyntheticArticles(1, 0));
        assertThrows(IllegalArgumentException.class, () -> new SyntheticArticles(1, 10).article(-1));
    }
}
