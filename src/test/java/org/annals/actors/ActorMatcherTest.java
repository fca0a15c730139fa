package org.annals.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.annals.model.Sentence;
import org.junit.jupiter.api.Test;

class ActorMatcherTest {
    private final ActorMatcher m = ActorMatcher.standard();
    private static final LocalDate D = LocalDate.of(2024, 6, 19);

    private List<String> found(String text, String lang) {
        return m.find(text, lang, D).stream()
                .map(x -> x.text() + "=" + (x.actor() == null ? x.how() : x.actor().code())).toList();
    }

    @Test
    void longestMatchesWithOffsets() {
        String text = "Ieri la Corea del Sud e il Regno Unito hanno parlato.";
        List<ActorMention> ms = m.find(text, "it", D);
        assertEquals(2, ms.size());
        assertEquals("Corea del Sud", text.substring(ms.get(0).start(), ms.get(0).end()));
        assertEquals("KOR", ms.get(0).actor().code());
        assertEquals("GBR", ms.get(1).actor().code());
    }

    @Test
    void namesNeedCapitalsAndAcronymsNeedAllCaps() {
        assertEquals(List.of(), found("Lui usa un'auto e ha detto a us che era nato ieri.", "it"));
        assertEquals(List.of("Usa=USA", "ONU=IGOUNO"), found("Gli Usa e l'ONU.", "it"));
        assertEquals(List.of("US=USA", "UN=IGOUNO"), found("Tell us: the US and the UN agreed.", "en"));
    }

    @Test
    void composesRolesCountriesAndNames() {
        assertEquals(List.of("presidente russo Vladimir Putin=RUSGOV"),
                found("Lo ha detto il presidente russo Vladimir Putin.", "it"));
        assertEquals(List.of("Russian President Vladimir Putin=RUSGOV", "Kyiv=UKRGOV"),
                found("Russian President Vladimir Putin warned Kyiv.", "en"));
        assertEquals(List.of("portavoce del Cremlino, Dmitry Peskov=RUSGOV"),
                found("Lo ha detto il portavoce del Cremlino, Dmitry Peskov.", "it"));
        assertEquals(List.of("Pyongyang=PRKGOV", "leader nordcoreano Kim Jong-un=PRKGOV"),
                found("a Pyongyang il leader nordcoreano Kim Jong-un", "it"));
        assertEquals(List.of("South Korean military=KORMIL", "North Korea=PRK"),
                found("The South Korean military said North Korea fired.", "en"));
    }

    @Test
    void locativeMentionsAreFlagged() {
        List<ActorMention> ms = m.find("Putin è arrivato a Pyongyang.", "it", D);
        assertFalse(ms.get(0).locative());
        assertTrue(ms.get(1).locative());
    }

    @Test
    void sentenceOffsetsAreArticleOffsets() {
        Sentence s = new Sentence("Mosca tace.", 100, 111, List.of());
        ActorMention x = m.find(s, "it", D).get(0);
        assertEquals(100, x.start());
        assertEquals(105, x.end());
    }

    @Test
    void personMisspellingsAreToleratedOnlyInLongTokens() {
        assertEquals(List.of("Kim Joung-un=PRKGOV"), found("Kim Joung-un ha parlato.", "it"));
        assertEquals(List.of("Kim Jnog-un=PRKGOV"), found("Kim Jnog-un ha parlato.", "it"));
        assertEquals(List.of("Netanyahou=ISRGOV"), found("Netanyahou ha parlato.", "it"));
        assertEquals(List.of(), found("Patin ha parlato.", "it"));
        assertTrue(ActorMatcher.distanceAtMostOne("jong", "joung"));
        assertTrue(ActorMatcher.distanceAtMostOne("jong", "jnog"));
        assertFalse(ActorMatcher.distanceAtMostOne("jong", "jungo"));
    }

    @Test
    void aSmallDictionaryWorksToo() {
        ActorDictionary d = ActorDictionary.load(Map.of("people.tsv",
                "rossi\tMario Rossi\tRossi\tITA\tminister\tMinistro\t2020-01-01\t\t\t\n"));
        ActorMatcher small = new ActorMatcher(d);
        assertEquals("ITAGOV", small.find("Rossi ha detto.", "it", D).get(0).actor().code());
        assertEquals("ITAELI", small.find("Rossi ha detto.", "it", LocalDate.of(2019, 1, 1)).get(0).actor().code());
    }

    @Test
    void benchmarkReportsThroughput() {
        List<String> lines = ActorMatcherBenchmark.run(List.of("Il presidente russo Vladimir Putin a Pyongyang.",
                "The South Korean military said."), null, D, 1);
        assertEquals(2, lines.size());
        assertTrue(lines.get(1).contains("sentences/s"), lines.get(1));
    }
}
