package org.annals.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.annals.search.IndexedArticle;
import org.annals.search.SearchQuery;
import org.junit.jupiter.api.Test;

class IndexFeedTest {
    private static IndexedArticle article(long seq) {
        return new IndexedArticle(seq, "a" + seq, null, "text " + seq, null, null, "en", null);
    }

    @Test
    void commitsEveryBatchBeforeEachSearchAndOnClose() {
        MemoryArticleIndex index = new MemoryArticleIndex(0);
        IndexFeed feed = new IndexFeed(index, "test archive", 3);
        for (long seq = 1; seq <= 7; seq++) {
            feed.add(article(seq));
        }
        assertEquals(List.of(3L, 6L), index.commits());
        assertEquals(7, feed.search(SearchQuery.of("text")).total(), "a search sees every article added");
        assertEquals(List.of(3L, 6L, 7L), index.commits());
        feed.search(SearchQuery.of("text"));
        assertEquals(List.of(3L, 6L, 7L), index.commits(), "nothing new, no commit");
        feed.add(article(8));
        feed.close();
        assertEquals(List.of(3L, 6L, 7L, 8L), index.commits());
        assertTrue(index.closed());
    }

    @Test
    void whenAddingFailsNoLaterCommitHidesTheGap() {
        MemoryArticleIndex index = new MemoryArticleIndex(4);
        IndexFeed feed = new IndexFeed(index, "test archive", 2);
        assertEquals(4, feed.committedSeq());
        feed.add(article(5));
        index.failAdds();
        ArchiveException e = assertThrows(ArchiveException.class, () -> feed.add(article(6)));
        assertEquals(ArchiveException.Reason.FAILED, e.reason());
        assertTrue(e.getMessage().contains("test archive") && e.getMessage().contains("a6"), e.getMessage());
        feed.add(article(7));
        feed.close();
        assertEquals(List.of(), index.commits(), "the next opening re-adds everything after 4");
        assertEquals(4, index.committedSeq());
    }
}
