package org.annals.extract;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Trafilatura's snippet metric for one page, and pooled over many: a snippet the text must contain
 * is a true positive when found and a false negative when missed; a snippet it must not contain is a
 * false positive when found and a true negative when absent. Matching is plain substring search after
 * every run of whitespace (as Python's {@code str.split()} sees it) is made one space, in both texts.
 */
record SnippetScore(int tp, int fp, int fn, int tn) {

    static final SnippetScore ZERO = new SnippetScore(0, 0, 0, 0);

    private static final Pattern WHITESPACE =
            Pattern.compile("[\\s\\u0085\\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000]+");

    /** The score of one extracted text against a page's snippets. */
    static SnippetScore of(String text, List<String> with, List<String> without) {
        String t = normalise(text);
        int tp = 0;
        int fn = 0;
        int fp = 0;
        int tn = 0;
        for (String s : with) {
            if (t.contains(normalise(s))) {
                tp++;
            } else {
                fn++;
            }
        }
        for (String s : without) {
            if (t.contains(normalise(s))) {
                fp++;
            } else {
                tn++;
            }
        }
        return new SnippetScore(tp, fp, fn, tn);
    }

    static String normalise(String s) {
        return s == null ? "" : WHITESPACE.matcher(s).replaceAll(" ").strip();
    }

    SnippetScore plus(SnippetScore o) {
        return new SnippetScore(tp + o.tp, fp + o.fp, fn + o.fn, tn + o.tn);
    }

    int errors() {
        return fp + fn;
    }

    double precision() {
        return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
    }

    double recall() {
        return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
    }

    double f1() {
        return 2.0 * tp + fp + fn == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
    }

    @Override
    public String toString() {
        return String.format("P %.3f  R %.3f  F %.3f  (TP %d  FP %d  FN %d  TN %d)",
                precision(), recall(), f1(), tp, fp, fn, tn);
    }
}
