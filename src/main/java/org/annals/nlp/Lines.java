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
