package org.annals.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.IOUtils;

/**
 * An {@link ArticleIndex} in a Lucene index directory.
 *
 * <p>Italian articles are analysed with Lucene's Italian analyzer, English ones with the English
 * analyzer (both stem), others with a plain one; a query is read in every language (see
 * {@link UserQueries} for the syntax), title matches weigh more than text matches, and each hit carries
 * a highlighted, HTML-escaped snippet.
 *
 * <p>Searches see the articles as of the last {@link #commit}: articles added since are invisible until
 * then, and are discarded if the index is closed first. One instance holds the directory's write lock
 * until {@link #close}; a second one, in this process or another, fails to open.
 *
 * <p>Thread-safe: any number of threads may search while others add and commit. {@link #close} must
 * come after every other call has returned; calls after it fail with an {@link IllegalStateException}.
 */
public final class LuceneArticleIndex implements ArticleIndex {
    /** The commit user-data key holding the committed sequence number. */
    static final String SEQ_KEY = "annals.seq";
    private static final String LOCK_FILE = IndexWriter.WRITE_LOCK_NAME;
    /** Answers kept for searches asked again before the index changes. */
    static final int CACHED_RESULTS = 1024;

    private final Path path;
    private final Analyzer analyzer;
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final UserQueries queries;
    private final Snippets snippets;
    private final ResultCache cache = new ResultCache(CACHED_RESULTS);
    private volatile long committedSeq;
    private volatile boolean closed;

    /**
     * Opens the index in {@code directory}, creating the directory and an empty index when missing.
     *
     * @throws IllegalStateException naming the directory when it is a file, holds something other than a
     *                               Lucene index, is locked by another writer, or holds a corrupt index
     *                               or one of an unsupported Lucene version
     * @throws UncheckedIOException  naming the directory when it cannot be read or written
     */
    public LuceneArticleIndex(Path directory) {
        Objects.requireNonNull(directory, "directory");
        this.path = directory.toAbsolutePath().normalize();
        if (Files.exists(path) && !Files.isDirectory(path)) {
            throw new IllegalStateException(this + " is not a directory");
        }
        Analyzer a = null;
        Directory d = null;
        IndexWriter w = null;
        try {
            Files.createDirectories(path);
            d = FSDirectory.open(path);
            boolean exists = DirectoryReader.indexExists(d);
            if (!exists && holdsOtherFiles(path)) {
                throw new IllegalStateException(this + " is not a Lucene index: the directory holds other files");
            }
            a = IndexLanguage.perFieldAnalyzer();
            IndexWriterConfig config = new IndexWriterConfig(a)
                    .setOpenMode(exists ? IndexWriterConfig.OpenMode.APPEND : IndexWriterConfig.OpenMode.CREATE)
                    .setCommitOnClose(false)
                    .setRAMBufferSizeMB(64);
            w = new IndexWriter(d, config);
            if (!exists) {
                // an empty first commit, so that readers can open and the sequence reads 0
                w.setLiveCommitData(Map.of(SEQ_KEY, "0").entrySet());
                w.commit();
            }
            this.searchers = new SearcherManager(d, null);
            this.committedSeq = readSeq(searchers);
        } catch (LockObtainFailedException e) {
            IOUtils.closeWhileHandlingException(a, d, w); // already failing with a better reason
            throw new IllegalStateException(this + " is locked by another writer (another process, "
                    + "or another index object in this one)", e);
        } catch (CorruptIndexException | IndexFormatTooOldException | IndexFormatTooNewException e) {
            IOUtils.closeWhileHandlingException(a, d, w); // already failing with a better reason
            throw new IllegalStateException(this + " cannot be read: " + e.getMessage(), e);
        } catch (IOException e) {
            IOUtils.closeWhileHandlingException(a, d, w); // already failing with a better reason
            throw new UncheckedIOException(this + " cannot be opened: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            IOUtils.closeWhileHandlingException(a, d, w); // already failing with a better reason
            throw e;
        }
        this.analyzer = a;
        this.directory = d;
        this.writer = w;
        this.queries = new UserQueries(a);
        this.snippets = new Snippets(a);
    }

    private static boolean holdsOtherFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString())
                    .anyMatch(name -> !name.equals(LOCK_FILE) && !name.startsWith("."));
        }
    }

    private long readSeq(SearcherManager manager) throws IOException {
        IndexSearcher s = manager.acquire();
        try {
            String seq = ((DirectoryReader) s.getIndexReader()).getIndexCommit().getUserData().get(SEQ_KEY);
            if (seq == null) {
                return 0;
            }
            try {
                return Long.parseLong(seq);
            } catch (NumberFormatException e) {
                throw new IllegalStateException(this + " records a committed sequence that is not a number: " + seq);
            }
        } finally {
            manager.release(s);
        }
    }

    @Override
    public void add(IndexedArticle article) {
        Objects.requireNonNull(article, "article");
        ensureOpen();
        try {
            writer.updateDocument(ArticleDocuments.idTerm(article.id()), ArticleDocuments.toDocument(article));
        } catch (AlreadyClosedException e) {
            throw closedBy(e);
        } catch (IOException e) {
            throw new UncheckedIOException(this + ": cannot add article " + article.id() + ": " + e.getMessage(), e);
        }
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalArgumentException when {@code seq} is below the committed sequence: the sequence
     *                                  only grows, so that is a caller's mistake
     */
    @Override
    public synchronized void commit(long seq) {
        ensureOpen();
        if (seq < committedSeq) {
            throw new IllegalArgumentException(this + ": the committed sequence only grows; it is "
                    + committedSeq + ", asked to commit " + seq);
        }
        try {
            writer.setLiveCommitData(Map.of(SEQ_KEY, Long.toString(seq)).entrySet());
            writer.commit();
            committedSeq = seq;
            searchers.maybeRefreshBlocking();
        } catch (AlreadyClosedException e) {
            throw closedBy(e);
        } catch (IOException e) {
            throw new UncheckedIOException(this + ": cannot commit sequence " + seq + ": " + e.getMessage(), e);
        }
    }

    @Override
    public long committedSeq() {
        ensureOpen();
        return committedSeq;
    }

    @Override
    public long size() {
        IndexSearcher s = acquire();
        try {
            return s.getIndexReader().numDocs();
        } finally {
            release(s);
        }
    }

    @Override
    public SearchPage search(SearchQuery query) {
        Objects.requireNonNull(query, "query");
        String language = ArticleDocuments.normalizeLanguage(query.language());
        Set<IndexLanguage> groups = language == null ? EnumSet.allOf(IndexLanguage.class)
                : EnumSet.of(IndexLanguage.of(language));
        Query text = queries.parse(query.text(), groups);
        if (text == null) {
            ensureOpen();
            return new SearchPage(0, List.of());
        }
        BooleanQuery.Builder filtered = new BooleanQuery.Builder().add(text, BooleanClause.Occur.MUST);
        if (language != null) {
            filtered.add(ArticleDocuments.languageIs(language), BooleanClause.Occur.FILTER);
        }
        if (query.site() != null) {
            filtered.add(ArticleDocuments.siteIs(query.site()), BooleanClause.Occur.FILTER);
        }
        if (query.from() != null || query.to() != null) {
            filtered.add(ArticleDocuments.publishedIn(query.from(), query.to()), BooleanClause.Occur.FILTER);
        }
        Query all = filtered.build();
        IndexSearcher s = acquire();
        try {
            long version = ((DirectoryReader) s.getIndexReader()).getVersion();
            SearchPage cached = cache.get(query, version);
            if (cached != null) {
                return cached;
            }
            SearchPage page = page(s, all, text, query);
            cache.put(query, version, page);
            return page;
        } catch (IOException e) {
            throw new UncheckedIOException(this + ": search for '" + query.text() + "' failed: " + e.getMessage(), e);
        } finally {
            release(s);
        }
    }

    private SearchPage page(IndexSearcher s, Query all, Query text, SearchQuery query) throws IOException {
        long offset = (long) (query.page() - 1) * query.size();
        int maxDoc = s.getIndexReader().maxDoc();
        if (offset >= maxDoc) {
            return new SearchPage(s.count(all), List.of());
        }
        TopDocs top = s.search(all, (int) Math.min(offset + query.size(), maxDoc));
        // past a thousand matches Lucene stops counting while ranking; counting alone is cheaper
        long total = top.totalHits.relation == TotalHits.Relation.EQUAL_TO ? top.totalHits.value : s.count(all);
        StoredFields stored = s.storedFields();
        List<SearchHit> hits = new ArrayList<>();
        for (int i = (int) offset; i < top.scoreDocs.length; i++) {
            ScoreDoc sd = top.scoreDocs[i];
            hits.add(hit(stored.document(sd.doc, ArticleDocuments.STORED), sd.score, text));
        }
        return new SearchPage(total, hits);
    }

    private SearchHit hit(Document doc, float score, Query text) {
        String language = doc.get(ArticleDocuments.LANGUAGE);
        String title = doc.get(ArticleDocuments.TITLE);
        String snippet = snippets.of(text, IndexLanguage.of(language), title, doc.get(ArticleDocuments.TEXT));
        return new SearchHit(doc.get(ArticleDocuments.ID), title, doc.get(ArticleDocuments.URL),
                doc.get(ArticleDocuments.SITE), language, ArticleDocuments.published(doc), score, snippet);
    }

    private IndexSearcher acquire() {
        ensureOpen();
        try {
            return searchers.acquire();
        } catch (AlreadyClosedException e) {
            throw closedBy(e);
        } catch (IOException e) {
            throw new UncheckedIOException(this + ": cannot open a searcher: " + e.getMessage(), e);
        }
    }

    private void release(IndexSearcher s) {
        try {
            searchers.release(s);
        } catch (IOException e) {
            throw new UncheckedIOException(this + ": cannot release a searcher: " + e.getMessage(), e);
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException(this + " is closed");
        }
    }

    private IllegalStateException closedBy(AlreadyClosedException e) {
        // the writer closes itself after a tragic failure (a full disk): say so, with the cause
        Throwable tragedy = writer == null ? null : writer.getTragicException();
        return new IllegalStateException(this + " is closed" + (tragedy == null ? "" : ": " + tragedy.getMessage()),
                tragedy == null ? e : tragedy);
    }

    /** Releases the lock and the files; articles added since the last commit are discarded. Idempotent. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            IOUtils.close(searchers, writer, directory, analyzer);
        } catch (IOException e) {
            throw new UncheckedIOException(this + ": cannot close: " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return "index " + path;
    }
}
