package org.annals.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.annals.actors.ActorDictionary;
import org.annals.actors.DictionaryFormatException;
import org.junit.jupiter.api.Test;

/** The ISO 3166 → FIPS 10-4 table. */
class FipsCountriesTest {
    private final FipsCountries fips = FipsCountries.standard();

    @Test
    void codesThatDifferFromIsoAreFips() {
        assertEquals("GM", fips.get("DEU").fips());
        assertEquals("UK", fips.get("GBR").fips());
        assertEquals("RS", fips.get("RUS").fips());
        assertEquals("KN", fips.get("PRK").fips());
        assertEquals("KS", fips.get("KOR").fips());
        assertEquals("IT", fips.get("ITA").fips());
        assertEquals("CH", fips.get("CHN").fips());
        assertEquals("SZ", fips.get("CHE").fips());
        assertEquals("UP", fips.get("UKR").fips());
        assertEquals("North Korea", fips.get("PRK").name());
        assertNull(fips.get("ALA"));
        assertNull(fips.get(null));
    }

    @Test
    void everyCountryOfTheActorDictionaryHasAFipsCode() {
        ActorDictionary.standard().countries().keySet()
                .forEach(iso3 -> assertNotNull(fips.get(iso3), iso3 + " has no FIPS code in fips10-4.tsv"));
        assertTrue(fips.all().size() >= 240, "the world's countries: " + fips.all().size());
    }

    @Test
    void badLinesNameTheFileAndLine() {
        DictionaryFormatException twice = assertThrows(DictionaryFormatException.class,
                () -> FipsCountries.parse("t.tsv", "# c\nDEU\tGM\tGermany\nAUT\tGM\tAustria\n"));
        assertEquals("t.tsv:3: FIPS code GM is already given to DEU", twice.getMessage());
        DictionaryFormatException iso = assertThrows(DictionaryFormatException.class,
                () -> FipsCountries.parse("t.tsv", "DE\tGM\tGermany\n"));
        assertEquals("t.tsv:1: iso3 must be three capital letters, was 'DE'", iso.getMessage());
    }
}
