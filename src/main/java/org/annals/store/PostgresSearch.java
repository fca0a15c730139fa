package org.annals.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.annals.search.SearchHit;
import org.annals.search.SearchPage;
import org.annals.search.SearchQuery;

/**
 * Full-text search in a PostgreSQL archive with PostgreSQL's own text search: each article's title and text
 * are indexed in its language ({@code search} column, GIN index: Italian or English stemming, else none),
 * the query is read with {@code websearch_to_tsquery} in each article's language (words, "phrases",
 * -exclusions, or), ranked with {@code ts_rank}, and the best passages shown with {@code ts_headline}.
 * Thread-safe.
 */
final class PostgresSearch {
    /** ts_headline marks matches with characters that are no text, so the rest can be escaped. */
    private static final char START = '\u0001';
    private static final char STOP = '\u0002';
    /** ts_headline drops what looks like an HTML tag: '<' and '>' go through it as these, and come back. */
    private static final char LESS = '\u0003';
    private static final char GREATER = '\u0004';
    private static final String CONFIG = "CASE a.language WHEN 'it' THEN 'italian'::regconfig "
            + "WHEN 'en' THEN 'english'::regconfig ELSE 'simple'::regconfig END";
    private static final String QUERY = "CASE a.language WHEN 'it' THEN websearch_to_tsquery('italian', ?) "
            + "WHEN 'en' THEN websearch_to_tsquery('english', ?) ELSE websearch_to_tsquery('simple', ?) END";
    /** Written out per language, so that the planner can use the GIN index for each. */
    private static final String MATCH = "((a.language = 'it' AND a.search @@ websearch_to_tsquery('italian', ?)) "
            + "OR (a.language = 'en' AND a.search @@ websearch_to_tsquery('english', ?)) "
            + "OR ((a.language IS NULL OR a.language NOT IN ('it', 'en')) "
            + "AND a.search @@ websearch_to_tsquery('simple', ?)))";
    private static final String HEADLINE_OPTIONS = "StartSel=" + START + ", StopSel=" + STOP
            + ", MaxFragments=2, MinWords=12, MaxWords=30, FragmentDelimiter=\" … \"";

    private final SqlRunner sql;

    PostgresSearch(SqlRunner sql) {
        this.sql = Objects.requireNonNull(sql, "sql");
    }

    SearchPage search(SearchQuery q) {
        String text = q.text();
        Where w = new Where().and(MATCH, text, text, text);
        if (q.language() != null) {
            w.and("a.language = ?", q.language().toLowerCase(Locale.ROOT));
        }
        if (q.site() != null) {
            w.and("lower(a.site) = ?", q.site().toLowerCase(Locale.ROOT));
        }
        w.andIf(q.from(), "a.published >= ?").andIf(q.to(), "a.published <= ?");
        List<Object> parameters = new ArrayList<>();
        parameters.add(HEADLINE_OPTIONS);
        parameters.addAll(List.of(text, text, text, text, text, text));
        parameters.addAll(w.parameters());
        parameters.add(q.size());
        parameters.add((long) (q.page() - 1) * q.size());
        // The page is chosen first; only its rows get the (costly) headline.
        String query = "SELECT h.id, h.title, h.url, h.site, h.language, h.published, h.score, h.total, "
                + "ts_headline(h.config, translate(h.text, '<>', chr(3) || chr(4)), h.query, ?) AS snippet FROM ("
                + "SELECT a.seq, a.id, a.title, a.url, a.site, a.language, a.published, a.text, " + CONFIG + " AS config, "
                + QUERY + " AS query, ts_rank(a.search, " + QUERY + ") AS score, count(*) OVER () AS total "
                + "FROM articles a" + w.sql() + " ORDER BY score DESC, a.seq LIMIT ? OFFSET ?) h "
                + "ORDER BY h.score DESC, h.seq";
        return sql.run("searching for '" + text + "'", c -> {
            long total = 0;
            List<SearchHit> hits = new ArrayList<>();
            try (PreparedStatement p = SqlRunner.bind(c.prepareStatement(query), parameters);
                 ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    total = rs.getLong("total");
                    hits.add(new SearchHit(rs.getString("id"), rs.getString("title"), rs.getString("url"),
                            rs.getString("site"), rs.getString("language"), rs.getObject("published", LocalDate.class),
                            rs.getFloat("score"), snippet(rs.getString("snippet"))));
                }
            }
            if (hits.isEmpty() && q.page() > 1) {
                total = count(c, w);
            }
            return new SearchPage(total, hits);
        });
    }

    private static long count(java.sql.Connection c, Where w) throws java.sql.SQLException {
        try (PreparedStatement p = SqlRunner.bind(c.prepareStatement("SELECT count(*) FROM articles a" + w.sql()),
                w.parameters()); ResultSet rs = p.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The headline HTML-escaped, with its marked words in {@code <mark>…</mark>}. */
    static String snippet(String headline) {
        if (headline == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(headline.length() + 32);
        for (int i = 0; i < headline.length(); i++) {
            char ch = headline.charAt(i);
            switch (ch) {
                case START -> out.append("<mark>");
                case STOP -> out.append("</mark>");
                case LESS -> out.append("&lt;");
                case GREATER -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(ch);
            }
        }
        return out.toString();
    }
}
