package org.annals.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.annals.output.ResultJson;

/**
 * What a query command lists: its columns, and how one row reads as JSON (by default an object with one
 * field per column).
 *
 * @param columns the columns, in order; tables show those not hidden, CSV has them all
 * @param json    one row as JSON
 */
record Listing<T>(List<Column<T>> columns, Function<T, JsonNode> json) {
    Listing {
        columns = List.copyOf(columns);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("a listing needs columns");
        }
        Objects.requireNonNull(json, "json");
    }

    /** A listing whose rows read as JSON objects with one field per column. */
    static <T> Listing<T> of(List<Column<T>> columns) {
        List<Column<T>> copy = List.copyOf(columns);
        return new Listing<>(copy, row -> object(copy, row));
    }

    private static <T> JsonNode object(List<Column<T>> columns, T row) {
        ObjectNode node = ResultJson.MAPPER.createObjectNode();
        for (Column<T> c : columns) {
            node.set(c.name(), toJson(c.value().apply(row)));
        }
        return node;
    }

    /** A column value as JSON: numbers and booleans as such, lists as arrays, anything else as its string. */
    static JsonNode toJson(Object value) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        if (value == null) {
            return f.nullNode();
        }
        if (value instanceof JsonNode node) {
            return node;
        }
        if (value instanceof Boolean b) {
            return f.booleanNode(b);
        }
        if (value instanceof Long || value instanceof Integer) {
            return f.numberNode(((Number) value).longValue());
        }
        if (value instanceof Number n) {
            return f.numberNode(n.doubleValue());
        }
        if (value instanceof Iterable<?> items) {
            ArrayNode array = f.arrayNode();
            items.forEach(item -> array.add(toJson(item)));
            return array;
        }
        return f.textNode(value.toString());
    }
}
