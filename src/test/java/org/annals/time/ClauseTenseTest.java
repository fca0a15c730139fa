package org.annals.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.annals.model.Sentence;
import org.annals.model.Token;
import org.annals.time.ClauseTense.Tense;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClauseTenseTest {

    @ParameterizedTest(name = "{0}: {1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
        it | I due leader hanno firmato un trattato.            | PAST
        it | Il lancio è stato un successo.                     | PAST
        it | Il ministro è arrivato a Roma.                     | PAST
        it | Il re firmò il trattato.                           | PAST
        it | La delegazione si sposterà in Vietnam.             | FUTURE
        it | Il governo firmerebbe l'accordo.                   | CONDITIONAL
        it | Il vertice è previsto a Roma.                      | FUTURE
        it | Il presidente è a Roma.                            | PRESENT
        it | Una bella giornata di sole.                        | UNKNOWN
        en | The talks ended in Geneva.                         | PAST
        en | The minister has signed the treaty.                | PAST
        en | The delegation will travel to Vietnam.             | FUTURE
        en | The vote is scheduled for Monday.                  | FUTURE
        en | The government would sign the deal.                | CONDITIONAL
        en | The president is in Rome.                          | PRESENT
        """)
    void surfacePatterns(String lang, String text, Tense expected) {
        Sentence s = new Sentence(text.strip(), 0, text.strip().length(), List.of());
        assertEquals(expected, ClauseTense.of(s, lang.strip()));
        assertEquals(expected, ClauseTense.of(text.strip(), lang.strip()));
    }

    @Test
    void nearestVerbGroupDecidesForAWord() {
        String text = "Kim è venuto in Russia a settembre e la delegazione partirà giovedì.";
        Sentence s = new Sentence(text, 100, 100 + text.length(), List.of());
        assertEquals(Tense.PAST, ClauseTense.near(s, "it", 100 + text.indexOf("settembre")));
        assertEquals(Tense.FUTURE, ClauseTense.near(s, "it", 100 + text.indexOf("giovedì")));
    }

    @Test
    void tokenFeaturesWinOverSurface() {
        // "ha firmato" with UD features: present auxiliary + past participle = PAST
        String text = "Putin ha firmato";
        List<Token> tokens = List.of(
                new Token("Putin", 0, 5, "PROPN", "Putin", Map.of()),
                new Token("ha", 6, 8, "AUX", "avere", Map.of("Mood", "Ind", "Tense", "Pres", "VerbForm", "Fin")),
                new Token("firmato", 9, 16, "VERB", "firmare", Map.of("Tense", "Past", "VerbForm", "Part")));
        assertEquals(Tense.PAST, ClauseTense.of(new Sentence(text, 0, 16, tokens), "it"));
        List<Token> cnd = List.of(new Token("firmerebbe", 0, 10, "VERB", "firmare",
                Map.of("Mood", "Cnd", "Tense", "Pres", "VerbForm", "Fin")));
        assertEquals(Tense.CONDITIONAL, ClauseTense.of(new Sentence("firmerebbe", 0, 10, cnd), "it"));
    }
}
