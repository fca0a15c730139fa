package org.annals.events;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class InflectorTest {
    @Test
    void italianRegularConjugations() {
        Set<String> are = Inflector.forms("attaccare", true, "it");
        assertTrue(are.containsAll(Set.of("attacca", "attaccano", "attaccato", "attaccando", "attacchera", "attaccherebbe")));
        Set<String> ciare = Inflector.forms("lanciare", true, "it");
        assertTrue(ciare.contains("lancera"), ciare.toString());
        assertTrue(Inflector.forms("combattere", true, "it").containsAll(Set.of("combatte", "combattuto", "combattendo")));
        assertTrue(Inflector.forms("fornire", true, "it").containsAll(Set.of("fornisce", "fornito", "fornira")));
        assertFalse(Inflector.forms("dire", true, "it").contains("di"), "short irregular stems are listed, not derived");
    }

    @Test
    void italianFuturesAreTold() {
        assertTrue(Inflector.italianFutures("firmare").contains("firmera"));
        assertFalse(Inflector.italianFutures("dichiarare").contains("dichiara"), "present, not future");
        assertFalse(Inflector.italianFutures("ritirare").contains("ritira"));
    }

    @Test
    void nounsAndEnglish() {
        assertTrue(Inflector.forms("attacco", false, "it").contains("attacchi"));
        assertTrue(Inflector.forms("sanzione", false, "it").contains("sanzioni"));
        assertTrue(Inflector.forms("deny", true, "en").containsAll(Set.of("denies", "denied", "denying")));
        assertTrue(Inflector.forms("invade", true, "en").containsAll(Set.of("invades", "invaded", "invading")));
        assertTrue(Inflector.forms("ban", true, "en").contains("banned"));
        assertTrue(Inflector.forms("embassy", false, "en").contains("embassies"));
    }
}
