package org.annals.cli;

import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import org.annals.model.Actor;

/**
 * One column of a listing: its name in JSON and CSV, how it shows in a table, and its value for a row.
 *
 * @param name     the JSON field and CSV heading (camelCase, as the output contract names fields)
 * @param header   the table heading
 * @param width    in a table: the most characters shown ({@link #FLEX}: what room is left, shared with the
 *                 other flexible columns; {@link #HIDDEN}: not shown, only in JSON and CSV)
 * @param right    whether the table aligns it right (numbers)
 * @param optional whether a narrow table leaves it out to give its flexible columns room
 * @param value    the row's value for JSON and CSV: a string, number, boolean, list or null
 * @param cell     the row's cell in a table
 */
record Column<T>(String name, String header, int width, boolean right, boolean optional,
                 Function<T, Object> value, Function<T, Cell> cell) {
    static final int FLEX = -1;
    static final int HIDDEN = 0;

    Column {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(header, "header");
        if (width < FLEX) {
            throw new IllegalArgumentException("width must be FLEX, HIDDEN or positive: " + width);
        }
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(cell, "cell");
    }

    /** A column of text (anything shown through {@link #display}). */
    static <T> Column<T> text(String name, String header, int width, Function<T, ?> value) {
        Function<T, Object> v = value::apply;
        return new Column<>(name, header, width, false, false, v, row -> Cell.of(display(v.apply(row))));
    }

    /** A right-aligned number; a table shows {@code decimals} decimals of a fraction, JSON and CSV all. */
    static <T> Column<T> number(String name, String header, int width, int decimals, Function<T, ? extends Number> value) {
        Function<T, Object> v = value::apply;
        return new Column<>(name, header, width, true, false, v, row -> {
            Number n = value.apply(row);
            if (n == null) {
                return Cell.EMPTY;
            }
            boolean fraction = n instanceof Double || n instanceof Float;
            return Cell.of(fraction ? String.format(Locale.ROOT, "%." + decimals + "f", n.doubleValue())
                    : String.format(Locale.ROOT, "%,d", n.longValue()));
        });
    }

    /** A value only JSON and CSV carry. */
    static <T> Column<T> hidden(String name, Function<T, ?> value) {
        return text(name, name, HIDDEN, value);
    }

    Column<T> optionalInTable() {
        return new Column<>(name, header, width, right, true, value, cell);
    }

    Column<T> withCell(Function<T, Cell> newCell) {
        return new Column<>(name, header, width, right, optional, value, newCell);
    }

    boolean shown() {
        return width != HIDDEN;
    }

    /** How an actor reads in a cell: its CAMEO code, else its name; null for none. */
    static String actor(Actor actor) {
        if (actor == null) {
            return null;
        }
        return actor.code() != null ? actor.code() : actor.name();
    }

    /** An actor's name, or null for none. */
    static String name(Actor actor) {
        return actor == null ? null : actor.name();
    }

    /** How a value reads as one string: lists joined with " > " (a relay chain reads outwards), null empty. */
    static String display(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Iterable<?> items) {
            StringBuilder b = new StringBuilder();
            for (Object item : items) {
                if (b.length() > 0) {
                    b.append(" > ");
                }
                b.append(display(item));
            }
            return b.toString();
        }
        return value.toString();
    }
}
