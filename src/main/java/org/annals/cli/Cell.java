package org.annals.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jsoup.parser.Parser;

/**
 * The text of one table cell: plain spans and marked spans (the words a search matched). Control
 * characters are taken out and runs of white space made one space when a cell is made, so that an article's
 * text can neither break a table's lines nor send escape sequences to the terminal.
 *
 * @param spans the text, in order; never two adjacent spans with the same marking
 */
record Cell(List<Span> spans) {
    /** A piece of the text, marked or not. */
    record Span(String text, boolean marked) {
        Span {
            Objects.requireNonNull(text, "text");
        }
    }

    static final Cell EMPTY = new Cell(List.of());
    private static final String ELLIPSIS = "…";
    private static final String MARK = "\u001b[1;7m";
    private static final String RESET = "\u001b[0m";

    Cell {
        spans = List.copyOf(spans);
    }

    /** A cell of plain text; null is an empty cell. */
    static Cell of(String text) {
        String clean = clean(text);
        return clean.isEmpty() ? EMPTY : new Cell(List.of(new Span(clean, false)));
    }

    /**
     * A cell from a search snippet: {@code <mark>…</mark>} become marked spans, other HTML entities are
     * unescaped. Without {@code styles}, marked words are shown in square brackets instead (still marked, but
     * drawn plain), so they stay visible in a pipe.
     */
    static Cell ofSnippet(String html, boolean styles) {
        List<Span> spans = new ArrayList<>();
        int at = 0;
        while (at < html.length()) {
            int open = html.indexOf("<mark>", at);
            int close = open < 0 ? -1 : html.indexOf("</mark>", open);
            if (open < 0 || close < 0) {
                add(spans, unescape(html.substring(at)), false);
                break;
            }
            add(spans, unescape(html.substring(at, open)), false);
            String word = unescape(html.substring(open + 6, close));
            add(spans, styles ? word : "[" + word + "]", true);
            at = close + 7;
        }
        // cleaning span by span keeps the marks; a space at either end of the whole cell goes
        List<Span> cleaned = new ArrayList<>();
        for (Span s : spans) {
            add(cleaned, clean(s.text(), false), s.marked());
        }
        return trim(cleaned);
    }

    /** The snippet as plain text: marks dropped, entities unescaped, white space folded. */
    static String plainSnippet(String html) {
        return clean(unescape(html.replace("<mark>", "").replace("</mark>", "")));
    }

    /** The number of characters shown (code points). */
    int width() {
        int w = 0;
        for (Span s : spans) {
            w += s.text().codePointCount(0, s.text().length());
        }
        return w;
    }

    /**
     * This cell cut to {@code max} characters, the last one an ellipsis when anything was cut. When the first
     * marked words would be cut off, the start goes instead (an ellipsis in its place), keeping a little of
     * what leads up to them, so that a search snippet always shows why it matched.
     */
    Cell truncate(int max) {
        if (width() <= max) {
            return this;
        }
        int markStart = 0;
        for (Span s : spans) {
            if (s.marked()) {
                int end = markStart + length(s.text());
                if (end > max - 1 && max >= 8) {
                    int lead = Math.min(markStart, max / 4);
                    return dropStart(markStart - lead).cutEnd(max);
                }
                break;
            }
            markStart += length(s.text());
        }
        return cutEnd(max);
    }

    /** This cell without its first {@code n} characters (or up to the next word), an ellipsis in their place. */
    private Cell dropStart(int n) {
        List<Span> kept = new ArrayList<>();
        add(kept, ELLIPSIS + " ", false);
        int skip = n;
        for (Span s : spans) {
            int len = length(s.text());
            if (skip >= len) {
                skip -= len;
                continue;
            }
            int at = s.text().offsetByCodePoints(0, skip);
            if (skip > 0 && !s.marked()) {
                // start at a word, not inside one
                int space = s.text().indexOf(' ', at);
                at = space < 0 ? at : space;
            }
            String rest = s.text().substring(at);
            add(kept, skip > 0 ? rest.stripLeading() : rest, s.marked());
            skip = 0;
        }
        return new Cell(kept);
    }

    private static int length(String text) {
        return text.codePointCount(0, text.length());
    }

    private Cell cutEnd(int max) {
        if (width() <= max) {
            return this;
        }
        List<Span> kept = new ArrayList<>();
        int room = Math.max(0, max - 1);
        for (Span s : spans) {
            if (room == 0) {
                break;
            }
            int n = s.text().codePointCount(0, s.text().length());
            if (n <= room) {
                kept.add(s);
                room -= n;
            } else {
                kept.add(new Span(s.text().substring(0, s.text().offsetByCodePoints(0, room)), s.marked()));
                room = 0;
            }
        }
        if (max > 0) {
            add(kept, ELLIPSIS, false);
        }
        return new Cell(kept);
    }

    /** The cell's text, marked spans in bold reverse video when {@code styles}. */
    String render(boolean styles) {
        StringBuilder b = new StringBuilder();
        for (Span s : spans) {
            if (s.marked() && styles) {
                b.append(MARK).append(s.text()).append(RESET);
            } else {
                b.append(s.text());
            }
        }
        return b.toString();
    }

    String plain() {
        return render(false);
    }

    private static void add(List<Span> spans, String text, boolean marked) {
        if (text.isEmpty()) {
            return;
        }
        int last = spans.size() - 1;
        if (last >= 0 && spans.get(last).marked() == marked) {
            spans.set(last, new Span(spans.get(last).text() + text, marked));
        } else {
            spans.add(new Span(text, marked));
        }
    }

    private static Cell trim(List<Span> spans) {
        if (spans.isEmpty()) {
            return EMPTY;
        }
        Span first = spans.get(0);
        spans.set(0, new Span(first.text().stripLeading(), first.marked()));
        int last = spans.size() - 1;
        spans.set(last, new Span(spans.get(last).text().stripTrailing(), spans.get(last).marked()));
        spans.removeIf(s -> s.text().isEmpty());
        return new Cell(spans);
    }

    private static String unescape(String html) {
        return Parser.unescapeEntities(html, false);
    }

    static String clean(String text) {
        return text == null ? "" : clean(text, true);
    }

    /** Folds white space and drops control characters (C0, DEL, C1), including the escape character. */
    private static String clean(String text, boolean strip) {
        StringBuilder b = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = true;
                continue;
            }
            if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) {
                continue;
            }
            if (space && (b.length() > 0 || !strip)) {
                b.append(' ');
            }
            space = false;
            b.append(c);
        }
        if (space && !strip) {
            b.append(' ');
        }
        return b.toString();
    }
}
