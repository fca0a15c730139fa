package org.annals.search;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A full-text search over articles.
 *
 * @param text     the query in the user's words (Lucene's simple syntax: words, "phrases", -exclusions)
 * @param language only articles in this language (ISO 639-1), or null
 * @param site     only articles from this site, or null
 * @param from     published on or after, or null
 * @param to       published on or before, or null
 * @param page     the page, from 1
 * @param size     hits per page, 1–100
 */
public record SearchQuery(String text, String language, String site, LocalDate from, LocalDate to,
                          int page, int size) {
    public SearchQuery {
        Objects.requireNonNull(text, "text");
        if (text.isBlank()) {
            throw new IllegalArgumentException("the search text must not be blank");
        }
        language = language == null || language.isBlank() ? null : language.strip();
        site = site == null || site.isBlank() ? null : site.strip();
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("the date range ends (" + to + ") before it starts (" + from + ")");
        }
        if (page < 1) {
            throw new IllegalArgumentException("page must be 1 or more: " + page);
        }
        if (size < 1 || size > 100) {
            throw new IllegalArgumentException("page size must be 1 to 100: " + size);
        }
    }

    public static SearchQuery of(String text) {
        return new SearchQuery(text, null, null, null, null, 1, 10);
    }
}
