package org.annals.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** UD Italian conventions applied after the tagger, on sentences written for these tests. */
class ItalianPosRulesTest {

    /**
     * @param rule     what the case shows
     * @param tokens   the tokens, space-separated
     * @param model    the tags the model might give
     * @param expected the tags after the rules
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        numbers in digits and symbols | Il PIL cresce del 3,5 % dal '90 , 1.000 o 12:30 e 1. 2 \
            | DET PROPN VERB ADP NOUN NOUN ADP NOUN PUNCT ADJ CCONJ NOUN CCONJ X ADJ \
            | DET PROPN VERB ADP NUM SYM ADP NUM PUNCT NUM CCONJ NUM CCONJ X NUM
        interrogative qual read as an adjective | Qual è il motivo ? | ADJ AUX DET NOUN PUNCT | PRON AUX DET NOUN PUNCT
        scorso is the adjective last | la settimana scorsa ha piovuto | DET NOUN VERB VERB VERB | DET NOUN ADJ AUX VERB
        scorso after an auxiliary stays a verb | il fiume è scorso | DET NOUN AUX VERB | DET NOUN AUX VERB
        L. before an amount is lire | costa L. 135.000 . | VERB PROPN NUM PUNCT | VERB NOUN NUM PUNCT
        avere before a participle read as a noun | l' ho mai fatto . | PRON VERB ADV NOUN PUNCT | PRON AUX ADV VERB PUNCT
        avere before a noun stays a verb | Ognuno ha diritto . | PRON VERB NOUN PUNCT | PRON VERB NOUN PUNCT
        abbreviated title before a name | l' on. Rossi dice | DET ADJ PROPN VERB | DET NOUN PROPN VERB
        """)
    void rules(String rule, String tokens, String model, String expected) {
        String[] tags = model.split(" ");
        ItalianPosRules.apply(tokens.split(" "), tags, ItalianLexicon.shared());
        assertEquals(expected, String.join(" ", tags), rule);
    }
}
