package org.annals.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A light surface tokenizer for frame matching: words, single punctuation marks, and masked
 * quotations (runs of {@link #MASK}) as one token. It needs no language model, so the stages work the
 * same whether or not the language layer has tokenised the sentence. Italian elisions are split after
 * the apostrophe ("l’agenzia" → "l'" + "agenzia"); other apostrophes stay inside the word ("didn't",
 * "O'Brien"). Stateless and thread-safe.
 */
public final class Words {
    /** The character that stands for masked (quoted) text. */
    public static final char MASK = '\uE000';

    // Prefixes that elide before a vowel in Italian: the apostrophe ends the word.
    private static final Set<String> ELISIONS = Set.of("l", "dell", "dall", "nell", "all", "sull", "coll",
            "un", "d", "c", "quest", "quell", "tutt", "s", "m", "t", "v", "n", "po", "com", "dov", "anch");

    private Words() {}

    /** One token. {@code lower} is lower case with ’ written as '. */
    public record W(String text, String lower, int start, int end, Type type) {
        public boolean isWord() {
            return type == Type.WORD;
        }

        public boolean isQuote() {
            return type == Type.QUOTE;
        }

        /** A word that starts with an upper-case letter (or a digit-free acronym). */
        public boolean capitalized() {
            return type == Type.WORD && Character.isUpperCase(text.codePointAt(0));
        }
    }

    public enum Type { WORD, PUNCT, QUOTE }

    /** Tokens of {@code text}; offsets are {@code base} plus the index in {@code text}. */
    public static List<W> of(String text, int base) {
        List<W> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == MASK) {
                int j = i;
                while (j < n && text.charAt(j) == MASK) {
                    j++;
                }
                out.add(new W(text.substring(i, j), "", base + i, base + j, Type.QUOTE));
                i = j;
            } else if (Character.isLetterOrDigit(c)) {
                int j = i + 1;
                while (j < n) {
                    char d = text.charAt(j);
                    if (Character.isLetterOrDigit(d)) {
                        j++;
                    } else if ((d == '-' || d == '.' && Character.isDigit(text.charAt(j - 1)))
                            && j + 1 < n && Character.isLetterOrDigit(text.charAt(j + 1))) {
                        j += 2;
                    } else if ((d == '\'' || d == '\u2019') && (j + 1 >= n || !Character.isLetter(text.charAt(j + 1)))
                            && ELISIONS.contains(text.substring(i, j).toLowerCase(Locale.ROOT))) {
                        j++; // "l' agenzia", or an elided article written alone in a word list
                        break;
                    } else if ((d == '\'' || d == '\u2019') && j + 1 < n && Character.isLetter(text.charAt(j + 1))) {
                        String prefix = text.substring(i, j).toLowerCase(Locale.ROOT);
                        if (ELISIONS.contains(prefix)) {
                            j++; // the apostrophe closes an elided article or preposition
                            break;
                        }
                        j += 2;
                    } else {
                        break;
                    }
                }
                String w = text.substring(i, j);
                out.add(new W(w, w.toLowerCase(Locale.ROOT).replace('\u2019', '\''), base + i, base + j, Type.WORD));
                i = j;
            } else {
                String w = String.valueOf(c);
                out.add(new W(w, w, base + i, base + i + 1, Type.PUNCT));
                i++;
            }
        }
        return out;
    }

    /** The lower-case word forms of a phrase, as {@link #of} would split it. */
    public static List<String> forms(String phrase) {
        List<String> forms = new ArrayList<>();
        for (W w : of(phrase, 0)) {
            forms.add(w.lower());
        }
        return forms;
    }
}
