package org.annals.actors;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * The one place where text becomes comparable keys for the actor dictionaries: lower case, accents
 * folded, apostrophe and dash styles unified, and a simple tokeniser that splits on everything that
 * is not a letter or a digit.
 *
 * <p>Dictionary entries and article text go through the same tokeniser, so "Kim Jong-un",
 * "Kim Jong Un" and "KIM JONG‑UN" give the same key, and "dell’ONU" gives "dell onu" whichever
 * apostrophe the writer used. The tokeniser ignores upstream tokens on purpose: matching stays
 * consistent with the dictionaries whatever tokeniser produced the sentence.
 *
 * <p>Stateless and thread-safe.
 */
public final class TextNormalizer {
    private TextNormalizer() {}

    /**
     * A token of a text.
     *
     * @param key        the folded form (lower case, no accents)
     * @param start      offset of the first character in the text given to {@link #tokenize}
     * @param end        offset after the last character
     * @param capitalised the first character is an upper-case letter (or a digit)
     * @param allCaps    every letter is upper case ("ONU", "USA")
     */
    public record TextToken(String key, int start, int end, boolean capitalised, boolean allCaps) {}

    /** Folds a string for comparison: lower case, accents removed, one apostrophe and one dash. */
    public static String fold(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean ascii = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 128) {
                ascii = false;
                break;
            }
        }
        if (ascii) {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                out.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
            }
            return out.toString();
        }
        String decomposed = Normalizer.normalize(s, Normalizer.Form.NFD);
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                    || type == Character.ENCLOSING_MARK) {
                continue;
            }
            switch (c) {
                case '\u2019', '\u2018', '\u02BC', '\u00B4', '`', '\u2032' -> out.append('\'');
                case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212' -> out.append('-');
                case '\u00F8', '\u00D8' -> out.append('o');
                case '\u00E6', '\u00C6' -> out.append("ae");
                case '\u0153', '\u0152' -> out.append("oe");
                case '\u00DF' -> out.append("ss");
                case '\u0142', '\u0141' -> out.append('l');
                case '\u0111', '\u0110' -> out.append('d');
                case '\u0131' -> out.append('i');
                default -> out.append(Character.toLowerCase(c));
            }
        }
        return out.toString();
    }

    /**
     * Splits a text into tokens: maximal runs of letters and digits. Apostrophes, hyphens, dots
     * and all other marks separate tokens and are dropped, so "l'Eliseo" is "l" + "eliseo" and
     * "Russia's" is "russia" + "s".
     */
    public static List<TextToken> tokenize(CharSequence text) {
        List<TextToken> tokens = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (!isWordChar(c)) {
                i++;
                continue;
            }
            int start = i;
            boolean allCaps = true;
            boolean anyLetter = false;
            while (i < n && isWordChar(text.charAt(i))) {
                char d = text.charAt(i);
                if (Character.isLetter(d)) {
                    anyLetter = true;
                    if (!Character.isUpperCase(d)) {
                        allCaps = false;
                    }
                }
                i++;
            }
            String surface = text.subSequence(start, i).toString();
            boolean capitalised = Character.isUpperCase(c) || Character.isTitleCase(c) || Character.isDigit(c);
            tokens.add(new TextToken(fold(surface), start, i, capitalised, allCaps && anyLetter));
        }
        return tokens;
    }

    /** The folded tokens of a dictionary phrase joined by single spaces: the dictionary key. */
    public static String key(String phrase) {
        StringBuilder b = new StringBuilder();
        for (TextToken t : tokenize(phrase)) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(t.key());
        }
        return b.toString();
    }

    private static boolean isWordChar(char c) {
        // Combining marks stay inside the word so that decomposed input ("e" + U+0301) is one token.
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }
}
