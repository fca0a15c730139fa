package org.annals.actors;

import java.time.LocalDate;

/**
 * A term of office of a person of people.tsv.
 *
 * @param office      the office held
 * @param title       the office as a reader would say it ("President of Russia")
 * @param from        first day in office
 * @param to          last day in office, or null when still in office
 * @param code        CAMEO actor code the holder is coded with during the term ("RUSGOV")
 * @param country     ISO alpha-3 of the state the term serves, or null for international offices
 * @param note        free note of the editor (sources, approximations), possibly empty
 */
public record Term(Office office, String title, LocalDate from, LocalDate to, String code, String country,
        String note) {
    /** Whether the term covers the date (both ends included). */
    public boolean covers(LocalDate date) {
        return !date.isBefore(from) && (to == null || !date.isAfter(to));
    }

    /** "2012-05-07..": the term's span as printed. */
    public String span() {
        return from + ".." + (to == null ? "" : to.toString());
    }
}
