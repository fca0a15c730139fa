package org.annals.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.annals.model.Actor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameActorResolverTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "la Tass|Tass",
        "dalla Tass|Tass",
        "dell'agenzia Ansa|agenzia Ansa",
        "l’Onu|Onu",
        "il presidente|presidente",
        "gli esperti|esperti",
        "The Kremlin|Kremlin",
        "Kim Jong-un|Kim Jong-un",
        "  «Vladimir Putin», |Vladimir Putin",
        "La|La",
    })
    void cleansLeadingArticlesAndPrepositions(String mention, String name) {
        assertEquals(new Actor(name, null, null), new NameActorResolver().resolve(mention, "it", null));
    }

    @Test
    void blankMentionsResolveToNull() {
        assertNull(new NameActorResolver().resolve(" , ", null, null));
        assertNull(new NameActorResolver().resolve(null, null, null));
    }
}
