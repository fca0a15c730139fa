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

    @Test
    void interrogativeQualeReadAsAdjective() {
        assertArrayEquals(new String[] {"PRON", "AUX", "DET", "NOUN", "PUNCT"},
                apply(new String[] {"Qual", "è", "il", "motivo", "?"}, new String[] {"ADJ", "AUX", "DET", "NOUN", "PUNCT"}));
    }

    @Test
    void scorsoIsTheAdjectiveLastExceptAfterAnAuxiliary() {
        assertArrayEquals(new String[] {"DET", "NOUN", "ADJ", "AUX", "VERB"},
                apply(new String[] {"la", "settimana", "scorsa", "ha", "piovuto"}, new String[] {"DET", "NOUN", "VERB", "VERB", "VERB"}));
        assertArrayEquals(new String[] {"DET", "NOUN", "AUX", "VERB"},
                apply(new String[] {"il", "fiume", "è", "scorso"}, new String[] {"DET", "NOUN", "AUX", "VERB"}));
    }

    @Test
    void lireAbbreviationBeforeAnAmount() {
        assertArrayEquals(new String[] {"VERB", "NOUN", "NUM", "PUNCT"},
                apply(new String[] {"costa", "L.", "135.000", "."}, new String[] {"VERB", "PROPN", "NUM", "PUNCT"}));
    }

    @Test
    void avereBeforeAParticipleReadAsNoun() {
        assertArrayEquals(new String[] {"PRON", "AUX", "ADV", "VERB", "PUNCT"},
                apply(new String[] {"l'", "ho", "mai", "fatto", "."}, new String[] {"PRON", "VERB", "ADV", "NOUN", "PUNCT"}));
        assertArrayEquals(new String[] {"PRON", "VERB", "NOUN", "PUNCT"},
                apply(new String[] {"Ognuno", "ha", "diritto", "."}, new String[] {"PRON", "VERB", "NOUN", "PUNCT"}));
    }

    @Test
    void abbreviatedTitleBeforeAName() {
        assertArrayEquals(new String[] {"DET", "NOUN", "PROPN", "VERB"},
                apply(new String[] {"l'", "on.", "Rossi", "dice"}, new String[] {"DET", "ADJ", "PROPN", "VERB"}));
    }
}
