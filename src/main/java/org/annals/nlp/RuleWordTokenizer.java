package org.annals.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import opennlp.tools.util.Span;

/**
 * A rule-based tokenizer for Italian (and the language-neutral fallback): splits at whitespace, then
 * peels punctuation off both ends of each chunk and splits after elided articles and prepositions
 * ("l'", "dell'", "un'", "c'"), as UD Italian does. Articulated prepositions ("della") and verbs with
 * clitics ("dirlo") stay one token. Abbreviations and dotted acronyms keep their period; numbers keep
 * their separators ("1.000,5"). Immutable and thread-safe.
 */
public final class RuleWordTokenizer implements WordTokenizer {
    private final Set<String> abbreviations;

    /** @param abbreviations lower-case abbreviations without their final period */
    public RuleWordTokenizer(Set<String> abbreviations) {
        Objects.requireNonNull(abbreviations, "abbreviations");
        this.abbreviations = Set.copyOf(abbreviations);
    }

    @Override
    public List<Span> tokenize(String text, int start, int end) {
        Lines.checkRange(text, start, end);
        List<Span> out = new ArrayList<>();
        int i = start;
        while (i < end) {
            while (i < end && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            int j = i;
            while (j < end && !Character.isWhitespace(text.charAt(j))) {
                j++;
            }
            if (j > i) {
                chunk(text, i, j, out);
            }
            i = j;
        }
        return out;
    }

    private void chunk(String text, int s, int e, List<Span> out) {
        // leading punctuation
        while (s < e && isPunct(text.charAt(s)) && !(text.charAt(s) == '-' && s + 1 < e && Character.isDigit(text.charAt(s + 1)))) {
            int k = run(text, s, e);
            out.add(new Span(s, k));
            s = k;
        }
        if (s >= e) {
            return;
        }
        // trailing punctuation, collected right to left
        List<Span> tail = new ArrayList<>();
        while (e > s) {
            char c = text.charAt(e - 1);
            if (c == '.' ) {
                String word = text.substring(s, e - 1);
                if (e - 1 > s && keepsPeriod(word)) {
                    break;
                }
                int k = e - 1;
                while (k > s && text.charAt(k - 1) == '.') {
                    k--;
                }
                if (k == s) {
                    break;
                }
                tail.add(0, new Span(k, e));
                e = k;
            } else if (isTrailing(c) && !(c == '\'' || c == '’') ) {
                tail.add(0, new Span(e - 1, e));
                e--;
            } else if ((c == '\'' || c == '’') && e - 1 > s && !Character.isLetter(text.charAt(e - 2))) {
                tail.add(0, new Span(e - 1, e));
                e--;
            } else {
                break;
            }
        }
        // elisions inside the word: split after an apostrophe between letters
        int w = s;
        for (int k = s + 1; k < e - 1; k++) {
            char c = text.charAt(k);
            if ((c == '\'' || c == '’') && Character.isLetter(text.charAt(k - 1)) && Character.isLetterOrDigit(text.charAt(k + 1))
                    && k - w <= 6) {
                out.add(new Span(w, k + 1));
                w = k + 1;
            }
        }
        if (e > w) {
            out.add(new Span(w, e));
        }
        out.addAll(tail);
    }

    private boolean keepsPeriod(String word) {
        if (word.isEmpty()) {
            return false;
        }
        if (word.length() == 1 && Character.isLetter(word.charAt(0))) {
            return true;
        }
        if (word.indexOf('.') > 0 && word.chars().allMatch(ch -> ch == '.' || Character.isLetter(ch))) {
            return true;
        }
        return abbreviations.contains(word.toLowerCase(Locale.ROOT));
    }

    /** End of a run of identical punctuation ("...", "!!") starting at s. */
    private static int run(String text, int s, int e) {
        char c = text.charAt(s);
        int k = s + 1;
        if (c == '.' || c == '!' || c == '?' || c == '-') {
            while (k < e && text.charAt(k) == c) {
                k++;
            }
        }
        return k;
    }

    private static boolean isPunct(char c) {
        return !Character.isLetterOrDigit(c) && c != '@' && c != '#';
    }

    private static boolean isTrailing(char c) {
        return c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == ')' || c == ']' || c == '}'
                || c == '"' || c == '»' || c == '”' || c == '…' || c == '%' || c == '\'' || c == '’';
    }
}
