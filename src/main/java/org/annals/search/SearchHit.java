package org.annals.search;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One article found by a search.
 *
 * @param articleId the article id
 * @param title     the title, or null
 * @param url       the URL, or null
 * @param site      the site, or null
 * @param language  the language, or null
 * @param published the publication date, or null
 * @param score     the relevance score (higher is better; comparable only within one search)
 * @param snippet   the best passage, with matched words marked {@code <mark>…</mark>} and all other
 *                  text HTML-escaped, so it can be shown as HTML or stripped for a terminal
 */
public record SearchHit(String articleId, String title, String url, String site, String language,
                        LocalDate published, float score, String snippet) {
    public SearchHit {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(snippet, "snippet");
    }
}
