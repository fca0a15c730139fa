package org.annals.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.annals.search.ArticleIndex;
import org.annals.search.IndexedArticle;
import org.annals.search.SearchHit;
import org.annals.search.SearchPage;
import org.annals.search.SearchQuery;

/**
 * An index in memory that records what the archive does with it (adds, commits, searches, closing), for the
 * tests of {@link IndexFeed}. A search lists every committed article; adding fails once {@link #failAdds}.
 */
final class MemoryArticleIndex implements ArticleIndex {
    private final Map<String, IndexedArticle> added = new LinkedHashMap<>();
    private final Map<String, IndexedArticle> committed = new LinkedHashMap<>();
    private final List<Long> commits = new ArrayList<>();
    private long committedSeq;
    private boolean failAdds;
    private boolean closed;

    MemoryArticleIndex(long committedSeq) {
        this.committedSeq = committedSeq;
    }

    @Override
    public synchronized void add(IndexedArticle article) {
        if (failAdds) {
            throw new IllegalStateException("disk full");
        }
        added.put(article.id(), article);
    }

    @Override
    public synchronized void commit(long seq) {
        committed.putAll(added);
        added.clear();
        committedSeq = seq;
        commits.add(seq);
    }

    @Override
    public synchronized long committedSeq() {
        return committedSeq;
    }

    synchronized List<Long> commits() {
        return List.copyOf(commits);
    }

    synchronized void failAdds() {
        failAdds = true;
    }

    synchronized boolean closed() {
        return closed;
    }

    @Override
    public synchronized SearchPage search(SearchQuery query) {
        List<SearchHit> hits = new ArrayList<>();
        for (IndexedArticle a : committed.values()) {
            hits.add(new SearchHit(a.id(), a.title(), a.url(), a.site(), a.language(), a.published(), 1f, ""));
        }
        return new SearchPage(hits.size(), hits);
    }

    @Override
    public synchronized long size() {
        return committed.size();
    }

    @Override
    public synchronized void close() {
        closed = true;
    }
}
