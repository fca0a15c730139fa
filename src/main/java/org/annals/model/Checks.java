package org.annals.model;

import java.util.List;
import java.util.Objects;

/** Invariant checks shared by the records of this package. Not for use outside it. */
final class Checks {
    private Checks() {}

    static String nonBlank(String value, String field) {
        Objects.requireNonNull(value, field + " must not be null");
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        return value;
    }

    /** Blank strings become null, so that optional text fields hold either content or nothing. */
    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static <T> List<T> copy(List<T> list, String field) {
        Objects.requireNonNull(list, field + " must not be null");
        return List.copyOf(list);
    }

    static void span(int start, int end, String what) {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException(what + " has a bad span [" + start + ", " + end + ")");
        }
    }
}
