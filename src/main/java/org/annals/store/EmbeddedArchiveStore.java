package org.annals.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Consumer;
import java.util.function.Function;
import org.annals.model.AnalysisResult;
import org.annals.search.ArticleIndex;
import org.annals.search.SearchPage;
import org.annals.search.SearchQuery;
import org.duckdb.DuckDBConnection;

/**
 * The embedded archive: a folder holding {@value #DATABASE} (DuckDB: articles, events, quotes, claims,
 * times) and {@value #INDEX}/ (the full-text index). The database is the source of truth; the index is
 * derived from it (see {@link IndexFeed}) and brought up to date whenever the archive is opened. A server
 * ({@link #warmUp}) adds {@code events/}, the events' rows for its pages ({@link EventRowStore}), derived the
 * same way.
 *
 * <p>DuckDB locks the database file: one process may write, or several read, never both. A second process
 * opening the folder for writing gets {@link ArchiveException.Reason#LOCKED}. Within one process the
 * folder is opened once and shared: {@link #open} hands out the same store to every caller (readers and
 * writers alike) and {@link #close} releases it when the last caller has closed it. Thread-safe.
 */
public final class EmbeddedArchiveStore implements ArchiveStore {
    public static final String DATABASE = "archive.duckdb";
    public static final String INDEX = "index";
    /** Articles added to the index between two commits while storing. */
    static final int INDEX_BATCH = 500;

    private static final Map<Path, EmbeddedArchiveStore> OPEN = new HashMap<>();

    private final Path key;
    private final Path folder;
    private final boolean writable;
    private final SqlArchiveStore store;
    private int references = 1;

    private EmbeddedArchiveStore(Path key, boolean writable, SqlArchiveStore store) {
        this.key = key;
        this.folder = key;
        this.writable = writable;
        this.store = store;
    }

    /**
     * Opens (or shares) the archive in {@code folder}.
     *
     * @param indexes opens the full-text index in a folder
     * @throws ArchiveException NOT_FOUND (reading a missing archive), LOCKED (another process writes, or this
     *                          process has the folder open for reading and asks to write), CORRUPT (the
     *                          database file is damaged or no DuckDB file), INVALID (not a folder, or a
     *                          database that is no Annals archive), FAILED otherwise
     */
    public static EmbeddedArchiveStore open(Path folder, Archives.Mode mode, Function<Path, ArticleIndex> indexes) {
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(indexes, "indexes");
        Path key = folder.toAbsolutePath().normalize();
        synchronized (OPEN) {
            EmbeddedArchiveStore shared = OPEN.get(key);
            if (shared != null) {
                if (mode == Archives.Mode.WRITE && !shared.writable) {
                    throw new ArchiveException(ArchiveException.Reason.LOCKED, "the archive " + folder
                            + " is open for reading in this process and cannot be written to at the same time");
                }
                shared.references++;
                return shared;
            }
            EmbeddedArchiveStore store = new EmbeddedArchiveStore(key, mode == Archives.Mode.WRITE,
                    openStore(folder, mode, indexes));
            OPEN.put(key, store);
            return store;
        }
    }

    private static SqlArchiveStore openStore(Path folder, Archives.Mode mode, Function<Path, ArticleIndex> indexes) {
        String location = folder.toString();
        boolean write = mode == Archives.Mode.WRITE;
        Path database = folder.resolve(DATABASE);
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new ArchiveException(ArchiveException.Reason.INVALID,
                    "the archive " + location + " is a file, not a folder");
        }
        if (!write && !Files.isRegularFile(database)) {
            throw new ArchiveException(ArchiveException.Reason.NOT_FOUND, Files.isDirectory(folder)
                    ? "no archive in " + location + " (it has no " + DATABASE + ")"
                    : "no archive at " + location + " (no such folder)");
        }
        try {
            Files.createDirectories(folder);
        } catch (java.io.IOException e) {
            throw new ArchiveException(ArchiveException.Reason.FAILED,
                    "cannot create the archive folder " + location + ": " + e.getMessage(), e);
        }
        DuckDBConnection primary = connect(database, location, write);
        IndexFeed feed = null;
        try {
            try {
                if (write) {
                    DuckDbSchema.migrate(primary, location);
                } else {
                    DuckDbSchema.check(primary, location);
                }
            } catch (SQLException e) {
                throw openFailure(location, write, e);
            }
            ArticleIndex index;
            try {
                index = indexes.apply(folder.resolve(INDEX));
            } catch (ArchiveException e) {
                throw e;
            } catch (RuntimeException e) {
                boolean locked = String.valueOf(e.getMessage()).contains("locked");
                throw new ArchiveException(locked ? ArchiveException.Reason.LOCKED : ArchiveException.Reason.FAILED,
                        locked ? "the archive " + location + " is locked: another Annals process is using it ("
                                + e.getMessage() + ")"
                                : "cannot open the search index of the archive " + location + ": " + e.getMessage(), e);
            }
            feed = new IndexFeed(index, location, INDEX_BATCH);
            IndexFeed f = feed;
            SqlRunner runner = new SqlRunner(location, SqlDialect.DUCKDB, primary::duplicate);
            SqlArchiveStore store = new SqlArchiveStore(runner, write, f::search, f::add, () -> {
                try {
                    f.close();
                } finally {
                    primary.close();
                }
            });
            // After a crash the index lags behind the database: add what it misses. (Reading is safe too:
            // DuckDB keeps writers out while this process reads, and the index is this process's alone.)
            store.forEachArticleAfter(f.committedSeq(), f::add);
            f.commit();
            return store;
        } catch (RuntimeException e) {
            closeQuietly(feed);
            closeQuietly(primary);
            throw e;
        }
    }

    private static DuckDBConnection connect(Path database, String location, boolean write) {
        Properties properties = new Properties();
        properties.setProperty("duckdb.read_only", Boolean.toString(!write));
        properties.setProperty("jdbc_stream_results", "true");
        try {
            Connection c = DriverManager.getConnection("jdbc:duckdb:" + database.toAbsolutePath(), properties);
            return c.unwrap(DuckDBConnection.class);
        } catch (SQLException e) {
            throw openFailure(location, write, e);
        }
    }

    /** What a failure to open the database means for the user, from DuckDB's message. */
    static ArchiveException openFailure(String location, boolean write, SQLException e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        String lower = message.toLowerCase(Locale.ROOT);
        if (lower.contains("could not set lock") || lower.contains("conflicting lock")) {
            return new ArchiveException(ArchiveException.Reason.LOCKED, "the archive " + location
                    + " is locked: another Annals process is writing to it"
                    + (write ? " or reading it" : "") + "; try again when it has finished (" + message + ")", e);
        }
        if (lower.contains("not a valid duckdb database") || lower.contains("corrupt")
                || lower.contains("checksum") || lower.contains("serializ")) {
            return new ArchiveException(ArchiveException.Reason.CORRUPT, "the archive " + location
                    + " is corrupt: its " + DATABASE + " cannot be read (" + message + ")", e);
        }
        return new ArchiveException(ArchiveException.Reason.FAILED,
                "cannot open the archive " + location + ": " + message, e);
    }

    private static void closeQuietly(AutoCloseable resource) {
        if (resource != null) {
            try {
                resource.close();
            } catch (Exception e) {
                // already failing; the first failure is the one reported
            }
        }
    }

    @Override
    public String location() {
        return store.location();
    }

    @Override
    public IngestReceipt put(AnalysisResult result) {
        return store.put(result);
    }

    @Override
    public List<IngestReceipt> putAll(List<AnalysisResult> results) {
        return store.putAll(results);
    }

    @Override
    public List<StoredEvent> events(EventQuery query) {
        return store.events(query);
    }

    @Override
    public long countEvents(EventQuery query) {
        return store.countEvents(query);
    }

    @Override
    public EventPage eventPage(EventQuery query) {
        return store.eventPage(query);
    }

    /** Loads the events' facts into memory; see {@link EventCatalog}. */
    @Override
    public void warmUp() {
        warmUp(EventCatalog.MERGE_AT);
    }

    /** {@link #warmUp} with the catalog's tail merged past {@code mergeAt} events (tests merge early). */
    void warmUp(int mergeAt) {
        EventRowStore rows;
        try {
            rows = new EventRowStore(folder.resolve(EventRowStore.FOLDER));
        } catch (IllegalStateException e) {
            // another process serves this archive and holds the rows: pages are then read from the database
            rows = null;
        }
        store.keepEventsInMemory(mergeAt, rows);
    }

    @Override
    public void exportEvents(EventQuery query, Consumer<StoredEvent> sink) {
        store.exportEvents(query, sink);
    }

    @Override
    public List<DyadPeriod> dyad(DyadQuery query) {
        return store.dyad(query);
    }

    @Override
    public List<ActorCount> topActors(ActorQuery query) {
        return store.topActors(query);
    }

    @Override
    public List<DyadCount> topDyads(ActorQuery query) {
        return store.topDyads(query);
    }

    @Override
    public List<StoredQuote> quotes(QuoteQuery query) {
        return store.quotes(query);
    }

    @Override
    public SearchPage search(SearchQuery query) {
        return store.search(query);
    }

    @Override
    public Optional<StoredArticle> article(String id) {
        return store.article(id);
    }

    @Override
    public ArchiveStats stats() {
        return store.stats();
    }

    /** Releases this caller's share; the last one closes the index and the database. */
    @Override
    public void close() {
        synchronized (OPEN) {
            if (references == 0 || --references > 0) {
                return;
            }
            // Closed under the registry's lock, so that a new opening of the folder waits for the files.
            OPEN.remove(key);
            store.close();
        }
    }
}
