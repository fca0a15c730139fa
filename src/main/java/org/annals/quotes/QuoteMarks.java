package org.annals.quotes;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds quotations in a paragraph by their marks: “…”, «…», „…“ (or „…”), ‘…’ and straight "…"
 * paired within the paragraph. A quotation never crosses a paragraph break; one inside another is
 * part of the outer one. A ’ between letters is an apostrophe (d’armi), never a closing mark, and ‘
 * opens only after a space or punctuation. Stateless and thread-safe.
 */
public final class QuoteMarks {
    private QuoteMarks() {}

    /**
     * A quotation.
     *
     * @param open         offset of the opening mark
     * @param contentStart offset of the first quoted character (leading spaces skipped)
     * @param contentEnd   offset after the last quoted character (trailing spaces skipped)
     * @param close        offset after the closing mark
     */
    public record Span(int open, int contentStart, int contentEnd, int close) {}

    /** The quotations in {@code text[from, to)}, in order; offsets index {@code text}. */
    public static List<Span> find(String text, int from, int to) {
        List<Span> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            int close = -1;
            switch (c) {
                case '\u201C' -> close = findClose(text, i + 1, to, "\u201D");
                case '\u00AB' -> close = findClose(text, i + 1, to, "\u00BB");
                case '\u201E' -> close = findClose(text, i + 1, to, "\u201C\u201D");
                case '\u2018' -> {
                    if (boundaryBefore(text, i, from)) {
                        close = findSingleClose(text, i + 1, to);
                    }
                }
                case '"' -> {
                    if (boundaryBefore(text, i, from)) {
                        close = findStraightClose(text, i + 1, to);
                    }
                }
                default -> { }
            }
            if (close < 0) {
                i++;
                continue;
            }
            int cs = i + 1;
            int ce = close;
            while (cs < ce && Character.isWhitespace(text.charAt(cs))) {
                cs++;
            }
            while (ce > cs && Character.isWhitespace(text.charAt(ce - 1))) {
                ce--;
            }
            if (ce > cs) {
                out.add(new Span(i, cs, ce, close + 1));
            }
            i = close + 1;
        }
        return out;
    }

    private static int findClose(String text, int from, int to, String closers) {
        for (int j = from; j < to; j++) {
            if (closers.indexOf(text.charAt(j)) >= 0) {
                return j;
            }
        }
        return -1;
    }

    private static int findSingleClose(String text, int from, int to) {
        for (int j = from; j < to; j++) {
            if (text.charAt(j) == '\u2019' && j > from && !Character.isWhitespace(text.charAt(j - 1))
                    && (j + 1 >= to || !Character.isLetterOrDigit(text.charAt(j + 1)))) {
                return j;
            }
        }
        return -1;
    }

    private static int findStraightClose(String text, int from, int to) {
        for (int j = from; j < to; j++) {
            if (text.charAt(j) == '"') {
                boolean after = j + 1 >= to || !Character.isLetterOrDigit(text.charAt(j + 1));
                return after && j > from ? j : -1;
            }
        }
        return -1;
    }

    private static boolean boundaryBefore(String text, int i, int from) {
        return i == from || !Character.isLetterOrDigit(text.charAt(i - 1));
    }
}
