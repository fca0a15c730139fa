package org.annals.store;

import java.time.LocalDate;
import java.util.Locale;

/** Argument checks shared by the query records: a bad argument fails at construction, naming the value. */
final class Queries {
    /** A CAMEO actor code; compiled once, as it is checked on every request. */
    private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile("[A-Z]{3,15}");

    private Queries() {}

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** A CAMEO actor code: 3 to 15 letters, upper-cased. */
    static String code(String value, String field) {
        String v = blankToNull(value);
        if (v == null) {
            return null;
        }
        v = v.toUpperCase(Locale.ROOT);
        if (!CODE.matcher(v).matches()) {
            throw new IllegalArgumentException(field + " must be a CAMEO actor code of 3 to 15 letters: '"
                    + value + "'");
        }
        return v;
    }

    static void range(LocalDate from, LocalDate to) {
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("the date range ends (" + to + ") before it starts (" + from + ")");
        }
    }

    static void page(int page, int size, int maxSize) {
        if (page < 1) {
            throw new IllegalArgumentException("page must be 1 or more: " + page);
        }
        if (size < 1 || size > maxSize) {
            throw new IllegalArgumentException("page size must be 1 to " + maxSize + ": " + size);
        }
    }
}
