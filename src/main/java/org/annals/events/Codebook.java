package org.annals.events;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.annals.actors.DictionaryFormatException;

/**
 * The CAMEO codebook as the coder needs it: for each code its PLOVER category, Goldstein score,
 * QuadClass and a short gloss, read from {@code cameo.tsv}. Immutable and thread-safe.
 */
public final class Codebook {
    /** What the codebook says about one code. */
    public record Entry(String code, String plover, double goldstein, int quadClass, String label) {}

    static final String RESOURCE = "cameo.tsv";
    private static volatile Codebook standard;
    private final Map<String, Entry> entries;

    private Codebook(Map<String, Entry> entries) {
        this.entries = Map.copyOf(entries);
    }

    /** The shipped codebook, loaded once. */
    public static Codebook standard() {
        Codebook c = standard;
        if (c == null) {
            synchronized (Codebook.class) {
                if (standard == null) {
                    standard = parse(RESOURCE, resource(RESOURCE));
                }
                c = standard;
            }
        }
        return c;
    }

    static String resource(String name) {
        try (InputStream in = Codebook.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource org/annals/events/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Parses a codebook: five tab-separated columns (code, PLOVER or '-', Goldstein, QuadClass,
     * label), a header line starting with "code", '#' comments.
     *
     * @throws DictionaryFormatException naming the file and line of the first bad line
     */
    static Codebook parse(String file, String content) {
        Map<String, Entry> map = new HashMap<>();
        String[] lines = content.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank() || line.startsWith("#") || line.startsWith("code\t")) {
                continue;
            }
            String[] c = line.split("\t", -1);
            if (c.length != 5) {
                throw new DictionaryFormatException(file, i + 1, "expected 5 tab-separated columns, found " + c.length);
            }
            String code = c[0].strip();
            if (!code.matches("\\d{2,4}")) {
                throw new DictionaryFormatException(file, i + 1, "not a CAMEO code: '" + code + "'");
            }
            double g;
            int q;
            try {
                g = Double.parseDouble(c[2].strip());
                q = Integer.parseInt(c[3].strip());
            } catch (NumberFormatException e) {
                throw new DictionaryFormatException(file, i + 1, "bad number: " + e.getMessage());
            }
            if (g < -10 || g > 10 || q < 1 || q > 4) {
                throw new DictionaryFormatException(file, i + 1, "Goldstein or QuadClass out of range");
            }
            String plover = c[1].strip();
            if (map.put(code, new Entry(code, plover.equals("-") || plover.isEmpty() ? null : plover, g, q,
                    c[4].strip())) != null) {
                throw new DictionaryFormatException(file, i + 1, "duplicate code " + code);
            }
        }
        return new Codebook(map);
    }

    /** The entry of a code, or null when the codebook does not know it. */
    public Entry get(String code) {
        return entries.get(code);
    }

    /** The PLOVER categories the codebook maps codes to, in alphabetical order. */
    public java.util.SortedSet<String> ploverCategories() {
        java.util.SortedSet<String> categories = new java.util.TreeSet<>();
        for (Entry e : entries.values()) {
            if (e.plover() != null) {
                categories.add(e.plover());
            }
        }
        return java.util.Collections.unmodifiableSortedSet(categories);
    }

    /** Whether the codebook knows the code. */
    public boolean has(String code) {
        return entries.containsKey(code);
    }
}
