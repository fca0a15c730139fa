package org.annals.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ActorDictionaryTest {
    private final ActorDictionary dict = ActorDictionary.standard();

    @Test
    void everyUnMemberStateAndTheUsualOthers() {
        long members = dict.countries().values().stream().filter(c -> c.status().equals("member")).count();
        assertEquals(193, members);
        for (String iso : List.of("VAT", "PSE", "XKX", "TWN", "HKG", "ESH")) {
            assertNotNull(dict.country(iso), iso);
        }
        assertEquals("observer", dict.country("PSE").status());
    }

    @Test
    void everyCountryHasAName() {
        Set<String> named = dict.entries().stream()
                .filter(e -> e.kind() == DictionaryEntry.Kind.COUNTRY)
                .map(e -> e.country().iso3()).collect(Collectors.toSet());
        assertEquals(dict.countries().keySet(), named);
    }

    @Test
    void demonymShorthandExpandsGendersAndNumbers() {
        Set<String> russian = dict.entries().stream()
                .filter(e -> e.kind() == DictionaryEntry.Kind.DEMONYM && e.country().iso3().equals("RUS"))
                .map(DictionaryEntry::surface).collect(Collectors.toSet());
        assertTrue(russian.containsAll(Set.of("russo", "russa", "russi", "russe", "Russian", "Russians")), russian.toString());
        Set<String> us = dict.entries().stream()
                .filter(e -> e.kind() == DictionaryEntry.Kind.DEMONYM && e.country().iso3().equals("USA"))
                .map(DictionaryEntry::surface).collect(Collectors.toSet());
        assertTrue(us.containsAll(Set.of("statunitense", "statunitensi", "americane")), us.toString());
    }

    @Test
    void seatsDefaultToGovernmentAndMayNameAnotherRole() {
        DictionaryEntry pentagon = dict.entries().stream().filter(e -> e.surface().equals("Pentagono")).findFirst().orElseThrow();
        assertEquals(CameoRole.MIL, pentagon.role());
        DictionaryEntry kremlin = dict.entries().stream().filter(e -> e.surface().equals("Cremlino")).findFirst().orElseThrow();
        assertEquals(CameoRole.GOV, kremlin.role());
        assertEquals("RUS", kremlin.country().iso3());
    }

    @Test
    void badLinesFailWithFileAndLine() {
        String header = "# comment\n\n";
        DictionaryFormatException e = assertThrows(DictionaryFormatException.class, () -> ActorDictionary.load(Map.of(
                "people.tsv", header + "putin\tVladimir Putin\t\tRUS\tpresident\t\t2000-05-07\t2008-13-01\t\t\n")));
        assertEquals("people.tsv:3: bad date '2008-13-01' in column to (write YYYY-MM-DD)", e.getMessage());

        e = assertThrows(DictionaryFormatException.class, () -> ActorDictionary.load(Map.of(
                "people.tsv", "x\tX Y\t\tRUX\tpresident\t\t2000-05-07\t\t\t\n")));
        assertEquals("people.tsv:1: unknown country code 'RUX' (not in countries.tsv)", e.getMessage());

        e = assertThrows(DictionaryFormatException.class, () -> ActorDictionary.load(Map.of(
                "people.tsv", "x\tX Y\t\tRUS\tczar\t\t2000-05-07\t\t\t\n")));
        assertTrue(e.getMessage().startsWith("people.tsv:1: unknown office 'czar'"), e.getMessage());

        e = assertThrows(DictionaryFormatException.class, () -> ActorDictionary.load(Map.of(
                "agents.it.tsv", "\n\n\nsoldati\tSOL\t\t\n")));
        assertTrue(e.getMessage().startsWith("agents.it.tsv:4: unknown CAMEO role 'SOL'"), e.getMessage());

        e = assertThrows(DictionaryFormatException.class, () -> ActorDictionary.load(Map.of(
                "countries.tsv", "RUS\tRUS\tmember\tRussia\nZZZ\tZZZ\tmember\tNowhere\n")));
        assertTrue(e.getMessage().startsWith("countries.tsv:2: 'ZZZ' is not an ISO 3166-1 alpha-3 code"), e.getMessage());

        e = assertThrows(DictionaryFormatException.class, () -> ActorDictionary.load(Map.of(
                "countries.it.tsv", "RUS\tRussia\tgreco*\t\n")));
        assertTrue(e.getMessage().startsWith("countries.it.tsv:1: 'greco*': write the four forms"), e.getMessage());

        e = assertThrows(DictionaryFormatException.class, () -> ActorDictionary.load(Map.of(
                "organisations.tsv", "tass\tTASS\tmedia\tRUS\tRUSXYZ\t\n")));
        assertEquals("organisations.tsv:1: CAMEO code 'RUSXYZ': unknown role 'XYZ'", e.getMessage());
    }
}
