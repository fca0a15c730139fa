package org.annals.http;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The query parameters of one request, read strictly: a parameter the endpoint does not know, a value
 * given twice, a date that is not a date or a number out of range is a 400 naming the parameter and the
 * value, never silently ignored (a misspelt filter would otherwise return everything).
 */
final class Params {
    private final Context ctx;

    /** Reads {@code ctx}'s query string, refusing any parameter not in {@code known}. */
    Params(Context ctx, String... known) {
        this.ctx = ctx;
        Set<String> allowed = Set.of(known);
        for (Map.Entry<String, List<String>> p : ctx.queryParamMap().entrySet()) {
            if (!allowed.contains(p.getKey())) {
                throw new IllegalArgumentException("unknown parameter '" + p.getKey() + "'"
                        + (known.length == 0 ? ": this endpoint takes none"
                        : "; this endpoint takes " + String.join(", ", new TreeSet<>(allowed))));
            }
            if (p.getValue().size() > 1) {
                throw new IllegalArgumentException("parameter '" + p.getKey() + "' is given "
                        + p.getValue().size() + " times");
            }
        }
    }

    /** The value, stripped, or null when absent or blank. */
    String string(String name) {
        String value = ctx.queryParam(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** A non-blank value, or a 400 saying it is required. */
    String required(String name) {
        String value = string(name);
        if (value == null) {
            throw new IllegalArgumentException("parameter '" + name + "' is required");
        }
        return value;
    }

    /** An ISO date (YYYY-MM-DD), or null. */
    LocalDate date(String name) {
        String value = string(name);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("parameter '" + name + "' must be a date YYYY-MM-DD: '" + value + "'");
        }
    }

    /** A whole number within [min, max], or {@code fallback} when absent. */
    int integer(String name, int fallback, int min, int max) {
        String value = string(name);
        if (value == null) {
            return fallback;
        }
        long n;
        try {
            n = Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("parameter '" + name + "' must be a whole number: '" + value + "'");
        }
        if (n < min || n > max) {
            throw new IllegalArgumentException("parameter '" + name + "' must be " + min + " to " + max + ": " + value);
        }
        return (int) n;
    }

    /** One of an enum's constants, named in any case, or null when absent. */
    <E extends Enum<E>> E choice(String name, Class<E> type) {
        String value = string(name);
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("parameter '" + name + "' must be one of "
                    + String.join(", ", Arrays.stream(type.getEnumConstants())
                            .map(c -> c.name().toLowerCase(Locale.ROOT)).toList())
                    + ": '" + value + "'");
        }
    }

    /**
     * Refuses a page past the last one: page 1 is always valid (an empty result), a later page must
     * start before {@code total}.
     */
    static void checkPage(int page, int size, long total) {
        if (page > 1 && (long) (page - 1) * size >= total) {
            long last = Math.max(1, (total + size - 1) / size);
            throw new IllegalArgumentException("page " + page + " is out of range: there "
                    + (last == 1 ? "is 1 page" : "are " + last + " pages") + " of " + size);
        }
    }
}
