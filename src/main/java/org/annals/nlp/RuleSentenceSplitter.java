package org.annals.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import opennlp.tools.util.Span;

/**
 * A rule-based sentence splitter: a sentence ends at ".", "!", "?" or "…" (with any closing quotes or
 * brackets) followed by whitespace and an upper-case letter, digit or opening quote, unless the period
 * ends a known abbreviation ("sen.", "dott.", "Mr."), a single letter ("J.") or a dotted acronym
 * ("U.S."). Every line break is a hard boundary. Used for Italian, where the only CC-BY training corpus
 * (MarkIT) comes pre-tokenised and so cannot teach a statistical splitter where spaces go, and for
 * languages without models. Immutable and thread-safe.
 */
public final class RuleSentenceSplitter implements SentenceSplitter {
    private final Set<String> abbreviations;

    /** @param abbreviations lower-case abbreviations without their final period ("sen", "ecc") */
    public RuleSentenceSplitter(Set<String> abbreviations) {
        Objects.requireNonNull(abbreviations, "abbreviations");
        for (String a : abbreviations) {
            if (a == null || a.isBlank() || a.endsWith(".")) {
                throw new IllegalArgumentException("bad abbreviation: '" + a + "'");
            }
        }
        this.abbreviations = Set.copyOf(abbreviations);
    }

    @Override
    public List<Span> split(String text) {
        Objects.requireNonNull(text, "text");
        List<Span> out = new ArrayList<>();
        for (Span line : Lines.of(text)) {
            splitLine(text, line.getStart(), line.getEnd(), out);
        }
        return out;
    }

    private void splitLine(String text, int start, int end, List<Span> out) {
        int sentenceStart = start;
        int i = start;
        while (i < end) {
            char c = text.charAt(i);
            if (c == '.' || c == '!' || c == '?' || c == '…') {
                int j = i + 1;
                while (j < end && isFinalOrClosing(text.charAt(j))) {
                    j++;
                }
                if (j < end && Character.isWhitespace(text.charAt(j))) {
                    int k = j;
                    while (k < end && Character.isWhitespace(text.charAt(k))) {
                        k++;
                    }
                    if (k < end && startsSentence(text.charAt(k)) && !(c == '.' && j == i + 1 && isAbbreviation(text, start, i))) {
                        Span s = Lines.trim(text, sentenceStart, j);
                        if (s != null) {
                            out.add(s);
                        }
                        sentenceStart = k;
                        i = k;
                        continue;
                    }
                }
                i = j;
                continue;
            }
            i++;
        }
        Span s = Lines.trim(text, sentenceStart, end);
        if (s != null) {
            out.add(s);
        }
    }

    private static boolean isFinalOrClosing(char c) {
        return c == '.' || c == '!' || c == '?' || c == '…' || c == '"' || c == '\'' || c == '»' || c == '”'
                || c == '’' || c == ')' || c == ']';
    }

    private static boolean startsSentence(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || c == '"' || c == '«' || c == '“' || c == '('
                || c == '\'' || c == '-' || c == '–' || c == '—';
    }

    /** Whether the word ending at the period at {@code dot} is an abbreviation, an initial or an acronym. */
    private boolean isAbbreviation(String text, int lineStart, int dot) {
        int b = dot;
        while (b > lineStart && !Character.isWhitespace(text.charAt(b - 1)) && text.charAt(b - 1) != '('
                && text.charAt(b - 1) != '"' && text.charAt(b - 1) != '«') {
            b--;
        }
        String word = text.substring(b, dot);
        if (word.isEmpty()) {
            return false;
        }
        if (word.length() == 1 && Character.isLetter(word.charAt(0))) {
            return Character.isUpperCase(word.charAt(0)) || abbreviations.contains(word);
        }
        if (word.indexOf('.') > 0 && word.chars().allMatch(ch -> ch == '.' || Character.isLetter(ch))) {
            return true; // U.S, S.p.A, a.C
        }
        return abbreviations.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Abbreviations common in Italian and English news, without the final period. */
    public static Set<String> newsAbbreviations() {
        return Set.of("sen", "on", "dott", "dr", "dott.ssa", "prof", "prof.ssa", "sig", "sigg", "sig.ra",
                "avv", "ing", "arch", "geom", "rag", "mons", "p", "pag", "pagg", "art", "artt", "cap", "cfr",
                "fig", "n", "nn", "num", "vol", "ecc", "etc", "es", "gen", "col", "magg", "cav", "comm",
                "ass", "cons", "min", "pres", "vs", "mr", "mrs", "ms", "st", "jr", "sr", "inc", "ltd", "co",
                "corp", "gov", "rep", "lt", "sgt", "capt", "tel", "ss",
                "spett", "egr", "gent", "ill", "on.le", "sen.ce", "mld", "mln", "km", "ca");
    }
}
