package org.annals.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.annals.actors.DictionaryFormatException;
import org.junit.jupiter.api.Test;

class PatternDictionaryTest {
    private static PatternDictionary it(String lines) {
        return PatternDictionary.parse("p.tsv", lines, "it", Codebook.standard());
    }

    @Test
    void generatedFormsFindTheTrigger() {
        PatternDictionary d = it("verb\t057\tfirmare\t-\taccordo|trattato\tsym\n");
        for (String form : List.of("firma", "firmato", "firmano", "firmera", "firmerebbe", "firmando", "firmo")) {
            assertEquals("057", d.candidates(form, null).get(0).code(), form);
        }
        assertTrue(d.candidates("firmamento", null).isEmpty());
        assertTrue(d.futures().contains("firmera"));
        assertFalse(d.futures().contains("firma"));
    }

    @Test
    void lemmasFromTheLanguageLayerFindIrregularForms() {
        PatternDictionary d = it("verb\t043\tricevere\t-\t-\t-\n");
        assertTrue(d.candidates("ricevette", null).isEmpty());
        assertEquals("043", d.candidates("ricevette", "ricevere").get(0).code());
    }

    @Test
    void patternsWithAComplementComeFirst() {
        PatternDictionary d = it("verb\t070\tfornire\t-\t-\ttarget=a\nverb\t072\tfornire\t-\tarmi\ttarget=a\n");
        List<Pattern> c = d.candidates("fornito", null);
        assertEquals(List.of("072", "070"), c.stream().map(Pattern::code).toList());
        assertTrue(c.get(0).complementMatches("armi"));
        assertTrue(c.get(0).id().startsWith("p.tsv:2 fornire+armi"), c.get(0).id());
    }

    @Test
    void multiWordReflexiveAndStemPatterns() {
        PatternDictionary d = it("verb\t057\tmettere a punto\tmesso\taccordo\tsym\nverb\t042\trecarsi\t-\t-\ttarget=a,in\n"
                + "verb\t190\tcombattere\tcombatt*\t-\tfig=111\n");
        Pattern p = d.candidates("messo", null).get(0);
        assertEquals(List.of("a", "punto"), p.rest());
        Pattern r = d.candidates("recato", null).get(0);
        assertTrue(r.reflexive());
        assertEquals(java.util.Set.of("a", "in"), r.targetPreps());
        assertEquals("111", d.candidates("combattiamo", null).get(0).figurative());
    }

    @Test
    void badLinesNameFileAndLine() {
        DictionaryFormatException e = assertThrows(DictionaryFormatException.class,
                () -> it("# header\nverb\t057\tfirmare\t-\t-\t-\nverb\t999\tboh\t-\t-\t-\n"));
        assertEquals(3, e.line());
        assertTrue(e.getMessage().contains("p.tsv:3"), e.getMessage());
        assertThrows(DictionaryFormatException.class, () -> it("adverb\t057\tfirmare\t-\t-\t-\n"));
        assertThrows(DictionaryFormatException.class, () -> it("verb\t057\tfirmare\t-\t-\tsimmetrico\n"));
        assertThrows(DictionaryFormatException.class, () -> it("frame\t010\tdire\t-\t-\t-\n"));
        assertThrows(DictionaryFormatException.class, () -> it("verb\t057\tfirmare\t-\t-\tfig=999\n"));
        assertThrows(DictionaryFormatException.class, () -> it("verb\t057\n"));
    }

    @Test
    void theShippedFilesLoadAndCoverAllTwentyRoots() {
        for (String lang : List.of("it", "en")) {
            String file = "patterns." + lang + ".tsv";
            PatternDictionary d = PatternDictionary.parse(file, Codebook.resource(file), lang, Codebook.standard());
            assertTrue(d.size() > 250, lang + " " + d.size());
            java.util.Set<String> roots = new java.util.TreeSet<>();
            for (String line : Codebook.resource(file).split("\n")) {
                String[] c = line.split("\t");
                if (c.length > 1 && !line.startsWith("#") && !c[1].equals("-")) {
                    roots.add(c[1].substring(0, 2));
                }
            }
            assertEquals(20, roots.size(), lang + " roots " + roots);
        }
    }
}
