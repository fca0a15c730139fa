package org.annals.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Function;
import org.annals.model.Actor;
import org.annals.model.AnalysisResult;
import org.annals.model.Event;
import org.annals.model.Location;
import org.annals.model.Quote;
import org.annals.model.Status;
import org.annals.output.ResultJson;
import org.annals.search.IndexedArticle;
import org.annals.search.SearchPage;
import org.annals.search.SearchQuery;

/**
 * The archive on a SQL database: the one implementation of {@link ArchiveStore}'s storage and questions
 * for both backends, DuckDB (embedded) and PostgreSQL; see {@link SqlDialect} for what differs. Full-text
 * search is wired in (Lucene for the embedded archive, PostgreSQL's own for PostgreSQL).
 *
 * <p>{@link #put} runs in one transaction ({@link #putAll}: one per batch): duplicate check (same id,
 * canonical URL or content hash), syndicated-copy check (fingerprint bands, then the estimated similarity),
 * then the article and everything extracted from it; see {@link ArticleWriter}. Writers in this process are
 * serialised by a lock; writers in other processes (a shared PostgreSQL archive) meet the unique keys, and
 * the losing one tries again and finds the duplicate.
 *
 * <p>Thread-safe. Items beyond {@value ArticleWriter#MAX_ITEMS} of one kind in one article are not stored
 * (their ids would collide with the next article's; no real article has that many).
 */
final class SqlArchiveStore implements ArchiveStore {
    /** Articles stored in one transaction by {@link #putAll}. */
    static final int BATCH = 500;

    private static final String EVENT_COLUMNS = "SELECT e.id, e.event_date, e.date_text, e.date_source, "
            + "e.source_name, e.source_code, e.source_country, e.target_name, e.target_code, e.target_country, "
            + "e.cameo, e.plover, e.goldstein, e.quad_class, e.status, e.mentions, e.location_name, "
            + "e.location_country, e.sentence, e.evidence, e.pattern, e.attribution_name, e.attribution_code, "
            + "e.attribution_country, e.is_root, e.language, e.site, a.id AS article_id, a.url AS article_url, "
            + "a.published AS article_published, a.added AS article_added";
    private static final String EVENT_ORDER = " ORDER BY e.event_date DESC NULLS LAST, e.id";

    private final SqlRunner sql;
    private final boolean writable;
    private final Function<SearchQuery, SearchPage> search;
    private final Consumer<IndexedArticle> stored;
    private final AutoCloseable resources;
    private final ArticleWriter writer;
    private final ReentrantLock writeLock = new ReentrantLock();
    private final AtomicBoolean closed = new AtomicBoolean();
    /** The events' facts in memory, once {@link #warmUp} loaded them; then it answers the event questions. */
    private volatile EventCatalog catalog;
    /** The counts, kept while the catalog is in use until the next article is stored; else null. */
    private volatile ArchiveStats stats;
    /** Batches stored so far: counts made while one was stored are not kept. */
    private final AtomicLong writes = new AtomicLong();
    /** Where the catalog's pages are read from, or null for the database. */
    private volatile EventRowStore rows;

    /**
     * @param sql       the database
     * @param writable  whether {@link #put} is allowed
     * @param search    answers {@link #search}
     * @param stored    told each stored article (not duplicates) after its transaction committed, in storage
     *                  order, under the write lock (the embedded archive feeds its index)
     * @param resources closed by {@link #close} (the connection pool, the database)
     */
    SqlArchiveStore(SqlRunner sql, boolean writable, Function<SearchQuery, SearchPage> search,
                    Consumer<IndexedArticle> stored, AutoCloseable resources) {
        this.sql = Objects.requireNonNull(sql, "sql");
        this.writable = writable;
        this.search = Objects.requireNonNull(search, "search");
        this.stored = Objects.requireNonNull(stored, "stored");
        this.resources = Objects.requireNonNull(resources, "resources");
        this.writer = new ArticleWriter(sql.dialect());
    }

    @Override
    public String location() {
        return sql.location();
    }

    // ---------------------------------------------------------------------------------------------- writing

    @Override
    public IngestReceipt put(AnalysisResult result) {
        Objects.requireNonNull(result, "result");
        return putAll(List.of(result)).get(0);
    }

    /**
     * Stores articles in order, as {@link #put} would one by one, but up to {@value #BATCH} of them in one
     * transaction: the fast path for ingesting many articles (DuckDB pays for each statement and each commit
     * far more than for each row). Each batch is stored whole or not at all, so a crash loses at most the
     * batch in progress, which storing again completes (what is stored comes back as duplicates).
     *
     * @return one receipt per article, in the given order
     */
    @Override
    public List<IngestReceipt> putAll(List<AnalysisResult> results) {
        Objects.requireNonNull(results, "results");
        if (!writable) {
            throw new ArchiveException(ArchiveException.Reason.INVALID,
                    location() + ": the archive is open for reading only; cannot store articles");
        }
        // Hashes, fingerprints and JSON are the writer's main work in Java: made in parallel, outside the lock.
        List<ArticleRecord> records = (results.size() > 1 ? results.parallelStream() : results.stream())
                .map(ArticleRecord::of).toList();
        List<IngestReceipt> receipts = new ArrayList<>(records.size());
        for (int from = 0; from < records.size(); from += BATCH) {
            List<ArticleRecord> batch = records.subList(from, Math.min(records.size(), from + BATCH));
            writeLock.lock();
            try {
                ensureOpen();
                List<ArticleWriter.Outcome> outcomes = sql.transaction(describe(batch), c -> writer.store(c, batch));
                for (int i = 0; i < batch.size(); i++) {
                    ArticleWriter.Outcome o = outcomes.get(i);
                    if (o.seq() > 0) {
                        stored.accept(batch.get(i).indexed(o.seq()));
                    }
                    receipts.add(o.receipt());
                }
                synchronized (writes) {
                    writes.incrementAndGet();
                    stats = null;
                }
                if (catalog != null) {
                    catchUp(catalog);
                }
            } finally {
                writeLock.unlock();
            }
        }
        return receipts;
    }

    private static String describe(List<ArticleRecord> batch) {
        ArticleRecord first = batch.get(0);
        if (batch.size() == 1) {
            return "storing article " + first.id() + " (" + first.result().source() + ")";
        }
        return "storing " + batch.size() + " articles from " + first.id() + " (" + first.result().source() + ")";
    }

    /**
     * Loads the facts of every stored event into an {@link EventCatalog} (about 50 bytes an event; a second
     * or two per million events), which from then on answers the event questions and follows every
     * {@link #putAll}; with {@code rows}, the events of a page are read from there rather than from the
     * database, after adding to it the events it lacks. Idempotent. Only for an archive with one writer, this
     * process (the embedded one): the catalog does not see what other processes store.
     *
     * @param mergeAt see {@link EventCatalog#EventCatalog(int)}
     * @param rows    the event rows to keep up to date and read pages from, or null to read from the database;
     *                closed with this store
     */
    void keepEventsInMemory(int mergeAt, EventRowStore rows) {
        writeLock.lock();
        try {
            ensureOpen();
            if (catalog == null) {
                EventCatalog c = new EventCatalog(mergeAt);
                this.rows = rows;
                catchUp(c);
                catalog = c;
            } else if (rows != null) {
                rows.close();
            }
        } finally {
            writeLock.unlock();
        }
    }

    /** Adds to {@code c} (and to the row store) the events stored since they were last brought up to date. */
    private void catchUp(EventCatalog c) {
        EventRowStore r = rows;
        if (r != null) {
            // rows first: the catalog numbers its events in the order the row store numbers its documents
            sql.transaction("adding events to the event rows", connection -> {
                try (PreparedStatement p = SqlRunner.bind(connection.prepareStatement(EVENT_COLUMNS
                        + " FROM events e JOIN articles a ON a.seq = e.article_seq WHERE e.id > ? AND " + OWN
                        + " ORDER BY e.id"),
                        List.of(r.lastId()))) {
                    p.setFetchSize(1000);
                    try (ResultSet rs = p.executeQuery()) {
                        while (rs.next()) {
                            r.add(storedEvent(rs));
                        }
                    }
                }
                return null;
            });
            r.commit();
        }
        // the date as a day number: reading a DATE through JDBC costs more than the rest of the row
        read("loading the events' facts", "SELECT e.id, e.event_date - DATE '1970-01-01', e.source_code, "
                + "e.source_name, e.target_code, e.target_name, e.cameo, e.plover, e.status, e.quad_class, "
                + "e.goldstein, e.language, e.site FROM events e WHERE e.article_seq > ? AND " + OWN
                + " ORDER BY e.id",
                List.of(c.lastArticleSeq()), rs -> {
                    long day = rs.getLong(2);
                    LocalDate date = rs.wasNull() ? null : LocalDate.ofEpochDay(day);
                    c.add(new EventFact(rs.getLong(1), date, rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getInt(10),
                            rs.getDouble(11), rs.getString(12), rs.getString(13)));
                    return null;
                });
        c.publish();
    }

    // --------------------------------------------------------------------------------------------- questions

    /** The events the questions count: a story's, not those of its later copies (see V3__event_copies). */
    private static final String OWN = "e.copy IS NOT TRUE";

    private static Where eventFilter(EventQuery q) {
        Where w = new Where().and(OWN);
        if (q.source() != null) {
            w.and("e.source_code LIKE ?", q.source() + "%");
        }
        if (q.target() != null) {
            w.and("e.target_code LIKE ?", q.target() + "%");
        }
        if (q.cameo() != null) {
            w.and("e.cameo LIKE ?", q.cameo() + "%");
        }
        if (q.plover() != null) {
            w.and("e.plover = ?", q.plover().toUpperCase(Locale.ROOT));
        }
        if (q.status() != null) {
            w.and("e.status = ?", q.status().label());
        }
        w.andIf(q.from(), "e.event_date >= ?").andIf(q.to(), "e.event_date <= ?");
        if (q.language() != null) {
            w.and("e.language = ?", q.language().toLowerCase(Locale.ROOT));
        }
        if (q.site() != null) {
            w.and("lower(e.site) = ?", q.site().toLowerCase(Locale.ROOT));
        }
        return w;
    }

    @Override
    public EventPage eventPage(EventQuery query) {
        EventCatalog c = catalog;
        if (c == null) {
            return ArchiveStore.super.eventPage(query);
        }
        EventCatalog.Page page = c.page(query);
        return new EventPage(page.total(), rows(page));
    }

    /** The events of a page: from the row store, and from the database for any it does not hold. */
    private List<StoredEvent> rows(EventCatalog.Page page) {
        EventRowStore r = rows;
        long[] ids = page.ids();
        if (r == null) {
            return eventsById(ids);
        }
        List<StoredEvent> found = r.rows(page.rows(), ids);
        List<Long> missing = new ArrayList<>();
        for (int i = 0; i < ids.length; i++) {
            if (found.get(i) == null) {
                missing.add(ids[i]);
            }
        }
        if (missing.isEmpty()) {
            return found;
        }
        Map<Long, StoredEvent> byId = new HashMap<>();
        for (StoredEvent e : eventsById(missing.stream().mapToLong(Long::longValue).toArray())) {
            byId.put(e.id(), e);
        }
        List<StoredEvent> out = new ArrayList<>();
        for (int i = 0; i < ids.length; i++) {
            StoredEvent e = found.get(i) != null ? found.get(i) : byId.get(ids[i]);
            if (e != null) {
                out.add(e);
            }
        }
        return out;
    }

    /** The events with these ids, in this order. */
    private List<StoredEvent> eventsById(long[] ids) {
        if (ids.length == 0) {
            return List.of();
        }
        List<Object> parameters = new ArrayList<>();
        for (long id : ids) {
            parameters.add(id);
        }
        String text = EVENT_COLUMNS + " FROM events e JOIN articles a ON a.seq = e.article_seq WHERE e.id IN ("
                + String.join(", ", Collections.nCopies(ids.length, "?")) + ")";
        Map<Long, StoredEvent> byId = new HashMap<>();
        for (StoredEvent e : read("listing events", text, parameters, SqlArchiveStore::storedEvent)) {
            byId.put(e.id(), e);
        }
        List<StoredEvent> out = new ArrayList<>(ids.length);
        for (long id : ids) {
            StoredEvent e = byId.get(id);
            if (e != null) {
                out.add(e);
            }
        }
        return out;
    }

    @Override
    public List<StoredEvent> events(EventQuery query) {
        EventCatalog c = catalog;
        if (c != null) {
            return rows(c.page(query));
        }
        Where w = eventFilter(query);
        List<Object> parameters = new ArrayList<>(w.parameters());
        parameters.add(query.size());
        parameters.add(query.offset());
        // The page is chosen on the events alone; only its rows meet the articles.
        String text = EVENT_COLUMNS + " FROM (SELECT * FROM events e" + w.sql() + EVENT_ORDER
                + " LIMIT ? OFFSET ?) e JOIN articles a ON a.seq = e.article_seq" + EVENT_ORDER;
        return read("listing events", text, parameters, SqlArchiveStore::storedEvent);
    }

    @Override
    public long countEvents(EventQuery query) {
        EventCatalog c = catalog;
        if (c != null) {
            return c.page(query.withPage(1, 1)).total();
        }
        Where w = eventFilter(query);
        return read("counting events", "SELECT count(*) FROM events e" + w.sql(), w.parameters(),
                rs -> rs.getLong(1)).get(0);
    }

    @Override
    public void exportEvents(EventQuery query, Consumer<StoredEvent> sink) {
        Objects.requireNonNull(sink, "sink");
        Where w = eventFilter(query);
        String text = EVENT_COLUMNS + " FROM events e JOIN articles a ON a.seq = e.article_seq" + w.sql()
                + " ORDER BY e.id";
        ensureOpen();
        // A transaction, so that PostgreSQL streams the rows with a cursor instead of loading them all.
        sql.transaction("exporting events", c -> {
            try (PreparedStatement p = SqlRunner.bind(c.prepareStatement(text), w.parameters())) {
                p.setFetchSize(1000);
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        sink.accept(storedEvent(rs));
                    }
                }
            }
            return null;
        });
    }

    @Override
    public List<DyadPeriod> dyad(DyadQuery q) {
        EventCatalog c = catalog;
        if (c != null) {
            return c.dyad(q);
        }
        String ab = "(e.source_code LIKE ? AND e.target_code LIKE ?)";
        Where w = new Where().and(OWN).and("e.event_date IS NOT NULL")
                .and("(" + ab + " OR " + ab + ")", q.a() + "%", q.b() + "%", q.b() + "%", q.a() + "%")
                .andIf(q.from(), "e.event_date >= ?").andIf(q.to(), "e.event_date <= ?");
        List<Object> parameters = new ArrayList<>(List.of(q.a() + "%", q.b() + "%"));
        parameters.addAll(w.parameters());
        // The period is a constant of the Period enum, never user text.
        String text = "SELECT CAST(date_trunc('" + q.by().label() + "', CAST(e.event_date AS TIMESTAMP)) AS DATE) AS period, "
                + "CASE WHEN " + ab + " THEN 0 ELSE 1 END AS direction, count(*) AS n, avg(e.goldstein) AS g, "
                + "sum(CASE WHEN e.quad_class = 1 THEN 1 ELSE 0 END) AS q1, "
                + "sum(CASE WHEN e.quad_class = 2 THEN 1 ELSE 0 END) AS q2, "
                + "sum(CASE WHEN e.quad_class = 3 THEN 1 ELSE 0 END) AS q3, "
                + "sum(CASE WHEN e.quad_class = 4 THEN 1 ELSE 0 END) AS q4 "
                + "FROM events e" + w.sql() + " GROUP BY 1, 2 ORDER BY 1, 2";
        record Row(LocalDate period, int direction, DyadPeriod value) {}
        List<Row> rows = read("grouping the dyad " + q.a() + "-" + q.b(), text, parameters, rs -> {
            LocalDate period = rs.getObject("period", LocalDate.class);
            int direction = rs.getInt("direction");
            return new Row(period, direction, new DyadPeriod(period, direction == 0 ? q.a() : q.b(),
                    direction == 0 ? q.b() : q.a(), rs.getLong("n"), rs.getDouble("g"),
                    new long[] {rs.getLong("q1"), rs.getLong("q2"), rs.getLong("q3"), rs.getLong("q4")}));
        });
        // Both directions of every period with events, the missing one with no events (and a mean of 0).
        Map<LocalDate, DyadPeriod[]> periods = new LinkedHashMap<>();
        for (Row row : rows) {
            periods.computeIfAbsent(row.period, p -> new DyadPeriod[2])[row.direction] = row.value;
        }
        List<DyadPeriod> out = new ArrayList<>();
        for (Map.Entry<LocalDate, DyadPeriod[]> e : periods.entrySet()) {
            DyadPeriod[] pair = e.getValue();
            out.add(pair[0] != null ? pair[0] : new DyadPeriod(e.getKey(), q.a(), q.b(), 0, 0, new long[4]));
            out.add(pair[1] != null ? pair[1] : new DyadPeriod(e.getKey(), q.b(), q.a(), 0, 0, new long[4]));
        }
        return out;
    }

    private static Where dateRange(ActorQuery q) {
        return new Where().and(OWN).andIf(q.from(), "e.event_date >= ?").andIf(q.to(), "e.event_date <= ?");
    }

    @Override
    public List<ActorCount> topActors(ActorQuery q) {
        EventCatalog c = catalog;
        if (c != null) {
            return c.topActors(q);
        }
        Where w = dateRange(q);
        List<Object> parameters = new ArrayList<>(w.parameters());
        parameters.addAll(w.parameters());
        parameters.add(q.top());
        // An event between two mentions of the same actor counts once for it.
        String text = "SELECT code, mode() WITHIN GROUP (ORDER BY name) AS name, sum(counted) AS n, "
                + "sum(as_source) AS s, sum(as_target) AS t FROM ("
                + "SELECT e.source_code AS code, e.source_name AS name, 1 AS counted, 1 AS as_source, 0 AS as_target "
                + "FROM events e WHERE e.source_code IS NOT NULL" + w.andSql()
                + " UNION ALL SELECT e.target_code, e.target_name, "
                + "CASE WHEN e.target_code = e.source_code THEN 0 ELSE 1 END, 0, 1 "
                + "FROM events e WHERE e.target_code IS NOT NULL" + w.andSql()
                + ") m GROUP BY code ORDER BY n DESC, code LIMIT ?";
        return read("counting actors", text, parameters, rs -> new ActorCount(rs.getString("code"),
                rs.getString("name"), rs.getLong("n"), rs.getLong("s"), rs.getLong("t")));
    }

    @Override
    public List<DyadCount> topDyads(ActorQuery q) {
        EventCatalog c = catalog;
        if (c != null) {
            return c.topDyads(q);
        }
        Where w = dateRange(q);
        List<Object> parameters = new ArrayList<>(w.parameters());
        parameters.add(q.top());
        String text = "SELECT least(e.source_code, e.target_code) AS a, greatest(e.source_code, e.target_code) AS b, "
                + "count(*) AS n, avg(e.goldstein) AS g FROM events e WHERE e.source_code IS NOT NULL "
                + "AND e.target_code IS NOT NULL AND e.source_code <> e.target_code" + w.andSql()
                + " GROUP BY 1, 2 ORDER BY n DESC, a, b LIMIT ?";
        return read("counting dyads", text, parameters, rs -> new DyadCount(rs.getString("a"),
                rs.getString("b"), rs.getLong("n"), rs.getDouble("g")));
    }

    @Override
    public List<StoredQuote> quotes(QuoteQuery q) {
        Where w = new Where();
        if (q.speaker() != null) {
            w.and("(lower(q.speaker_name) LIKE ? ESCAPE '\\' OR q.speaker_code = ?)",
                    Where.containing(q.speaker().toLowerCase(Locale.ROOT)), q.speaker().toUpperCase(Locale.ROOT));
        }
        if (q.via() != null) {
            w.and("(q.via_names LIKE ? ESCAPE '\\' OR q.via_codes LIKE ? ESCAPE '\\')",
                    Where.containing(q.via().toLowerCase(Locale.ROOT)),
                    Where.containing("|" + q.via().toUpperCase(Locale.ROOT) + "|"));
        }
        w.andIf(q.from(), "q.published >= ?").andIf(q.to(), "q.published <= ?");
        List<Object> parameters = new ArrayList<>(w.parameters());
        parameters.add(q.size());
        parameters.add(q.offset());
        String text = "SELECT q.id, q.published, q.speaker_name, q.speaker_code, q.speaker_country, q.via, q.text, "
                + "q.kind, q.sentence, q.start_offset, q.end_offset, a.id AS article_id, a.url, a.site "
                + "FROM quotes q JOIN articles a ON a.seq = q.article_seq" + w.sql()
                + " ORDER BY q.published DESC NULLS LAST, q.id LIMIT ? OFFSET ?";
        return read("listing quotes", text, parameters, rs -> {
            List<Actor> via = new ArrayList<>();
            for (JsonNode n : parseJson(rs.getString("via"))) {
                via.add(new Actor(n.path("name").asText(), n.path("code").asText(null), n.path("country").asText(null)));
            }
            Integer start = rs.getObject("start_offset", Integer.class);
            Integer end = rs.getObject("end_offset", Integer.class);
            Quote quote = new Quote(rs.getString("text"), actor(rs, "speaker"), via, rs.getString("sentence"),
                    Quote.Kind.valueOf(rs.getString("kind").toUpperCase(Locale.ROOT)),
                    start == null ? -1 : start, end == null ? -1 : end);
            return new StoredQuote(rs.getLong("id"), rs.getString("article_id"), rs.getString("url"),
                    rs.getString("site"), rs.getObject("published", LocalDate.class), quote);
        });
    }

    @Override
    public SearchPage search(SearchQuery query) {
        Objects.requireNonNull(query, "query");
        ensureOpen();
        return search.apply(query);
    }

    @Override
    public Optional<StoredArticle> article(String id) {
        Objects.requireNonNull(id, "id");
        ensureOpen();
        return sql.run("reading article " + id, c -> {
            StoredArticle found = null;
            try (PreparedStatement p = c.prepareStatement("SELECT id, url, title, site, language, published, story_id, "
                    + "result_json FROM articles WHERE id = ?")) {
                p.setString(1, id);
                try (ResultSet rs = p.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    found = new StoredArticle(rs.getString("id"), rs.getString("url"), rs.getString("title"),
                            rs.getString("site"), rs.getString("language"), rs.getObject("published", LocalDate.class),
                            rs.getString("story_id"), List.of(), rs.getString("result_json"));
                }
            }
            List<String> copies = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement(
                    "SELECT id FROM articles WHERE story_id = ? AND id <> ? ORDER BY seq")) {
                p.setString(1, found.storyId());
                p.setString(2, id);
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        copies.add(rs.getString(1));
                    }
                }
            }
            return Optional.of(new StoredArticle(found.id(), found.url(), found.title(), found.site(), found.language(),
                    found.published(), found.storyId(), copies, found.resultJson()));
        });
    }

    @Override
    public ArchiveStats stats() {
        ArchiveStats known = stats;
        if (known != null) {
            return known;
        }
        long before = writes.get();
        ArchiveStats counted = read("counting what the archive holds", "SELECT (SELECT count(*) FROM articles), "
                + "(SELECT count(DISTINCT story_id) FROM articles), (SELECT count(*) FROM events), "
                + "(SELECT count(*) FROM quotes), (SELECT count(*) FROM claims)", List.of(),
                rs -> new ArchiveStats(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)))
                .get(0);
        synchronized (writes) {
            if (catalog != null && writes.get() == before) {
                // this process is the archive's only writer (see keepEventsInMemory): counts hold until it stores
                stats = counted;
            }
        }
        return counted;
    }

    /**
     * Streams every stored article with a sequence number above {@code seq}, in storage order, as the
     * full-text index keeps it: for rebuilding the index from the database.
     */
    void forEachArticleAfter(long seq, Consumer<IndexedArticle> sink) {
        ensureOpen();
        sql.transaction("reading articles to index", c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT seq, id, title, text, url, site, language, published "
                    + "FROM articles WHERE seq > ? ORDER BY seq")) {
                p.setLong(1, seq);
                p.setFetchSize(200);
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        sink.accept(new IndexedArticle(rs.getLong("seq"), rs.getString("id"), rs.getString("title"),
                                rs.getString("text"), rs.getString("url"), rs.getString("site"),
                                rs.getString("language"), rs.getObject("published", LocalDate.class)));
                    }
                }
            }
            return null;
        });
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            writeLock.lock();
            try {
                if (rows != null) {
                    rows.close();
                }
                resources.close();
            } catch (ArchiveException e) {
                throw e;
            } catch (Exception e) {
                throw new ArchiveException(ArchiveException.Reason.FAILED, location() + ": closing failed: "
                        + e.getMessage(), e);
            } finally {
                writeLock.unlock();
            }
        }
    }

    // ------------------------------------------------------------------------------------------------ rows

    /** Reads one row into a value. */
    @FunctionalInterface
    private interface RowReader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private <T> List<T> read(String operation, String text, List<Object> parameters,
                             RowReader<T> reader) {
        ensureOpen();
        return sql.run(operation, c -> {
            List<T> out = new ArrayList<>();
            try (PreparedStatement p = SqlRunner.bind(c.prepareStatement(text), parameters);
                 ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    out.add(reader.read(rs));
                }
            }
            return out;
        });
    }

    private static StoredEvent storedEvent(ResultSet rs) throws SQLException {
        String locationName = rs.getString("location_name");
        Event event = new Event(actor(rs, "source"), actor(rs, "target"), rs.getString("cameo"), rs.getString("plover"),
                rs.getDouble("goldstein"), rs.getString("date_text"),
                Status.valueOf(rs.getString("status").toUpperCase(Locale.ROOT)),
                locationName == null ? null : new Location(locationName, rs.getString("location_country")),
                rs.getString("sentence"), rs.getString("evidence"), rs.getInt("quad_class"), rs.getString("pattern"),
                rs.getInt("mentions"), rs.getString("date_source"), actor(rs, "attribution"));
        LocalDateTime added = rs.getObject("article_added", LocalDateTime.class);
        return new StoredEvent(rs.getLong("id"), rs.getString("article_id"), rs.getString("article_url"),
                rs.getString("site"), rs.getString("language"), rs.getObject("article_published", LocalDate.class),
                added.toLocalDate(), rs.getObject("event_date", LocalDate.class), rs.getBoolean("is_root"), event);
    }

    /** The actor in columns {@code prefix_name}, {@code prefix_code}, {@code prefix_country}, or null. */
    private static Actor actor(ResultSet rs, String prefix) throws SQLException {
        String name = rs.getString(prefix + "_name");
        return name == null ? null
                : new Actor(name, rs.getString(prefix + "_code"), rs.getString(prefix + "_country"));
    }

    private static JsonNode parseJson(String text) throws SQLException {
        try {
            return ResultJson.MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new SQLException("a stored JSON value does not parse: " + e.getOriginalMessage(), e);
        }
    }

    private void ensureOpen() {
        if (closed.get()) {
            throw new ArchiveException(ArchiveException.Reason.INVALID, location() + ": the archive is closed");
        }
    }
}
