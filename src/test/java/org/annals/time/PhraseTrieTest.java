package org.annals.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PhraseTrieTest {

    private static final List<String> PHRASES = List.of("a", "a partire da", "alle", "all'", "al", "l'", "l'altro ieri",
            "ieri", "un paio di", "un", "una", "uno", "venti", "ventuno", "twenty-one", "twenty one", "a.m.", "1°", "(x)",
            "d'", "dopodomani", "domani", "dom");

    /** Longest first, as the callers sort. */
    private static List<String> sorted(List<String> phrases) {
        List<String> ps = new ArrayList<>(phrases);
        ps.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        return ps;
    }

    private static String flat(List<String> phrases, Function<String, String> suffix) {
        List<String> parts = new ArrayList<>();
        for (String p : phrases) {
            parts.add(PhraseTrie.flat(p) + suffix.apply(p));
        }
        return "(?:" + String.join("|", parts) + ")";
    }

    /** At every position of every text, both forms match to the same end, also when what follows forces backtracking. */
    private static void assertSameMatches(List<String> phrases, Function<String, String> suffix, List<String> texts) {
        String trie = PhraseTrie.of(phrases, suffix);
        String flat = flat(phrases, suffix);
        // "(?:X)" alone, and followed by something that makes the engine try the next way of matching X
        for (String tail : List.of("", "(?=\\s*x)", "\\s*ieri", "(?![\\p{L}])")) {
            Matcher a = Pattern.compile(trie + tail).matcher("");
            Matcher b = Pattern.compile(flat + tail).matcher("");
            for (String text : texts) {
                a.reset(text);
                b.reset(text);
                for (int p = 0; p < text.length(); p++) {
                    a.region(p, text.length());
                    b.region(p, text.length());
                    boolean ma = a.lookingAt();
                    boolean mb = b.lookingAt();
                    assertEquals(mb, ma, () -> trie + " vs " + flat + " at " + text);
                    if (ma) {
                        assertEquals(b.end(), a.end(), () -> trie + " vs " + flat + " at " + text);
                    }
                }
            }
        }
    }

    private static List<String> texts() {
        List<String> texts = new ArrayList<>(List.of("a partire da ieri", "alle 5", "all'una", "all'  una", "al mare",
                "l'altro ieri x", "l'altro", "un paio di giorni", "una volta", "uno", "ventuno", "venti uno",
                "twenty-one", "twenty   one x", "twenty onex", "a.m. x", "1° maggio", "(x) x", "d'estate", "dopodomani",
                "domenica", "dom.", "a  partire  da x", "alla", "a\tx"));
        // and random strings over the phrases' characters
        Random random = new Random(7);
        String alphabet = "adilmnoprtuvwxy'. -°1()\t";
        for (int i = 0; i < 400; i++) {
            StringBuilder b = new StringBuilder();
            int n = 1 + random.nextInt(14);
            for (int j = 0; j < n; j++) {
                if (random.nextInt(4) == 0) {
                    b.append(PHRASES.get(random.nextInt(PHRASES.size())));
                } else {
                    b.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
            }
            texts.add(b.toString());
        }
        return texts;
    }

    @Test
    void matchesWhatTheFlatAlternationMatches() {
        assertSameMatches(sorted(PHRASES), p -> "", texts());
    }

    @Test
    void matchesWhatTheFlatAlternationMatchesWithASuffixPerPhrase() {
        // as the grammar writes words that lead another: white space after, or none after an apostrophe
        assertSameMatches(sorted(PHRASES), p -> p.endsWith("'") ? "\\s*" : "\\s+", texts());
    }

    @Test
    void sharesPrefixes() {
        assertEquals("(?:dom(?:ani|))", PhraseTrie.of(List.of("domani", "dom"), p -> ""));
        assertEquals("(?:a(?:ll(?:e\\s+|\\'\\s*)|\\s+))", PhraseTrie.of(List.of("alle", "all'", "a"), p -> p.endsWith("'") ? "\\s*" : "\\s+"));
    }

    @Test
    void noPhrasesNoPattern() {
        assertNull(PhraseTrie.of(List.of(), p -> ""));
    }
}
