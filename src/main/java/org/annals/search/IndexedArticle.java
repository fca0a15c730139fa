package org.annals.search;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What the full-text index keeps of an article.
 *
 * @param seq       the archive's sequence number of the article (increasing in storage order)
 * @param id        the article id
 * @param title     the title, or null
 * @param text      the clean text
 * @param url       the URL, or null
 * @param site      the site, or null
 * @param language  ISO 639-1 language code, or null (then indexed with a language-neutral analyzer)
 * @param published the publication date, or null
 */
public record IndexedArticle(long seq, String id, String title, String text, String url, String site,
                             String language, LocalDate published) {
    public IndexedArticle {
        if (seq < 1) {
            throw new IllegalArgumentException("seq must be 1 or more: " + seq);
        }
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
    }
}
