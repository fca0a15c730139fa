package org.annals.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.util.Locale;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.apache.lucene.util.BytesRef;

/**
 * The snippet of a hit: the best passage of about {@value #LENGTH} characters of the text around the
 * query's words (or the title when the text holds none of them, or else the start of the text), with
 * matched words in {@code <mark>…</mark>}, everything else HTML-escaped ({@code & < > " '}), runs of
 * white space and control characters as one space, and "…" where the passage cuts the text.
 * Thread-safe.
 */
final class Snippets {
    static final int LENGTH = 200;
    /** Matches further into an article than this are not looked for: the snippet then falls back. */
    private static final int MAX_ANALYZED_CHARS = 50_000;
    private static final String ELLIPSIS = "…";

    /** Passages of about {@value #LENGTH} characters, the match a little before the middle. */
    private final UnifiedHighlighter passages;
    /** The whole content, for titles and texts no longer than a passage. */
    private final UnifiedHighlighter whole;

    Snippets(Analyzer analyzer) {
        this.passages = highlighter(analyzer, () -> LengthGoalBreakIterator.createClosestToLength(
                BreakIterator.getWordInstance(Locale.ROOT), LENGTH, 0.4f));
        this.whole = highlighter(analyzer, WholeBreakIterator::new);
    }

    private static UnifiedHighlighter highlighter(Analyzer analyzer, Supplier<BreakIterator> breaks) {
        // Term extraction rather than weight matches: a word is marked wherever it occurs in the field,
        // even when the rest of the query matched in the other field (a word in the title, another in the text).
        return UnifiedHighlighter.builderWithoutSearcher(analyzer)
                .withWeightMatches(false)
                // words are found by re-analysing the text: as a token stream, not a one-document index (phrases still are)
                .withPassageRelevancyOverSpeed(false)
                .withBreakIterator(breaks)
                .withFormatter(new MarkFormatter())
                .withScorer(new LeanScorer())
                .withMaxNoHighlightPassages(0)
                .withMaxLength(MAX_ANALYZED_CHARS)
                .build();
    }

    /**
     * @param query the text query (without filters) the hit matched
     * @param group the hit's language group, whose fields the query's words were analysed for
     */
    String of(Query query, IndexLanguage group, String title, String text) {
        String marked = highlight(group.textField, query, text);
        if (marked == null && title != null) {
            marked = highlight(group.titleField, query, title);
        }
        return marked != null ? marked : start(text);
    }

    private String highlight(String field, Query query, String content) {
        if (content.isBlank()) {
            return null;
        }
        try {
            UnifiedHighlighter h = content.length() <= LENGTH ? whole : passages;
            return (String) h.highlightWithoutSearcher(field, query, content, 1);
        } catch (IOException e) {
            // analysing a string in memory does not do I/O
            throw new UncheckedIOException(e);
        }
    }

    /** The escaped start of the text, cut at a word boundary. */
    static String start(String text) {
        int end = text.length();
        if (end > LENGTH) {
            end = LENGTH;
            while (end > LENGTH / 2 && !Character.isWhitespace(text.charAt(end))) {
                end--;
            }
        }
        StringBuilder out = new StringBuilder();
        escape(text, 0, end, out);
        String s = out.toString().strip();
        return end < text.strip().length() ? s + ELLIPSIS : s;
    }

    /**
     * Appends {@code s[from, to)} HTML-escaped, with runs of white space and control characters as one space.
     */
    static void escape(CharSequence s, int from, int to, StringBuilder out) {
        boolean space = false;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c)) {
                if (!space) {
                    out.append(' ');
                }
                space = true;
                continue;
            }
            space = false;
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
    }

    /**
     * Lucene's passage scoring (BM25 over the passage), without its per-passage hash of terms: that
     * allocates 32 KB for every candidate passage, and an article has dozens.
     */
    private static final class LeanScorer extends PassageScorer {
        @Override
        public float score(Passage passage, int contentLength) {
            BytesRef[] terms = passage.getMatchTerms();
            int[] freqsInDoc = passage.getMatchTermFreqsInDoc();
            int n = passage.getNumMatches();
            float score = 0;
            for (int i = 0; i < n; i++) {
                if (seenBefore(terms, i)) {
                    continue;
                }
                int inPassage = 1;
                for (int j = i + 1; j < n; j++) {
                    inPassage += terms[j].bytesEquals(terms[i]) ? 1 : 0;
                }
                score += weight(contentLength, freqsInDoc[i]) * tf(inPassage, passage.getLength());
            }
            return score * norm(passage.getStartOffset());
        }

        private static boolean seenBefore(BytesRef[] terms, int i) {
            for (int j = 0; j < i; j++) {
                if (terms[j].bytesEquals(terms[i])) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Formats one passage: escaped text, marked matches (overlapping or touching ones merged), ellipses. */
    private static final class MarkFormatter extends PassageFormatter {
        private static final String TRAILING_PUNCTUATION = ".,;:!?)]»”’ \t\n\r";

        @Override
        public Object format(Passage[] passages, String content) {
            Passage p = passages[0];
            StringBuilder out = new StringBuilder();
            int[] starts = p.getMatchStarts();
            int[] ends = p.getMatchEnds();
            int pos = p.getStartOffset();
            // a passage cut after a sentence's last word starts with its full stop: begin at the next word
            int firstMatch = p.getNumMatches() > 0 ? starts[0] : p.getEndOffset();
            while (pos > 0 && pos < firstMatch && TRAILING_PUNCTUATION.indexOf(content.charAt(pos)) >= 0) {
                pos++;
            }
            for (int i = 0; i < p.getNumMatches(); i++) {
                int start = Math.max(starts[i], pos);
                int end = Math.min(ends[i], p.getEndOffset());
                while (i + 1 < p.getNumMatches() && starts[i + 1] <= end) {
                    end = Math.min(Math.max(end, ends[++i]), p.getEndOffset());
                }
                if (end <= start) {
                    continue;
                }
                escape(content, pos, start, out);
                out.append("<mark>");
                escape(content, start, end, out);
                out.append("</mark>");
                pos = end;
            }
            escape(content, pos, p.getEndOffset(), out);
            String s = out.toString().strip();
            boolean cutBefore = !blank(content, 0, p.getStartOffset());
            boolean cutAfter = !blank(content, p.getEndOffset(), content.length());
            return (cutBefore ? ELLIPSIS : "") + s + (cutAfter ? ELLIPSIS : "");
        }

        private static boolean blank(String s, int from, int to) {
            for (int i = from; i < to; i++) {
                if (!Character.isWhitespace(s.charAt(i))) {
                    return false;
                }
            }
            return true;
        }
    }
}
