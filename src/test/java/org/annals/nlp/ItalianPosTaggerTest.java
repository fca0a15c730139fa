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
        "Il tessuto appare molto ramificato .     | 4 | ADJ", // an adjective after "molto", not a participle
        "È questo il problema da risolvere .      | 1 | PRON", // "questo" before an article: a pronoun
        "Penso che siano proposte serie .         | 3 | NOUN", // a noun followed by its adjective
        "Ieri Rifondazione e Verdi hanno votato . | 1 | PROPN", // a capitalised name inside the sentence
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
