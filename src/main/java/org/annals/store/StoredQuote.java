package org.annals.store;

import java.time.LocalDate;
import java.util.Objects;
import org.annals.model.Quote;

/**
 * A quote as the archive keeps it, with its article.
 *
 * @param id        the archive's quote id
 * @param articleId the article the quote was read in
 * @param url       the article's URL, or null
 * @param site      the publishing site, or null
 * @param published the article's publication date, or null
 * @param quote     the quote: text, speaker, relays
 */
public record StoredQuote(long id, String articleId, String url, String site, LocalDate published, Quote quote) {
    public StoredQuote {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(quote, "quote");
    }
}
