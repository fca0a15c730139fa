package org.annals.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.annals.model.Actor;
import org.junit.jupiter.api.Test;

class DictionaryActorResolverTest {
    private final DictionaryActorResolver r = DictionaryActorResolver.standard();

    private String code(String mention, String lang, String date) {
        Actor a = r.resolve(mention, lang, date == null ? null : LocalDate.parse(date));
        return a == null ? null : a.code();
    }

    @Test
    void peopleResolveByTheTermCoveringTheDate() {
        assertEquals("RUSGOV", code("Putin", "it", "2005-03-01"));
        assertEquals("RUSGOV", code("Vladimir Putin", "en", "2010-03-01"));
        assertEquals("RUSGOV", code("Putin", "en", "2024-06-19"));
        assertEquals("RUSGOV", code("Medvedev", "en", "2010-03-01"));
        assertEquals("RUSGOV", code("Medvedev", "en", "2021-03-01"));
        assertEquals("RUSELI", code("Putin", "en", "1995-01-01"));
        assertEquals("PRKELI", code("Kim Jong-un", "it", "2010-06-01"));
        assertEquals("PRKGOV", code("Kim Jong-un", "it", "2024-06-19"));
        assertEquals("USAELI", code("Donald Trump", "en", "2022-06-01"));
        assertEquals("USAGOV", code("Trump", "en", "2025-06-01"));
        assertEquals("USAMIL", code("John Kirby", "en", "2021-06-01"));
        assertEquals("IGOUNO", code("Guterres", "en", "2024-01-01"));
        assertEquals("PRTGOV", code("António Guterres", "en", "2000-01-01"));
        assertEquals("IGOWSTNAT", code("Mark Rutte", "en", "2025-01-01"));
        assertEquals("NLDGOV", code("Rutte", "en", "2020-01-01"));
        Actor kim = r.resolve("Kim Jong-un", "it", null);
        assertEquals(new Actor("Kim Jong-un", "PRKGOV", "PRK"), kim);
        assertEquals("ITA", r.resolve("Giorgia Meloni", "it", LocalDate.of(2024, 1, 1)).country());
    }

    @Test
    void variantsTransliterationsAndMisspellings() {
        for (String name : new String[] {"Kim Jong Un", "Kim Jong-Un", "Kim Jongun", "KIM JONG-UN", "Kim Joung-un",
                "Kim Jongg-un", "kim jong un"}) {
            assertEquals("PRKGOV", code(name, "it", "2024-06-19"), name);
        }
        assertEquals("UKRGOV", code("Zelenskyy", "en", "2023-01-01"));
        assertEquals("UKRGOV", code("Volodymyr Zelenskij", "it", "2023-01-01"));
        assertEquals("UKRGOV", code("Zelenskky", "it", "2023-01-01"));
        assertEquals("TURGOV", code("Erdogan", "it", "2023-01-01"));
        assertEquals("TURGOV", code("Recep Tayyip Erdoğan", "it", "2023-01-01"));
        assertNull(code("Kim", "it", "2024-06-19"), "a bare Kim names too many people");
        assertNull(code("Pulin", "it", "2024-06-19"), "short single names are matched exactly");
    }

    @Test
    void countriesAndMetonyms() {
        assertEquals("PRK", code("Corea del Nord", "it", null));
        assertEquals("PRK", code("Nordcorea", "it", null));
        assertEquals("PRK", code("RPDC", "it", null));
        assertEquals("PRK", code("DPRK", "en", null));
        assertEquals("USA", code("Stati Uniti d’America", "it", null));
        assertEquals("USA", code("gli Usa", "it", null));
        assertEquals("USA", code("America", "it", null));
        assertEquals("RUS", code("della Russia", "it", null));
        assertEquals("RUSGOV", code("il Cremlino", "it", null));
        assertEquals("RUSGOV", code("the Kremlin", "en", null));
        assertEquals("USAGOV", code("la Casa Bianca", "it", null));
        assertEquals("USAGOV", code("Washington", "en", null));
        assertEquals("USAMIL", code("il Pentagono", "it", null));
        assertEquals("KORGOV", code("Seul", "it", null));
        assertEquals("UKRGOV", code("Kyiv", "en", null));
        assertEquals("UKRGOV", code("Kiev", "it", null));
        assertEquals("CHNGOV", code("Pechino", "it", null));
        assertEquals("GBRGOV", code("Downing Street", "en", null));
        assertEquals("FRAGOV", code("l'Eliseo", "it", null));
        assertEquals("ITAGOV", code("Palazzo Chigi", "it", null));
        assertEquals("ITAGOV", code("la Farnesina", "it", null));
        assertEquals("PSE", code("Palestina", "it", null));
        assertEquals("XKX", code("Kosovo", "en", null));
    }

    @Test
    void roleWordsComposeWithCountries() {
        assertEquals("RUSGOV", code("il presidente russo", "it", null));
        assertEquals("RUSMIL", code("il ministero della Difesa russo", "it", null));
        assertEquals("KORMIL", code("the South Korean military", "en", null));
        assertEquals("UKRMIL", code("l'esercito ucraino", "it", null));
        assertEquals("UKRMIL", code("le forze armate di Kiev", "it", null));
        assertEquals("EDU", code("gli esperti", "it", null));
        assertEquals("VENOPP", code("l'opposizione venezuelana", "it", null));
        assertEquals("RUSMIL", code("Russia's defence ministry", "en", null));
        assertEquals("RUSMIL", code("the Russian defence ministry spokesman", "en", null));
        assertEquals("USAMIL", code("Pentagon spokesman", "en", null));
        assertEquals("CHNGOV", code("the government of China", "en", null));
        assertEquals("ITACVL", code("i manifestanti italiani", "it", null));
        assertEquals("RUSSPY", code("i servizi segreti russi", "it", null));
        assertEquals("FRAGOV", code("il ministro degli Esteri francese", "it", null));
    }

    @Test
    void organisationsAndMedia() {
        assertEquals("IGOUNO", code("il Consiglio di Sicurezza dell'ONU", "it", null));
        assertEquals("IGOUNO", code("le Nazioni Unite", "it", null));
        assertEquals("IGOWSTNAT", code("la Nato", "it", null));
        assertEquals("IGOEUREEC", code("l'Unione europea", "it", null));
        assertEquals("IGOUNOIAE", code("l'Aiea", "it", null));
        Actor tass = r.resolve("dalla Tass", "it", null);
        assertEquals(new Actor("TASS", "RUSMED", "RUS"), tass);
        assertEquals("PRKMED", code("KCNA", "en", null));
        assertEquals("KORMED", code("Yonhap", "en", null));
        assertEquals("ITAMED", code("l'Ansa", "it", null));
        assertEquals("USAMED", code("the Associated Press", "en", null));
        assertEquals("ITAMED", code("Corriere della Sera", "it", null));
        assertNull(code("un", "it", null), "the article is not the UN");
        assertNull(code("", "it", null));
        assertNull(code("la pioggia di ieri", "it", null));
    }
}
