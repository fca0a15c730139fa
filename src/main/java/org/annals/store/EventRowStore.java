package org.annals.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.annals.model.Actor;
import org.annals.model.Event;
import org.annals.model.Location;
import org.annals.model.Status;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LogByteSizeMergePolicy;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.IOUtils;

/**
 * The stored events' rows, text included, in a Lucene index of stored fields only, for the pages that
 * {@link EventCatalog} chooses: DuckDB, a column store, needs about a millisecond to find one row by its id,
 * which made a page of 50 events cost 50 ms; a Lucene document is read by its number in microseconds.
 *
 * <p>The rows are added in id order and never deleted, and segments are only ever merged with their
 * neighbours, so the k-th event added (from 0) stays document k: the catalog numbers its events the same
 * way. Each row also keeps its id, and {@link #rows} returns null for a document whose id is not the one
 * expected, so a row store out of step with the catalog can never show the wrong event.
 *
 * <p>The database stays the source of truth: each commit records the last event id added, and rows added
 * after the last commit are discarded when the store is next opened, to be added again from the database.
 *
 * <p>Thread-safe: one writer (the archive's) adds and commits; any thread reads.
 */
final class EventRowStore implements AutoCloseable {
    /** The folder of the archive holding the rows. */
    static final String FOLDER = "events";
    private static final String LAST_ID = "annals.lastEventId";
    /** What the rows are; rows written under another value are dropped and added again. */
    private static final String FORMAT_KEY = "annals.rows";
    /** 2: the events of a story's later copies are left out, as the questions leave them out. */
    private static final String FORMAT = "2";

    private final Path path;
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager readers;
    private long lastId;
    private int size;

    /**
     * Opens the rows in {@code folder}, creating an empty store when missing.
     *
     * @throws IllegalStateException naming the folder when it is locked (another process serves the archive)
     *                               or does not hold a readable index
     */
    EventRowStore(Path folder) {
        this.path = Objects.requireNonNull(folder, "folder").toAbsolutePath().normalize();
        Directory d = null;
        IndexWriter w = null;
        try {
            Files.createDirectories(path);
            d = FSDirectory.open(path);
            boolean exists = DirectoryReader.indexExists(d);
            IndexWriterConfig config = new IndexWriterConfig()
                    .setOpenMode(exists ? IndexWriterConfig.OpenMode.APPEND : IndexWriterConfig.OpenMode.CREATE)
                    .setMergePolicy(new LogByteSizeMergePolicy()) // neighbours only: document numbers keep their order
                    .setCodec(new EventRowCodec())
                    .setCommitOnClose(false)
                    .setRAMBufferSizeMB(32);
            w = new IndexWriter(d, config);
            if (!exists || !FORMAT.equals(committed(w).get(FORMAT_KEY))) {
                w.deleteAll();
                w.setLiveCommitData(Map.of(LAST_ID, "-1", FORMAT_KEY, FORMAT).entrySet());
                w.commit();
            }
            this.readers = new SearcherManager(w, null);
            this.lastId = Long.parseLong(committed(w).getOrDefault(LAST_ID, "-1"));
            this.size = w.getDocStats().maxDoc;
        } catch (LockObtainFailedException e) {
            IOUtils.closeWhileHandlingException(w, d);
            throw new IllegalStateException(this + " is locked by another process serving the archive", e);
        } catch (IOException | RuntimeException e) {
            IOUtils.closeWhileHandlingException(w, d);
            throw new IllegalStateException(this + " cannot be opened: " + e.getMessage(), e);
        }
        this.directory = d;
        this.writer = w;
    }

    private static Map<String, String> committed(IndexWriter w) {
        Map<String, String> data = new java.util.HashMap<>();
        w.getLiveCommitData().forEach(e -> data.put(e.getKey(), e.getValue()));
        return data;
    }

    /** The id of the last row added (-1 for none): the next rows must come after it. */
    synchronized long lastId() {
        return lastId;
    }

    /** The number of rows: the document number the next row gets. */
    synchronized int size() {
        return size;
    }

    /** Adds the next row; readers see it after {@link #commit}. */
    synchronized void add(StoredEvent e) {
        if (e.id() <= lastId) {
            throw new IllegalArgumentException("event rows must come in id order: " + e.id() + " after " + lastId);
        }
        Document d = new Document();
        d.add(new StoredField("id", e.id()));
        put(d, "articleId", e.articleId());
        put(d, "url", e.url());
        put(d, "site", e.site());
        put(d, "language", e.language());
        put(d, "published", e.published());
        put(d, "added", e.added());
        put(d, "date", e.date());
        d.add(new StoredField("root", e.rootEvent() ? 1 : 0));
        Event v = e.event();
        put(d, "source", v.source());
        put(d, "target", v.target());
        put(d, "attribution", v.attribution());
        put(d, "cameo", v.cameo());
        put(d, "plover", v.plover());
        d.add(new StoredField("goldstein", v.goldstein()));
        put(d, "dateText", v.date());
        put(d, "status", v.status().name());
        if (v.location() != null) {
            put(d, "locationName", v.location().name());
            put(d, "locationCountry", v.location().country());
        }
        put(d, "sentence", v.sentence());
        put(d, "evidence", v.evidence());
        d.add(new StoredField("quad", v.quadClass()));
        put(d, "pattern", v.pattern());
        d.add(new StoredField("mentions", v.mentions()));
        put(d, "dateSource", v.dateSource());
        try {
            writer.addDocument(d);
        } catch (IOException ex) {
            throw new UncheckedIOException(this + ": cannot add event " + e.id() + ": " + ex.getMessage(), ex);
        }
        lastId = e.id();
        size++;
    }

    /** Makes the rows added durable and readable. */
    synchronized void commit() {
        try {
            writer.setLiveCommitData(Map.of(LAST_ID, Long.toString(lastId), FORMAT_KEY, FORMAT).entrySet());
            writer.commit();
            readers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(this + ": cannot commit: " + e.getMessage(), e);
        }
    }

    /**
     * The rows at these document numbers, each checked against the id expected there: null where the
     * document is missing or holds another event.
     */
    List<StoredEvent> rows(int[] docs, long[] ids) {
        if (docs.length != ids.length) {
            throw new IllegalArgumentException("one id per document expected: " + docs.length + " and " + ids.length);
        }
        StoredEvent[] out = new StoredEvent[docs.length];
        IndexSearcher s;
        try {
            s = readers.acquire();
        } catch (IOException e) {
            throw new UncheckedIOException(this + ": cannot read: " + e.getMessage(), e);
        }
        try {
            StoredFields stored = s.getIndexReader().storedFields();
            int maxDoc = s.getIndexReader().maxDoc();
            for (int i = 0; i < docs.length; i++) {
                if (docs[i] >= 0 && docs[i] < maxDoc) {
                    Document d = stored.document(docs[i]);
                    if (d.getField("id").numericValue().longValue() == ids[i]) {
                        out[i] = row(d);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(this + ": cannot read event rows: " + e.getMessage(), e);
        } finally {
            try {
                readers.release(s);
            } catch (IOException e) {
                // releasing a reader closes nothing still in use; a failure here changes no answer
            }
        }
        return new ArrayList<>(Arrays.asList(out));
    }

    private static StoredEvent row(Document d) {
        String locationName = d.get("locationName");
        Event event = new Event(actor(d, "source"), actor(d, "target"), d.get("cameo"), d.get("plover"),
                d.getField("goldstein").numericValue().doubleValue(), d.get("dateText"),
                Status.valueOf(d.get("status")), locationName == null ? null
                        : new Location(locationName, d.get("locationCountry")), d.get("sentence"),
                d.get("evidence"), d.getField("quad").numericValue().intValue(), d.get("pattern"),
                d.getField("mentions").numericValue().intValue(), d.get("dateSource"), actor(d, "attribution"));
        return new StoredEvent(d.getField("id").numericValue().longValue(), d.get("articleId"), d.get("url"),
                d.get("site"), d.get("language"), date(d, "published"), date(d, "added"), date(d, "date"),
                d.getField("root").numericValue().intValue() == 1, event);
    }

    private static void put(Document d, String field, String value) {
        if (value != null) {
            d.add(new StoredField(field, value));
        }
    }

    private static void put(Document d, String field, LocalDate value) {
        if (value != null) {
            d.add(new StoredField(field, value.toEpochDay()));
        }
    }

    private static void put(Document d, String prefix, Actor actor) {
        if (actor != null) {
            put(d, prefix + "Name", actor.name());
            put(d, prefix + "Code", actor.code());
            put(d, prefix + "Country", actor.country());
        }
    }

    private static LocalDate date(Document d, String field) {
        var f = d.getField(field);
        return f == null ? null : LocalDate.ofEpochDay(f.numericValue().longValue());
    }

    private static Actor actor(Document d, String prefix) {
        String name = d.get(prefix + "Name");
        return name == null ? null : new Actor(name, d.get(prefix + "Code"), d.get(prefix + "Country"));
    }

    /** Releases the files and the lock; rows added since the last commit are discarded. */
    @Override
    public synchronized void close() {
        // nothing is lost if a close fails: the rows are derived from the database
        IOUtils.closeWhileHandlingException(readers, writer, directory);
    }

    @Override
    public String toString() {
        return "event rows " + path;
    }
}
