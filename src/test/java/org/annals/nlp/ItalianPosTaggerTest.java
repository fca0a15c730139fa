package org.annals.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The second pass re-tags words whose tag the words after them decide. */
class ItalianPosTaggerTest {
    private static final ItalianPosTagger TAGGER = new ItalianPosTagger();

    @ParameterizedTest(name = "{0} [{1}] = {2}")
    @CsvSource(delimiter = '|', value = {
        // sentence | token | tag after both passes
        "Quando fu firmato il trattato ?           | 0 | ADV", // a question's "quando": an adverb, not a conjunction
        "Le famiglie hanno meno risparmi di prima . | 2 | VERB", // "hanno" with a noun after it: possession
        "Qual è la capitale della Francia ?        | 0 | PRON", // a capitalised "Qual" before a verb: a pronoun
        "Penso sia una buona idea .                | 1 | AUX", // "sia" as the copula of a clause, not "sia ... sia"
    })
    void secondPassReadsTheFollowingWords(String sentence, int token, String tag) {
        String[] tokens = sentence.trim().split(" ");
        assertEquals(tag, TAGGER.tag(tokens)[token]);
        assertNotEquals(tag, TAGGER.firstPassTags(tokens)[token], "the first pass alone already gets it");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Il sindaco di Bari ha firmato l' accordo . | DET NOUN ADP PROPN AUX VERB DET NOUN PUNCT",
        "Domani il governo presenterà la riforma .  | ADV DET NOUN VERB DET NOUN PUNCT",
    })
    void plainSentences(String sentence, String tags) {
        assertEquals(tags, String.join(" ", TAGGER.tag(sentence.trim().split(" "))));
    }
}
