package org.annals.store;

import java.util.Collections;
import java.util.List;

/**
 * The archive's tables as the program writes them: each one's columns in the order of the schema
 * ({@code db/migration/common}), which DuckDB's appender needs and a test checks against both databases.
 */
enum Table {
    ARTICLES("articles", "seq", "id", "url", "content_hash", "story_id", "title", "site", "language", "published",
            "published_text", "publisher", "source", "added", "text", "fingerprint", "result_json"),
    ARTICLE_BANDS("article_bands", "band_key", "article_seq"),
    EVENTS("events", "id", "article_seq", "event_date", "date_text", "date_source", "source_name", "source_code",
            "source_country", "target_name", "target_code", "target_country", "cameo", "base_code", "root_code",
            "plover", "goldstein", "quad_class", "status", "mentions", "location_name", "location_country",
            "sentence", "evidence", "pattern", "attribution_name", "attribution_code", "attribution_country",
            "is_root", "language", "site", "copy"),
    QUOTES("quotes", "id", "article_seq", "published", "speaker_name", "speaker_code", "speaker_country", "via",
            "via_names", "via_codes", "text", "kind", "sentence", "start_offset", "end_offset"),
    CLAIMS("claims", "id", "article_seq", "text", "source_name", "source_code", "source_country", "status",
            "quantities", "sentence", "start_offset", "end_offset"),
    TIMES("times", "id", "article_seq", "text", "value", "start_offset", "end_offset");

    private final String sqlName;
    private final List<String> columns;

    Table(String sqlName, String... columns) {
        this.sqlName = sqlName;
        this.columns = List.of(columns);
    }

    String sqlName() {
        return sqlName;
    }

    List<String> columns() {
        return columns;
    }

    /** The parameterised INSERT of one row with every column. */
    String insertSql() {
        return "INSERT INTO " + sqlName + " (" + String.join(", ", columns) + ") VALUES ("
                + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
    }
}
