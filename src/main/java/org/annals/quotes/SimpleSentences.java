package org.annals.quotes;

import java.util.ArrayList;
import java.util.List;
import org.annals.model.Sentence;

/**
 * A fallback sentence splitter for articles that reach the quote and claim stages without a language
 * analysis: paragraphs at blank lines, sentences after . ! ? (and a closing quotation mark) followed
 * by a space and an upper-case letter or an opening mark. Sentences carry no tokens. Stateless.
 */
public final class SimpleSentences {
    private SimpleSentences() {}

    public static List<Sentence> split(String text) {
        List<Sentence> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            int brk = text.indexOf("\n\n", i);
            int end = brk < 0 ? n : brk;
            sentences(text, i, end, out);
            i = brk < 0 ? n : brk + 2;
        }
        return out;
    }

    private static void sentences(String text, int from, int to, List<Sentence> out) {
        int s = from;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '.' || c == '!' || c == '?') {
                int e = i + 1;
                while (e < to && "\u201D\u00BB\"\u2019)".indexOf(text.charAt(e)) >= 0) {
                    e++;
                }
                if (e < to && Character.isWhitespace(text.charAt(e))) {
                    int k = e;
                    while (k < to && Character.isWhitespace(text.charAt(k))) {
                        k++;
                    }
                    if (k < to && (Character.isUpperCase(text.charAt(k)) || "\u201C\u00AB\"\u2018\u201E".indexOf(text.charAt(k)) >= 0)) {
                        add(text, s, e, out);
                        s = k;
                        i = k - 1;
                    }
                }
            }
        }
        add(text, s, to, out);
    }

    private static void add(String text, int s, int e, List<Sentence> out) {
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (e > s) {
            out.add(new Sentence(text.substring(s, e), s, e, List.of()));
        }
    }
}
