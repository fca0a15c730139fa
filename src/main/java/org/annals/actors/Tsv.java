package org.annals.actors;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Reads the dictionaries' tab-separated files: comments, blank lines, line numbers. */
final class Tsv {
    private Tsv() {}

    /** One data line; {@link #fail} reports a problem with its file and line. */
    record Row(String file, int line, String[] cols) {
        String col(int i) {
            return cols[i];
        }

        DictionaryFormatException fail(String message) {
            return new DictionaryFormatException(file, line, message);
        }
    }

    /**
     * Splits a file into rows of exactly {@code columns} trimmed cells. Lines starting with '#' and
     * blank lines are skipped; missing trailing cells are empty (editors often strip trailing
     * tabs); extra cells are an error.
     */
    static List<Row> read(String file, String content, int columns) {
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

    /** Splits a |-separated list, dropping empty items. */
    static List<String> list(String cell) {
        List<String> out = new ArrayList<>();
        for (String s : cell.split("\\|")) {
            if (!s.isBlank()) {
                out.add(s.strip());
            }
        }
        return out;
    }
}
