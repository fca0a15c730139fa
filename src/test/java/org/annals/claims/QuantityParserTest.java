package org.annals.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.annals.model.Quantity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuantityParserTest {
    private static final QuantityParser IT = new QuantityParser(ClaimWords.load("it"), "it");
    private static final QuantityParser EN = new QuantityParser(ClaimWords.load("en"), "en");

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Sono arrivati 11.000 container di ricambi.|11000|container",
        "Il debito sale a 1,2 miliardi di dollari.|1.2e9|USD",
        "Il piano vale 4,5 miliardi di euro.|4.5e9|EUR",
        "Lo stanziamento è di €300 milioni.|3e8|EUR",
        "La quota è salita al 40%.|40|%",
        "La quota è salita al 40 per cento.|40|%",
        "Sono rimaste ferite tre persone.|3|persone",
        "Hanno marciato venticinque soldati.|25|soldati",
        "Sono fuggiti duemila profughi.|2000|profughi",
        "Servono 10 mila tende.|10000|tende",
        "Hanno firmato un milione di cittadini.|1e6|cittadini",
        "Furono spesi 1.234.567 euro.|1234567|EUR",
        "Sono state prodotte 2.500,5 tonnellate.|2500.5|tonnellate",
    })
    void italian(String sentence, double value, String unit) {
        assertEquals(List.of(new Quantity(value, unit)), IT.parse(sentence));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The fund raised $1.2bn last year.|1.2e9|USD",
        "They shipped two million barrels.|2e6|barrels",
        "Some 11,000 troops crossed the river.|11000|troops",
        "Output fell by 1.5 million tonnes.|1.5e6|tonnes",
        "Unemployment rose to 7.5 percent.|7.5|%",
        "Twenty-five soldiers were wounded.|25|soldiers",
        "A million people marched.|1e6|people",
        "The bill costs 300 million euros.|3e8|EUR",
        "It sold one hundred and twenty houses.|120|houses",
    })
    void english(String sentence, double value, String unit) {
        assertEquals(List.of(new Quantity(value, unit)), EN.parse(sentence));
    }

    @Test
    void separatorsFollowTheLanguage() {
        assertEquals(1.2, IT.number("1,2"));
        assertEquals(11000.0, IT.number("11.000"));
        assertEquals(1200.0, EN.number("1,200"));
        assertEquals(1.2, EN.number("1.2"));
        assertEquals(1200000.0, IT.number("1,200,000"));
        QuantityParser any = new QuantityParser(ClaimWords.load("it", "en"), null);
        assertEquals(11000.0, any.number("11.000"));
        assertEquals(11000.0, any.number("11,000"));
        assertEquals(1.5, any.number("1,5"));
    }

    @Test
    void yearsDatesAndReferencesAreNotQuantities() {
        assertTrue(IT.parse("Gli accordi del 1961, 2000 e 2001 restano in vigore.").isEmpty());
        assertTrue(IT.parse("Nel 2022 la guerra è ricominciata.").isEmpty());
        assertTrue(IT.parse("Martedì 18 giugno è arrivato alle 11:50, pubblicato il 19/06/2024.").isEmpty());
        assertTrue(IT.parse("I due leader hanno firmato.").isEmpty());
        assertTrue(IT.parse("Una delegazione è partita.").isEmpty());
        assertTrue(EN.parse("On June 19, 2024 the two leaders met in 2000 ways.").stream()
                .noneMatch(q -> q.value() == 19 || q.value() == 2024 || q.value() == 2));
        assertTrue(EN.parse("Since 1961 the treaty has held.").isEmpty());
        assertEquals(List.of(new Quantity(2000, "soldati")), IT.parse("Sono stati inviati 2000 soldati."));
    }

    @Test
    void bareFiguresCodesAndLinksAreNotQuantities() {
        assertTrue(IT.parse("(14) Le norme restano in vigore.").isEmpty());
        assertTrue(EN.parse("See http://example.org/story?id=16473 for details.").isEmpty());
        assertTrue(IT.parse("Se sei un tipo preciso, leggi tutto.").isEmpty());
        assertEquals(List.of(new Quantity(5e5, null)), IT.parse("Erano in 500 mila."));
    }

    @Test
    void numberWordsNeedAUnit() {
        assertTrue(IT.parse("Ne ha parlato con tre.").isEmpty());
        assertTrue(EN.parse("He met two of them.").isEmpty());
    }
}
