package org.annals.quotes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A small tab-separated word list read from the classpath: one entry a line, {@code kind TAB phrase}
 * optionally followed by {@code TAB value}; blank lines and lines starting with {@code #} are
 * comments. Each kind declares whether it takes a value. Phrases are lower case; an apostrophe is
 * written {@code '} and matches ’ as well.
 *
 * <p>Every line is checked when the table is read: an unknown kind, a missing or unexpected value,
 * an empty or upper-case phrase or a repeated entry throws an {@link IllegalArgumentException} that
 * names the file and the line. Immutable and thread-safe once built.
 */
public final class WordTable {
    private final String name;
    private final Map<String, List<String>> phrases;
    private final Map<String, Map<String, String>> values;

    private WordTable(String name, Map<String, List<String>> phrases, Map<String, Map<String, String>> values) {
        this.name = name;
        this.phrases = phrases;
        this.values = values;
    }

    /**
     * Reads a table from the classpath.
     *
     * @param resource absolute classpath name ("/org/annals/quotes/frames.it.tsv")
     * @param kinds    the allowed kinds, each mapped to whether its lines carry a value column
     * @throws IllegalArgumentException when the resource is missing or a line is malformed
     */
    public static WordTable load(String resource, Map<String, Boolean> kinds) {
        try (InputStream in = WordTable.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException(resource + ": no such resource on the classpath");
            }
            return parse(resource, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), kinds);
        } catch (IOException e) {
            throw new UncheckedIOException(resource + ": " + e.getMessage(), e);
        }
    }

    /** Parses a table from a reader; {@code name} is used in error messages. */
    public static WordTable parse(String name, BufferedReader reader, Map<String, Boolean> kinds) throws IOException {
        Map<String, List<String>> phrases = new LinkedHashMap<>();
        Map<String, Map<String, String>> values = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        for (String k : kinds.keySet()) {
            phrases.put(k, new ArrayList<>());
            values.put(k, new LinkedHashMap<>());
        }
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            String where = name + ":" + number + ": ";
            Boolean hasValue = kinds.get(cols[0]);
            if (hasValue == null) {
                throw new IllegalArgumentException(where + "unknown kind '" + cols[0] + "' (expected one of "
                        + kinds.keySet() + ")");
            }
            int expected = hasValue ? 3 : 2;
            if (cols.length != expected) {
                throw new IllegalArgumentException(where + "kind '" + cols[0] + "' takes " + expected
                        + " tab-separated columns, found " + cols.length);
            }
            String phrase = cols[1].strip().replace('\u2019', '\'');
            if (phrase.isEmpty() || !phrase.equals(cols[1].replace('\u2019', '\''))) {
                throw new IllegalArgumentException(where + "empty phrase or stray spaces around it");
            }
            if (!phrase.equals(phrase.toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException(where + "phrase '" + phrase + "' must be lower case");
            }
            if (!seen.add(cols[0] + "\t" + phrase)) {
                throw new IllegalArgumentException(where + "repeated entry '" + phrase + "'");
            }
            if (hasValue && cols[2].isBlank()) {
                throw new IllegalArgumentException(where + "empty value");
            }
            phrases.get(cols[0]).add(phrase);
            if (hasValue) {
                values.get(cols[0]).put(phrase, cols[2].strip());
            }
        }
        Map<String, List<String>> p = new LinkedHashMap<>();
        phrases.forEach((k, v) -> p.put(k, List.copyOf(v)));
        Map<String, Map<String, String>> v = new LinkedHashMap<>();
        values.forEach((k, m) -> v.put(k, Collections.unmodifiableMap(new LinkedHashMap<>(m))));
        return new WordTable(name, Collections.unmodifiableMap(p), Collections.unmodifiableMap(v));
    }

    /** The phrases of a kind, in file order; empty for a kind without lines. */
    public List<String> phrases(String kind) {
        List<String> list = phrases.get(kind);
        if (list == null) {
            throw new IllegalArgumentException(name + ": no kind '" + kind + "'");
        }
        return list;
    }

    /** The phrases of a kind as a set. */
    public Set<String> set(String kind) {
        return Set.copyOf(phrases(kind));
    }

    /** Phrase → value for a kind that carries values. */
    public Map<String, String> values(String kind) {
        phrases(kind);
        return values.get(kind);
    }

    public String name() {
        return name;
    }
}
