package org.annals.store;

import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
import org.annals.search.ArticleIndex;
import org.annals.search.IndexedArticle;
import org.annals.search.SearchPage;
import org.annals.search.SearchQuery;

/**
 * Feeds the embedded archive's full-text index with the articles the database stored, committing in
 * batches: an index commit makes files durable and costs far more than adding one article, so it happens
 * every {@code batch} articles, before a search (so that a search sees every stored article), and on close.
 * Each commit records the highest article sequence number added, so that after a crash the archive re-adds
 * what came after it. The database stays the source of truth: when adding fails, no later commit is made,
 * and the next opening re-adds the articles from the last good commit on.
 *
 * <p>Thread-safe: adds come from the archive's writer (one at a time), searches from any thread.
 */
final class IndexFeed implements AutoCloseable {
    private final ArticleIndex index;
    private final String location;
    private final int batch;
    private final ReentrantLock lock = new ReentrantLock();
    private long lastSeq;
    private int pending;
    private boolean broken;

    IndexFeed(ArticleIndex index, String location, int batch) {
        this.index = Objects.requireNonNull(index, "index");
        this.location = Objects.requireNonNull(location, "location");
        if (batch < 1) {
            throw new IllegalArgumentException("batch must be 1 or more: " + batch);
        }
        this.batch = batch;
        this.lastSeq = index.committedSeq();
    }

    /** The sequence number of the last article the index holds durably. */
    long committedSeq() {
        return index.committedSeq();
    }

    /** Adds a stored article; commits when a batch is full. */
    void add(IndexedArticle article) {
        lock.lock();
        try {
            if (broken) {
                return;
            }
            try {
                index.add(article);
            } catch (RuntimeException e) {
                broken = true;
                throw new ArchiveException(ArchiveException.Reason.FAILED, location + ": article " + article.id()
                        + " is stored but could not be added to the search index (" + e.getMessage()
                        + "); it will be indexed when the archive is next opened", e);
            }
            lastSeq = article.seq();
            if (++pending >= batch) {
                commit();
            }
        } finally {
            lock.unlock();
        }
    }

    /** Makes what was added durable and searchable. */
    void commit() {
        lock.lock();
        try {
            if (pending > 0 && !broken) {
                index.commit(lastSeq);
                pending = 0;
            }
        } finally {
            lock.unlock();
        }
    }

    /** Searches, after committing what was added, so that every stored article can be found. */
    SearchPage search(SearchQuery query) {
        commit();
        return index.search(query);
    }

    @Override
    public void close() {
        try {
            commit();
        } finally {
            index.close();
        }
    }
}
