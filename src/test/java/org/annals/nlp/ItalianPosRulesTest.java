package org.annals.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

/** UD Italian conventions applied after the tagger, on sentences written for these tests. */
class ItalianPosRulesTest {

    private static String[] apply(String[] tokens, String[] tags) {
        String[] out = tags.clone();
        ItalianPosRules.apply(tokens, out, ItalianLexicon.shared());
        return out;
    }

    @Test
    void numbersInDigitsAndSymbols() {
        String[] tokens = {"Il", "PIL", "cresce", "del", "3,5", "%", "dal", "'90", ",", "1.000", "o", "12:30", "e", "1.", "2"};
        String[] tags = {"DET", "PROPN", "VERB", "ADP", "NOUN", "NOUN", "ADP", "NOUN", "PUNCT", "ADJ", "CCONJ", "NOUN",
            "CCONJ", "X", "ADJ"};
        String[] expected = {"DET", "PROPN", "VERB", "ADP", "NUM", "SYM", "ADP", "NUM", "PUNCT", "NUM", "CCONJ", "NUM",
            "CCONJ", "X", "NUM"};
        assertArrayEquals(expected, apply(tokens, tags));
    }
}
