package org.annals.nlp;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.util.Span;

/** Line splitting shared by the sentence splitters: every line break is a hard sentence boundary. */
final class Lines {
    private Lines() {}

    /** Non-blank lines of {@code text}, trimmed, as spans over it. */
    static List<Span> of(String text) {
        List<Span> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            int j = i;
            while (j < n && text.charAt(j) != '\n' && text.charAt(j) != '\r') {
                j++;
            }
            Span s = trim(text, i, j);
            if (s != null) {
                out.add(s);
            }
            i = j + 1;
        }
        return out;
    }

    /** Fails, naming the range, unless [start, end) lies within the text. */
    static void checkRange(String text, int start, int end) {
        java.util.Objects.requireNonNull(text, "text");
        if (start < 0 || end > text.length() || start > end) {
            throw new IllegalArgumentException("bad range [" + start + ", " + end + ") for text of length "
                    + text.length());
        }
    }

    /** The span [start,end) without surrounding whitespace, or null when it is blank. */
    static Span trim(String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return start < end ? new Span(start, end) : null;
    }
}
