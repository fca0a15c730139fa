package org.annals.store;

import java.time.LocalDate;
import org.annals.model.Status;

/**
 * A filter over stored events; null fields do not filter. Codes are CAMEO actor codes, matched on the
 * country or the full code ({@code RUS} matches RUSGOV and RUSMIL; {@code RUSGOV} only itself).
 *
 * @param source   the source actor code (prefix), or null
 * @param target   the target actor code (prefix), or null
 * @param cameo    a CAMEO code prefix ({@code 05} matches 050–057), or null
 * @param plover   a PLOVER category (e.g. AGREE), or null
 * @param status   the event's status, or null
 * @param from     first event date, inclusive, or null
 * @param to       last event date, inclusive, or null
 * @param language the article language, or null
 * @param site     the publishing site (as stored, e.g. thesocialpost.it), or null
 * @param page     the page of results, from 1
 * @param size     results per page, 1–10,000
 */
public record EventQuery(String source, String target, String cameo, String plover, Status status,
                         LocalDate from, LocalDate to, String language, String site, int page, int size) {
    private static final java.util.regex.Pattern CAMEO = java.util.regex.Pattern.compile("\\d{1,4}");

    public static final int MAX_SIZE = 10_000;

    public EventQuery {
        source = Queries.code(source, "source");
        target = Queries.code(target, "target");
        if (cameo != null && !CAMEO.matcher(cameo).matches()) {
            throw new IllegalArgumentException("cameo must be 1 to 4 digits: '" + cameo + "'");
        }
        plover = Queries.blankToNull(plover);
        Queries.range(from, to);
        language = Queries.blankToNull(language);
        site = Queries.blankToNull(site);
        Queries.page(page, size, MAX_SIZE);
    }

    /** Every event, first page of 100. */
    public static EventQuery all() {
        return new EventQuery(null, null, null, null, null, null, null, null, null, 1, 100);
    }

    public EventQuery withPage(int newPage, int newSize) {
        return new EventQuery(source, target, cameo, plover, status, from, to, language, site, newPage, newSize);
    }

    /** The number of rows to skip for this page. */
    public long offset() {
        return (long) (page - 1) * size;
    }
}
