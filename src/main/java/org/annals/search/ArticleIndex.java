package org.annals.search;

/**
 * A full-text index of articles, derived from the archive's database and rebuilt from it when needed.
 *
 * <p>Because the index is not part of the database transaction, it records in each commit the highest
 * article sequence number it holds ({@link #committedSeq()}); after a crash the archive re-adds every
 * article with a higher sequence number. {@link #add} replaces an article with the same id, so adding
 * twice is harmless.
 *
 * <p>Implementations are thread-safe: searches run while articles are added.
 */
public interface ArticleIndex extends AutoCloseable {

    /** Adds an article, replacing any with the same id; visible to searches after the next commit. */
    void add(IndexedArticle article);

    /** Makes every added article durable and searchable, recording {@code seq} as the committed sequence. */
    void commit(long seq);

    /** The sequence number recorded by the last commit, or 0 for a new index. */
    long committedSeq();

    /** Ranked search; see {@link SearchQuery}. */
    SearchPage search(SearchQuery query);

    /** The number of articles in the index as of the last commit. */
    long size();

    @Override
    void close();
}
