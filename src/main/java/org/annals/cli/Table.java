package org.annals.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * Lays rows out as an aligned text table within a width: each fixed column as wide as its widest cell (up
 * to its limit), the flexible columns sharing what is left; long text is cut with an ellipsis. When the
 * flexible columns would get less than {@link #MIN_FLEX} characters, optional columns are left out, last
 * first.
 */
final class Table {
    /** The fewest characters a flexible column is given, even if the table then overflows. */
    static final int MIN_FLEX = 24;
    private static final String GAP = "  ";

    private Table() {}

    /**
     * The table's lines: the heading, a rule, then one line per row; no line ends in spaces.
     *
     * @param width  the terminal's width in characters
     * @param styles whether to use ANSI styles (bold headings, marked words in reverse video)
     */
    static <T> List<String> render(List<Column<T>> columns, List<T> rows, int width, boolean styles) {
        List<Column<T>> shown = new ArrayList<>(columns.stream().filter(Column::shown).toList());
        List<List<Cell>> cells = new ArrayList<>();
        for (T row : rows) {
            List<Cell> line = new ArrayList<>();
            for (Column<T> c : shown) {
                line.add(c.cell().apply(row));
            }
            cells.add(line);
        }
        int[] widths = layout(shown, cells, width);
        while (widths == null) {
            int drop = lastOptional(shown);
            shown.remove(drop);
            for (List<Cell> line : cells) {
                line.remove(drop);
            }
            widths = layout(shown, cells, width);
        }
        List<String> lines = new ArrayList<>();
        List<Cell> heading = shown.stream().map(c -> Cell.of(c.header())).toList();
        lines.add(line(shown, heading, widths, styles, true));
        StringBuilder rule = new StringBuilder();
        for (int i = 0; i < widths.length; i++) {
            rule.append(i == 0 ? "" : GAP).append("-".repeat(widths[i]));
        }
        lines.add(rule.toString());
        for (List<Cell> line : cells) {
            lines.add(line(shown, line, widths, styles, false));
        }
        return lines;
    }

    /** Column widths, or null when optional columns should make room for the flexible ones. */
    private static <T> int[] layout(List<Column<T>> shown, List<List<Cell>> cells, int width) {
        int n = shown.size();
        int[] natural = new int[n];
        for (int i = 0; i < n; i++) {
            natural[i] = shown.get(i).header().length();
            for (List<Cell> line : cells) {
                natural[i] = Math.max(natural[i], line.get(i).width());
            }
        }
        int[] widths = new int[n];
        int left = width - GAP.length() * Math.max(0, n - 1);
        List<Integer> flexible = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Column<T> c = shown.get(i);
            if (c.width() == Column.FLEX) {
                flexible.add(i);
            } else if (c.right()) {
                // numbers are never cut
                widths[i] = natural[i];
                left -= widths[i];
            } else {
                widths[i] = Math.min(natural[i], Math.max(c.width(), c.header().length()));
                left -= widths[i];
            }
        }
        // narrow flexible columns take only what they need, leaving the rest to the wide ones
        flexible.sort((a, b) -> Integer.compare(natural[a], natural[b]));
        int count = flexible.size();
        boolean cramped = false;
        for (int i : flexible) {
            int share = left / count;
            if (share < MIN_FLEX && natural[i] > share) {
                cramped = true;
            }
            widths[i] = Math.min(natural[i], Math.max(share, MIN_FLEX));
            left -= widths[i];
            count--;
        }
        if (cramped && lastOptional(shown) >= 0) {
            return null;
        }
        return widths;
    }

    private static <T> int lastOptional(List<Column<T>> shown) {
        for (int i = shown.size() - 1; i >= 0; i--) {
            if (shown.get(i).optional()) {
                return i;
            }
        }
        return -1;
    }

    private static <T> String line(List<Column<T>> shown, List<Cell> cells, int[] widths, boolean styles,
                                   boolean heading) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            Cell cell = cells.get(i).truncate(widths[i]);
            String text = cell.render(styles);
            if (heading && styles) {
                text = "\u001b[1m" + text + "\u001b[0m";
            }
            int pad = widths[i] - cell.width();
            if (i > 0) {
                b.append(GAP);
            }
            if (shown.get(i).right()) {
                b.append(" ".repeat(pad)).append(text);
            } else {
                b.append(text);
                if (i < cells.size() - 1) {
                    b.append(" ".repeat(pad));
                }
            }
        }
        return b.toString().stripTrailing();
    }
}
