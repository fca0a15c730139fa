package org.annals.store;

import java.time.LocalDate;

/**
 * A filter over stored quotes; null fields do not filter. Names match case-insensitively as a
 * substring of the speaker's (or relay's) name, or exactly its actor code.
 *
 * @param speaker who spoke, or null
 * @param via     a relay (agency, outlet) the quote passed through, or null
 * @param from    first publication date, inclusive, or null
 * @param to      last publication date, inclusive, or null
 * @param page    the page, from 1
 * @param size    quotes per page, 1–1,000
 */
public record QuoteQuery(String speaker, String via, LocalDate from, LocalDate to, int page, int size) {
    public QuoteQuery {
        speaker = Queries.blankToNull(speaker);
        via = Queries.blankToNull(via);
        Queries.range(from, to);
        Queries.page(page, size, 1000);
    }

    public long offset() {
        return (long) (page - 1) * size;
    }
}
