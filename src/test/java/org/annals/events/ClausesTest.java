package org.annals.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.annals.events.Clauses.Clause;
import org.annals.events.Clauses.Kind;
import org.annals.events.Words.Word;
import org.annals.model.Sentence;
import org.junit.jupiter.api.Test;

class ClausesTest {
    private static List<String> split(String text, String lang, java.util.Set<String> verbs, java.util.Set<String> frames) {
        List<Word> w = Words.of(new Sentence(text, 0, text.length(), List.of()));
        List<Clause> cs = Clauses.split(w, Grammar.of(lang), i -> verbs.contains(w.get(i).key()),
                i -> frames.contains(w.get(i).key()));
        return cs.stream().map(c -> c.kind() + ":" + String.join(" ", w.subList(c.from(), c.to()).stream()
                .map(Word::key).toList())).toList();
    }

    @Test
    void gerundsRelativesAndSubordinates() {
        assertEquals(List.of("MAIN:lo ha detto putin ,", "DEPENDENT:incontrando kim"),
                split("Lo ha detto Putin, incontrando Kim", "it", java.util.Set.of(), java.util.Set.of()));
        assertEquals(List.of("MAIN:la cina ,", "RELATIVE:che ha firmato ;", "MAIN:tace ."),
                split("La Cina, che ha firmato; tace.", "it", java.util.Set.of(), java.util.Set.of()));
        assertEquals(List.of("MAIN:blinken ,", "RELATIVE:who visited china ,", "RESUMED:criticized beijing ."),
                split("Blinken, who visited China, criticized Beijing.", "en", java.util.Set.of("criticized"),
                        java.util.Set.of()));
        assertEquals(List.of("MAIN:russia attacked ,", "SUBORDINATE:while china watched ."),
                split("Russia attacked, while China watched.", "en", java.util.Set.of(), java.util.Set.of()));
    }

    @Test
    void contentOfSpeechVerbsAndCoordinatedVerbs() {
        assertEquals(List.of("MAIN:x ha detto", "CONTENT:che y ha firmato ."),
                split("X ha detto che Y ha firmato.", "it", java.util.Set.of("ha"), java.util.Set.of("detto")));
        assertEquals(List.of("MAIN:la russia", "DEPENDENT:e ha firmato ."),
                split("La Russia e ha firmato.", "it", java.util.Set.of("ha"), java.util.Set.of()));
        assertEquals(List.of("MAIN:la russia e la cina hanno firmato ."),
                split("La Russia e la Cina hanno firmato.", "it", java.util.Set.of("hanno"), java.util.Set.of()));
        assertEquals(Kind.MAIN, Kind.valueOf("MAIN"));
    }
}
