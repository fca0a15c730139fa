package org.annals.events;

import java.util.ArrayList;
import java.util.List;
import org.annals.actors.TextNormalizer;
import org.annals.model.Sentence;
import org.annals.model.Token;

/**
 * The words of a sentence as the coder reads them: folded surface forms and punctuation, with the
 * language layer's lemma, part of speech and mood/tense attached when the sentence has tokens.
 *
 * <p>The coder always splits the surface itself, so that prepositions, clitics and elisions ("dell’",
 * "l’") look the same whichever tokeniser ran upstream; tokens only enrich the words they cover.
 * Stateless and thread-safe.
 */
final class Words {
    private Words() {}

    /**
     * One word or punctuation mark.
     *
     * @param key   folded form ("firmera", "dell"); for punctuation the mark itself, quotes unified to '"'
     * @param lemma folded lemma from the language layer, or null without tokens
     * @param upos  UD part of speech, or null without tokens
     * @param mood  UD Mood ("Cnd"), or null
     * @param tense UD Tense ("Fut"), or null
     * @param start offset in the article text
     * @param end   offset after the word
     */
    record Word(String key, String lemma, String upos, String mood, String tense, int start, int end) {
        boolean punct() {
            char c = key.charAt(0);
            return !Character.isLetterOrDigit(c);
        }

        boolean quote() {
            return key.equals("\"");
        }
    }

    /** "11.000", "1,2": a dot or comma between digits belongs to the number. */
    private static boolean digitSeparator(String text, int j) {
        char c = text.charAt(j);
        return (c == '.' || c == ',') && j > 0 && j + 1 < text.length() && Character.isDigit(text.charAt(j - 1))
                && Character.isDigit(text.charAt(j + 1));
    }

    /** The words of a sentence, offsets into the article text. */
    static List<Word> of(Sentence sentence) {
        String text = sentence.text();
        int base = sentence.start();
        List<Word> out = new ArrayList<>();
        List<Token> tokens = sentence.tokens();
        int t = 0;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                int j = i + 1;
                while (j < n && (Character.isLetterOrDigit(text.charAt(j)) || Character.getType(text.charAt(j))
                        == Character.NON_SPACING_MARK || digitSeparator(text, j))) {
                    j++;
                }
                int s = base + i;
                while (t < tokens.size() && tokens.get(t).end() <= s) {
                    t++;
                }
                Token tok = t < tokens.size() && tokens.get(t).start() <= s ? tokens.get(t) : null;
                String raw = text.substring(i, j);
                // "è" (is) must not fold into "e" (and): the auxiliary decides passives and clauses.
                String key = raw.equals("\u00E8") || raw.equals("\u00C8") ? "\u00E8" : TextNormalizer.fold(raw);
                if (tok == null) {
                    out.add(new Word(key, null, null, null, null, s, base + j));
                } else {
                    String lemma = tok.lemma().isBlank() ? null : TextNormalizer.fold(tok.lemma());
                    out.add(new Word(key, lemma, tok.upos(), tok.feature("Mood"), tok.feature("Tense"), s, base + j));
                }
                i = j;
            } else {
                String mark = switch (c) {
                    case ',', ';', ':', '(', ')', '.', '!', '?', '[', ']' -> String.valueOf(c);
                    case '"', '\u201C', '\u201D', '\u00AB', '\u00BB', '\u201E', '\u2033' -> "\"";
                    case '\u2013', '\u2014' -> "-";
                    default -> null;
                };
                if (mark != null) {
                    out.add(new Word(mark, null, null, null, null, base + i, base + i + 1));
                }
                i++;
            }
        }
        return out;
    }
}
