package org.annals.store;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * Events between two actors, grouped by period.
 *
 * @param a    one actor code (prefix, as in {@link EventQuery})
 * @param b    the other actor code
 * @param by   the period length
 * @param from first event date, inclusive, or null
 * @param to   last event date, inclusive, or null
 */
public record DyadQuery(String a, String b, Period by, LocalDate from, LocalDate to) {
    /** A period length for grouping events by date. */
    public enum Period {
        DAY, WEEK, MONTH, YEAR;

        /** Parses {@code day|week|month|year}, any case, naming the bad value otherwise. */
        public static Period parse(String text) {
            try {
                return valueOf(text.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new IllegalArgumentException("period must be day, week, month or year: '" + text + "'");
            }
        }

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public DyadQuery {
        a = Objects.requireNonNull(Queries.code(a, "first actor"), "first actor");
        b = Objects.requireNonNull(Queries.code(b, "second actor"), "second actor");
        Objects.requireNonNull(by, "by");
        Queries.range(from, to);
    }
}
