package org.annals.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.annals.search.ArticleIndex;
import org.annals.search.IndexedArticle;
import org.annals.search.SearchHit;
import org.annals.search.SearchPage;
import org.annals.search.SearchQuery;

/**
 * An index in memory for tests of what the archive does with its index (when it adds and commits): finds
 * articles containing every query word, unranked. What is committed for a folder stays in memory for the
 * next index opened on the same folder, as it would on disk; what was added and not committed is lost.
 */
final class MemoryArticleIndex implements ArticleIndex {
    /** The committed state of each folder: "the disk". */
    private static final Map<Path, MemoryArticleIndex> DISK = new ConcurrentHashMap<>();

    private final Map<String, IndexedArticle> added = new LinkedHashMap<>();
    private final Map<String, IndexedArticle> committed = new LinkedHashMap<>();
    private final List<Long> commits = new ArrayList<>();
    private final Path folder;
    private long committedSeq;
    private boolean closed;

    private MemoryArticleIndex(Path folder) {
        this.folder = folder;
    }

    /** Opens the index of {@code folder}, with what was last committed there. */
    static MemoryArticleIndex open(Path folder) {
        MemoryArticleIndex index = new MemoryArticleIndex(folder);
        MemoryArticleIndex disk = DISK.get(folder);
        if (disk != null) {
            synchronized (disk) {
                index.committed.putAll(disk.committed);
                index.committedSeq = disk.committedSeq;
            }
        }
        return index;
    }

    @Override
    public synchronized void add(IndexedArticle article) {
        added.put(article.id(), article);
    }

    @Override
    public synchronized void commit(long seq) {
        committed.putAll(added);
        added.clear();
        committedSeq = seq;
        commits.add(seq);
        MemoryArticleIndex disk = new MemoryArticleIndex(folder);
        disk.committed.putAll(committed);
        disk.committedSeq = seq;
        DISK.put(folder, disk);
    }

    @Override
    public synchronized long committedSeq() {
        return committedSeq;
    }

    /** The sequence numbers of every commit so far. */
    synchronized List<Long> commits() {
        return List.copyOf(commits);
    }

    synchronized boolean closed() {
        return closed;
    }

    @Override
    public synchronized SearchPage search(SearchQuery query) {
        List<SearchHit> hits = new ArrayList<>();
        for (IndexedArticle a : committed.values()) {
            String text = ((a.title() == null ? "" : a.title()) + " " + a.text()).toLowerCase(Locale.ROOT);
            boolean all = true;
            for (String word : query.text().toLowerCase(Locale.ROOT).split("\\s+")) {
                all &= text.contains(word);
            }
            if (all && (query.language() == null || query.language().equals(a.language()))) {
                hits.add(new SearchHit(a.id(), a.title(), a.url(), a.site(), a.language(), a.published(), 1f,
                        "<mark>" + query.text() + "</mark>"));
            }
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
