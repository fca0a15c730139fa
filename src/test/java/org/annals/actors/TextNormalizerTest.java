package org.annals.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {
    @Test
    void foldsCaseAccentsApostrophesAndHyphens() {
        assertEquals("consiglio di sicurezza dell onu", TextNormalizer.key("Consiglio di Sicurezza dell’ONU"));
        assertEquals("kim jong un", TextNormalizer.key("KIM JONG‑UN"));
        assertEquals("erdogan", TextNormalizer.key("Erdoğan"));
        assertEquals("peru", TextNormalizer.fold("Perù"));
        assertEquals("russia s", TextNormalizer.key("Russia's"));
    }
}
