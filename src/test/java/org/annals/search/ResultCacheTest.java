package org.annals.search;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;

class ResultCacheTest {
    private static SearchQuery query(String text) {
        return new SearchQuery(text, null, null, null, null, 1, 10);
    }

    @Test
    void answersTheSameQueryOnTheSameIndexVersionOnly() {
        ResultCache cache = new ResultCache(4);
        SearchPage page = new SearchPage(3, List.of());
        cache.put(query("vertice"), 7, page);
        assertSame(page, cache.get(query("vertice"), 7));
        assertNull(cache.get(query("vertice"), 8), "the index changed since");
        assertNull(cache.get(query("summit"), 7));
        assertNull(cache.get(new SearchQuery("vertice", "it", null, null, null, 1, 10), 7), "another filter");
    }

    @Test
    void dropsTheLeastRecentlyUsedAnswerFirst() {
        ResultCache cache = new ResultCache(2);
        SearchPage a = new SearchPage(1, List.of());
        SearchPage b = new SearchPage(2, List.of());
        cache.put(query("a"), 1, a);
        cache.put(query("b"), 1, b);
        cache.get(query("a"), 1);
        cache.put(query("c"), 1, new SearchPage(3, List.of()));
        assertSame(a, cache.get(query("a"), 1));
        assertNull(cache.get(query("b"), 1));
        ResultCache none = new ResultCache(0);
        none.put(query("a"), 1, a);
        assertNull(none.get(query("a"), 1));
    }
}
