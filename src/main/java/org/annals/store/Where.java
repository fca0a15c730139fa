package org.annals.store;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A parameterised SQL condition under construction: conditions joined by AND, each with its parameters, so
 * that no value ever becomes SQL text. Not thread-safe; build, use, drop.
 */
final class Where {
    private final List<String> conditions = new ArrayList<>();
    private final List<Object> parameters = new ArrayList<>();

    /** Adds {@code condition}, whose {@code ?} marks take {@code values} in order. */
    Where and(String condition, Object... values) {
        conditions.add(condition);
        Collections.addAll(parameters, values);
        return this;
    }

    /** Adds {@code condition} only when {@code value} is not null, with {@code value} as its parameter. */
    Where andIf(Object value, String condition) {
        return value == null ? this : and(condition, value);
    }

    /** {@code " WHERE a AND b"}, or the empty string without conditions. */
    String sql() {
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    /** {@code " AND a AND b"} to extend a condition already written, or the empty string. */
    String andSql() {
        return conditions.isEmpty() ? "" : " AND " + String.join(" AND ", conditions);
    }

    List<Object> parameters() {
        return Collections.unmodifiableList(new ArrayList<>(parameters));
    }

    /** {@code text} as a LIKE pattern that matches it literally anywhere (escape character {@code \}). */
    static String containing(String text) {
        return "%" + literal(text) + "%";
    }

    /** {@code text} with LIKE's wildcards and the escape character escaped. */
    static String literal(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
