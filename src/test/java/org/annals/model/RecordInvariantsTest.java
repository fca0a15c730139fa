package org.annals.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RecordInvariantsTest {
    @Test
    void recordsCopyTheirLists() {
        List<String> headings = new ArrayList<>(List.of("Uno"));
        Article a = new Article("id1", null, "T", null, null, "it", "testo", headings, List.of());
        headings.add("Due");
        assertEquals(List.of("Uno"), a.headings());
        assertThrows(UnsupportedOperationException.class, () -> a.headings().add("x"));
    }

    @Test
    void blankOptionalTextBecomesNull() {
        Article a = new Article("id1", " ", "  ", null, "", null, "", List.of(), List.of());
        assertNull(a.url());
        assertNull(a.title());
        assertNull(a.publisher());
    }

    @Test
    void badValuesFailWithTheValueInTheMessage() {
        assertEquals("country must be ISO 3166-1 alpha-3, was 'Russia'",
                assertThrows(IllegalArgumentException.class, () -> new Actor("Russia", "RUS", "Russia")).getMessage());
        Actor rus = new Actor("Russia", "RUS", "RUS");
        assertEquals("cameo must be 2 to 4 digits, was 'AGREE'", assertThrows(IllegalArgumentException.class,
                () -> new Event(rus, null, "AGREE", null, 1, null, Status.ASSERTED, null, "s", "e")).getMessage());
        assertEquals("goldstein must be within [-10, 10], was 11.0", assertThrows(IllegalArgumentException.class,
                () -> new Event(rus, null, "057", null, 11, null, Status.ASSERTED, null, "s", "e")).getMessage());
        assertEquals("date must be YYYY, YYYY-MM or YYYY-MM-DD, was '19/06/2024'",
                assertThrows(IllegalArgumentException.class, () -> new Event(rus, null, "057", null, 8,
                        "19/06/2024", Status.ASSERTED, null, "s", "e")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Token("x", 5, 4, "X", "x", Map.of()));
        assertThrows(IllegalArgumentException.class, () -> new Sentence(" ", 0, 1, List.of()));
    }

    @Test
    void tokenFeaturesAreSorted() {
        Token t = new Token("avrebbe", 0, 7, "AUX", "avere", Map.of("Person", "3", "Mood", "Cnd", "Number", "Sing"));
        assertEquals(List.of("Mood", "Number", "Person"), List.copyOf(t.features().keySet()));
        assertEquals("Cnd", t.feature("Mood"));
    }
}
