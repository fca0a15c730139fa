package org.annals.actors;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the dictionaries' tab-separated files: comments, blank lines, line numbers. Public so that
 * every package reads its TSV resources the same way and reports a bad line the same way.
 */
public final class Tsv {
    private Tsv() {}

    /** One data line; {@link #fail} reports a problem with its file and line. */
    public record Row(String file, int line, String[] cols) {
        public String col(int i) {
            return cols[i];
        }

        public DictionaryFormatException fail(String message) {
            return new DictionaryFormatException(file, line, message);
        }
    }

    /**
     * Splits a file into rows of exactly {@code columns} trimmed cells. Lines starting with '#' and
     * blank lines are skipped; missing trailing cells are empty (editors often strip trailing
     * tabs); extra cells are an error.
     */
    public static List<Row> read(String file, String content, int columns) {
        List<Row> rows = new ArrayList<>();
        String[] lines = content.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (cells.length > columns) {
                throw new DictionaryFormatException(file, i + 1, "expected " + columns
                        + " tab-separated columns, found " + cells.length);
            }
            String[] cols = Arrays.copyOf(cells, columns);
            for (int c = 0; c < columns; c++) {
                cols[c] = cols[c] == null ? "" : cols[c].strip();
            }
            if (cols[0].isEmpty()) {
                throw new DictionaryFormatException(file, i + 1, "the first column is empty");
            }
            rows.add(new Row(file, i + 1, cols));
        }
        return rows;
    }

    /**
     * The text of a UTF-8 resource that lies beside {@code anchor} on the classpath.
     *
     * @throws DictionaryFormatException (line 0) when the resource is missing
     */
    public static String resource(Class<?> anchor, String name) {
        try (InputStream in = anchor.getResourceAsStream(name)) {
            if (in == null) {
                throw new DictionaryFormatException(name, 0, "dictionary file missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read dictionary " + name, e);
        }
    }

    /** Splits a |-separated list, dropping empty items. */
    public static List<String> list(String cell) {
        List<String> out = new ArrayList<>();
        for (String s : cell.split("\\|")) {
            if (!s.isBlank()) {
                out.add(s.strip());
            }
        }
        return out;
    }
}
