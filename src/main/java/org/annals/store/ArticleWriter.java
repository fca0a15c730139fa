package org.annals.store;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.annals.dedup.TextFingerprint;
import org.annals.model.Actor;
import org.annals.model.Article;
import org.annals.model.Claim;
import org.annals.model.Event;
import org.annals.model.Location;
import org.annals.model.Quantity;
import org.annals.model.Quote;
import org.annals.model.TimeExpression;

/**
 * Stores a batch of articles inside the caller's open transaction, in order, as if one at a time: an article
 * whose id, canonical URL or content hash is already stored (or came earlier in the batch) is a duplicate;
 * one whose fingerprint shares a band with a stored text (or an earlier one of the batch) and is similar
 * enough joins that text's story; the others start their own. Each question is asked of the database once
 * for the whole batch, and the rows go out through one {@link RowWriter} per table, because DuckDB charges
 * for every statement far more than for every row. Stateless; thread-safe.
 */
final class ArticleWriter {
    /** Events, quotes, claims or times kept per article: ids are seq * 1000 + n. */
    static final int MAX_ITEMS = 1000;
    /** Candidate copies checked per article: the texts sharing most bands with it. */
    private static final int CANDIDATES = 8;
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final SqlDialect dialect;

    ArticleWriter(SqlDialect dialect) {
        this.dialect = Objects.requireNonNull(dialect, "dialect");
    }

    /** What happened to one article of the batch: its receipt, and its sequence number when stored (else 0). */
    record Outcome(IngestReceipt receipt, long seq) {}

    /** An article already stored or accepted in this batch, as the duplicate and copy checks see it. */
    private record Known(String id, String story, TextFingerprint fingerprint) {}

    List<Outcome> store(Connection c, List<ArticleRecord> batch) throws SQLException {
        // The first statement of the transaction: DuckDB's appenders below join the transaction it opens.
        Map<String, Known> byId = new HashMap<>();
        Map<String, Known> byUrl = new HashMap<>();
        Map<String, Known> byHash = new HashMap<>();
        readStored(c, batch, byId, byUrl, byHash);
        Map<Long, List<Long>> storedBands = storedBands(c, batch);
        Map<Long, Known> candidates = candidates(c, batch, storedBands);

        List<IngestReceipt> receipts = new ArrayList<>();
        List<ArticleRecord> accepted = new ArrayList<>();
        List<String> stories = new ArrayList<>();
        Map<Long, List<Known>> batchBands = new HashMap<>();
        for (ArticleRecord r : batch) {
            Known duplicate = first(byId.get(r.id()), r.url() == null ? null : byUrl.get(r.url()),
                    byHash.get(r.contentHash()));
            if (duplicate != null) {
                receipts.add(new IngestReceipt(IngestReceipt.Outcome.DUPLICATE, duplicate.id, duplicate.story, 0));
                continue;
            }
            Known copyOf = bestCopy(r.fingerprint(), storedBands, candidates, batchBands);
            String story = copyOf == null ? r.id() : copyOf.story;
            Known known = new Known(r.id(), story, r.fingerprint());
            byId.put(r.id(), known);
            if (r.url() != null) {
                byUrl.put(r.url(), known);
            }
            byHash.put(r.contentHash(), known);
            for (long band : r.fingerprint().bandKeys()) {
                batchBands.computeIfAbsent(band, b -> new ArrayList<>()).add(known);
            }
            accepted.add(r);
            stories.add(story);
            receipts.add(new IngestReceipt(copyOf == null ? IngestReceipt.Outcome.STORED : IngestReceipt.Outcome.COPY,
                    r.id(), story, Math.min(r.result().events().size(), MAX_ITEMS)));
        }
        long[] seqs = nextSeqs(c, accepted.size());
        write(c, accepted, stories, seqs);

        List<Outcome> out = new ArrayList<>();
        int next = 0;
        for (IngestReceipt receipt : receipts) {
            boolean stored = receipt.outcome() != IngestReceipt.Outcome.DUPLICATE;
            out.add(new Outcome(receipt, stored ? seqs[next++] : 0));
        }
        return out;
    }

    private static Known first(Known... found) {
        for (Known k : found) {
            if (k != null) {
                return k;
            }
        }
        return null;
    }

    /** The stored articles that share an id, a canonical URL or a content hash with the batch. */
    private static void readStored(Connection c, List<ArticleRecord> batch, Map<String, Known> byId,
                                   Map<String, Known> byUrl, Map<String, Known> byHash) throws SQLException {
        List<String> ids = distinct(batch, ArticleRecord::id);
        List<String> urls = distinct(batch, ArticleRecord::url);
        List<String> hashes = distinct(batch, ArticleRecord::contentHash);
        // One branch per key, so that each can use its unique index.
        String select = "SELECT id, url, content_hash, story_id FROM articles WHERE ";
        StringBuilder query = new StringBuilder(select).append("id IN (").append(marks(ids.size())).append(')');
        if (!urls.isEmpty()) {
            query.append(" UNION ALL ").append(select).append("url IN (").append(marks(urls.size())).append(')');
        }
        query.append(" UNION ALL ").append(select).append("content_hash IN (").append(marks(hashes.size())).append(')');
        List<Object> parameters = new ArrayList<>(ids);
        parameters.addAll(urls);
        parameters.addAll(hashes);
        try (PreparedStatement p = SqlRunner.bind(c.prepareStatement(query.toString()), parameters);
             ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
                Known k = new Known(rs.getString("id"), rs.getString("story_id"), null);
                byId.putIfAbsent(k.id, k);
                if (rs.getString("url") != null) {
                    byUrl.putIfAbsent(rs.getString("url"), k);
                }
                byHash.putIfAbsent(rs.getString("content_hash"), k);
            }
        }
    }

    /** For each band key of the batch, the stored articles (seq) that have it. */
    private static Map<Long, List<Long>> storedBands(Connection c, List<ArticleRecord> batch) throws SQLException {
        Set<Long> keys = new LinkedHashSet<>();
        for (ArticleRecord r : batch) {
            for (long k : r.fingerprint().bandKeys()) {
                keys.add(k);
            }
        }
        Map<Long, List<Long>> bands = new HashMap<>();
        if (keys.isEmpty()) {
            return bands;
        }
        try (PreparedStatement p = SqlRunner.bind(c.prepareStatement("SELECT band_key, article_seq FROM article_bands "
                + "WHERE band_key IN (" + marks(keys.size()) + ")"), new ArrayList<>(keys));
             ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
                bands.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
            }
        }
        return bands;
    }

    /** The stored articles (by seq) among the likeliest copies of any article of the batch, with fingerprints. */
    private static Map<Long, Known> candidates(Connection c, List<ArticleRecord> batch, Map<Long, List<Long>> bands)
            throws SQLException {
        Set<Long> seqs = new LinkedHashSet<>();
        for (ArticleRecord r : batch) {
            seqs.addAll(likeliest(r.fingerprint(), bands));
        }
        Map<Long, Known> known = new HashMap<>();
        if (seqs.isEmpty()) {
            return known;
        }
        try (PreparedStatement p = SqlRunner.bind(c.prepareStatement("SELECT seq, id, story_id, fingerprint "
                + "FROM articles WHERE seq IN (" + marks(seqs.size()) + ")"), new ArrayList<>(seqs));
             ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
                known.put(rs.getLong("seq"), new Known(rs.getString("id"), rs.getString("story_id"),
                        TextFingerprint.decode(rs.getString("fingerprint"))));
            }
        }
        return known;
    }

    /**
     * The stored articles sharing most bands with {@code fingerprint}, most first, then oldest first: a few
     * suffice, and they bound the work when many texts are alike (templated news).
     */
    private static List<Long> likeliest(TextFingerprint fingerprint, Map<Long, List<Long>> bands) {
        Map<Long, Integer> hits = new HashMap<>();
        for (long k : fingerprint.bandKeys()) {
            for (long seq : bands.getOrDefault(k, List.of())) {
                hits.merge(seq, 1, Integer::sum);
            }
        }
        return hits.entrySet().stream()
                .sorted(Map.Entry.<Long, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(CANDIDATES).map(Map.Entry::getKey).toList();
    }

    /** The most similar stored or earlier text that this one is a copy of, or null (ties: the oldest). */
    private static Known bestCopy(TextFingerprint fingerprint, Map<Long, List<Long>> storedBands,
                                  Map<Long, Known> stored, Map<Long, List<Known>> batchBands) {
        if (fingerprint.isEmpty()) {
            return null;
        }
        List<Known> candidates = new ArrayList<>();
        for (long seq : likeliest(fingerprint, storedBands)) {
            candidates.add(stored.get(seq));
        }
        Set<Known> earlier = new LinkedHashSet<>();
        for (long k : fingerprint.bandKeys()) {
            earlier.addAll(batchBands.getOrDefault(k, List.of()));
        }
        candidates.addAll(earlier);
        Known best = null;
        double bestSimilarity = 0;
        for (Known k : candidates) {
            double similarity = k == null ? 0 : fingerprint.similarity(k.fingerprint);
            if (similarity >= TextFingerprint.COPY_SIMILARITY && similarity > bestSimilarity) {
                best = k;
                bestSimilarity = similarity;
            }
        }
        return best;
    }

    private static long[] nextSeqs(Connection c, int n) throws SQLException {
        long[] seqs = new long[n];
        if (n == 0) {
            return seqs;
        }
        try (PreparedStatement p = c.prepareStatement("SELECT nextval('article_seq') FROM generate_series(1, ?)")) {
            p.setLong(1, n);
            try (ResultSet rs = p.executeQuery()) {
                for (int i = 0; i < n; i++) {
                    if (!rs.next()) {
                        throw new SQLException("the article sequence gave " + i + " numbers, not " + n);
                    }
                    seqs[i] = rs.getLong(1);
                }
            }
        }
        java.util.Arrays.sort(seqs);
        return seqs;
    }

    private static <T> List<T> distinct(List<ArticleRecord> batch, Function<ArticleRecord, T> key) {
        Set<T> values = new LinkedHashSet<>();
        for (ArticleRecord r : batch) {
            T v = key.apply(r);
            if (v != null) {
                values.add(v);
            }
        }
        return new ArrayList<>(values);
    }

    private static String marks(int n) {
        return String.join(", ", Collections.nCopies(n, "?"));
    }

    // ------------------------------------------------------------------------------------------------ rows

    /** Writes the rows of the {@code i}-th accepted article into one table. */
    @FunctionalInterface
    private interface Rows {
        void write(RowWriter w, int i) throws SQLException;
    }

    private void write(Connection c, List<ArticleRecord> records, List<String> stories, long[] seqs) throws SQLException {
        if (records.isEmpty()) {
            return;
        }
        LocalDateTime added = LocalDateTime.now(ZoneOffset.UTC);
        into(c, Table.ARTICLES, records.size(), (w, i) -> {
            ArticleRecord r = records.get(i);
            Article a = r.article();
            w.add(seqs[i], a.id(), r.url(), r.contentHash(), stories.get(i), a.title(), r.site(), a.language(),
                    r.published(), a.published() == null ? null : a.published().toIso(), a.publisher(),
                    r.result().source(), added, a.text(), r.fingerprint().encode(), r.resultJson());
        });
        into(c, Table.ARTICLE_BANDS, records.size(), (w, i) -> {
            for (long band : records.get(i).fingerprint().bandKeys()) {
                w.add(band, seqs[i]);
            }
        });
        into(c, Table.EVENTS, records.size(), (w, i) -> writeEvents(w, records.get(i), seqs[i],
                !stories.get(i).equals(records.get(i).id())));
        into(c, Table.QUOTES, records.size(), (w, i) -> writeQuotes(w, records.get(i), seqs[i]));
        into(c, Table.CLAIMS, records.size(), (w, i) -> writeClaims(w, records.get(i), seqs[i]));
        into(c, Table.TIMES, records.size(), (w, i) -> writeTimes(w, records.get(i), seqs[i]));
    }

    /** Writes the rows of every article into {@code table}; a writer is opened only once there is a row. */
    private void into(Connection c, Table table, int articles, Rows rows) throws SQLException {
        RowWriter[] opened = new RowWriter[1];
        RowWriter lazy = new RowWriter() {
            @Override
            public void add(Object... values) throws SQLException {
                if (opened[0] == null) {
                    opened[0] = RowWriter.open(dialect, c, table);
                }
                opened[0].add(values);
            }

            @Override
            public void close() throws SQLException {
                if (opened[0] != null) {
                    opened[0].close();
                }
            }
        };
        try (lazy) {
            for (int i = 0; i < articles; i++) {
                rows.write(lazy, i);
            }
        }
    }

    /** @param copy whether the article is a later copy of a story, whose events the questions leave out */
    private static void writeEvents(RowWriter w, ArticleRecord r, long seq, boolean copy) throws SQLException {
        List<Event> events = r.result().events();
        for (int i = 0; i < Math.min(events.size(), MAX_ITEMS); i++) {
            Event e = events.get(i);
            Actor s = e.source();
            Actor t = e.target();
            Location l = e.location();
            Actor by = e.attribution();
            w.add(seq * MAX_ITEMS + i, seq, r.eventDate(e), e.date(), e.dateSource(),
                    s.name(), s.code(), s.country(),
                    t == null ? null : t.name(), t == null ? null : t.code(), t == null ? null : t.country(),
                    e.cameo(), ArticleRecord.baseCode(e.cameo()), ArticleRecord.rootCode(e.cameo()), e.plover(),
                    e.goldstein(), e.quadClass(), e.status().label(), e.mentions(),
                    l == null ? null : l.name(), l == null ? null : l.country(),
                    e.sentence(), e.evidence(), e.pattern(),
                    by == null ? null : by.name(), by == null ? null : by.code(), by == null ? null : by.country(),
                    r.isRoot(e), r.article().language(), r.site(), copy);
        }
    }

    private static void writeQuotes(RowWriter w, ArticleRecord r, long seq) throws SQLException {
        List<Quote> quotes = r.result().quotes();
        for (int i = 0; i < Math.min(quotes.size(), MAX_ITEMS); i++) {
            Quote q = quotes.get(i);
            Actor s = q.speaker();
            ArrayNode via = JSON.arrayNode();
            StringBuilder names = new StringBuilder();
            StringBuilder codes = new StringBuilder("|");
            for (Actor relay : q.via()) {
                via.add(actor(relay));
                names.append(relay.name().toLowerCase(Locale.ROOT)).append('\n');
                if (relay.code() != null) {
                    codes.append(relay.code()).append('|');
                }
            }
            w.add(seq * MAX_ITEMS + i, seq, r.published(), s == null ? null : s.name(),
                    s == null ? null : s.code(), s == null ? null : s.country(), via.toString(), names.toString(),
                    codes.toString(), q.text(), q.kind().label(), q.sentence(),
                    q.located() ? q.start() : null, q.located() ? q.end() : null);
        }
    }

    private static void writeClaims(RowWriter w, ArticleRecord r, long seq) throws SQLException {
        List<Claim> claims = r.result().claims();
        for (int i = 0; i < Math.min(claims.size(), MAX_ITEMS); i++) {
            Claim cl = claims.get(i);
            Actor s = cl.source();
            ArrayNode quantities = JSON.arrayNode();
            for (Quantity q : cl.quantities()) {
                quantities.addObject().put("value", q.value()).put("unit", q.unit());
            }
            boolean located = cl.start() >= 0;
            w.add(seq * MAX_ITEMS + i, seq, cl.text(), s == null ? null : s.name(), s == null ? null : s.code(),
                    s == null ? null : s.country(), cl.status().label(), quantities.toString(), cl.sentence(),
                    located ? cl.start() : null, located ? cl.end() : null);
        }
    }

    private static void writeTimes(RowWriter w, ArticleRecord r, long seq) throws SQLException {
        List<TimeExpression> times = r.result().times();
        for (int i = 0; i < Math.min(times.size(), MAX_ITEMS); i++) {
            TimeExpression t = times.get(i);
            w.add(seq * MAX_ITEMS + i, seq, t.text(), t.value(), t.start(), t.end());
        }
    }

    private static ObjectNode actor(Actor actor) {
        ObjectNode n = JSON.objectNode();
        n.put("name", actor.name());
        n.put("code", actor.code());
        n.put("country", actor.country());
        return n;
    }
}
