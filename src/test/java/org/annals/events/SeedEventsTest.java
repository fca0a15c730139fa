package org.annals.events;

import org.annals.testing.SeedArticle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.annals.model.Event;
import org.annals.model.Status;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The canonical seed article (shared data, skipped when absent): the events an analyst would code. */
class SeedEventsTest {
    private static List<Event> events;

    @BeforeAll
    static void codeSeed() throws IOException {
        List<String> lines = SeedArticle.raw().lines().toList();
        // As extraction leaves it: the body after the date line, without "Leggi anche" and the footer;
        // short lines without a final stop are headings.
        StringBuilder text = new StringBuilder();
        List<String> headings = new ArrayList<>();
        boolean body = false;
        for (String line : lines) {
            String l = line.strip();
            if (l.startsWith("Pubblicato:")) {
                body = true;
                continue;
            }
            if (!body || l.isEmpty() || l.startsWith("Leggi anche") || l.startsWith("Continua a leggere")) {
                continue;
            }
            if (l.split("\\s+").length <= 12 && !l.matches(".*[.!?]$")) {
                headings.add(l);
            }
            text.append(l).append("\n\n");
        }
        events = TestArticles.code(text.toString(), "it", TestArticles.at("2024-06-19T11:50+02:00"), headings);
        events.forEach(e -> System.out.println(TestArticles.show(e)));
    }

    /**
     * The event from source country to target (country, or actor code for organisations) with a code
     * among {@code codes} (a two-digit entry accepts the whole root), the date and the status.
     */
    private static Event find(String source, String target, List<String> codes, String date, Status status) {
        for (Event e : events) {
            String t = e.target() == null ? null : e.target().country() != null ? e.target().country() : e.target().code();
            boolean codeOk = codes.stream().anyMatch(c -> c.length() == 2 ? e.cameo().startsWith(c) : e.cameo().equals(c));
            if (source.equals(e.source().country()) && target.equals(t) && codeOk && Objects.equals(date, e.date())
                    && e.status() == status) {
                return e;
            }
        }
        throw new AssertionError(source + " -" + codes + " " + status + "-> " + target + " " + date
                + " not among:\n" + String.join("\n", events.stream().map(TestArticles::show).toList()));
    }

    @Test
    void theTreatyIsSignedByBothSides() {
        Event e = find("RUS", "PRK", List.of("057"), "2024-06-19", Status.ASSERTED);
        assertEquals("RUSGOV", e.source().code());
        assertEquals("SUPPORT", e.plover());
        assertEquals(8.0, e.goldstein());
        assertEquals(1, e.quadClass());
        assertTrue(e.evidence().contains("firmato"), e.evidence());
        assertEquals("clause", e.dateSource());
        find("PRK", "RUS", List.of("057"), "2024-06-19", Status.ASSERTED);
    }

    @Test
    void theVisitAndTheMeetings() {
        Event visit = find("RUS", "PRK", List.of("042", "043"), "2024-06-18", Status.ASSERTED);
        assertEquals("RUSGOV", visit.source().code());
        Event meet = find("RUS", "PRK", List.of("036", "040", "044"), "2024-06-19", Status.ASSERTED);
        assertNotNull(meet.location());
        assertEquals("Pyongyang", meet.location().name());
        assertEquals("PRK", meet.location().country());
        assertTrue(meet.mentions() >= 2, "the meeting is reported more than once: " + meet.mentions());
        find("PRK", "RUS", List.of("036", "040", "044"), "2024-06-19", Status.ASSERTED);
    }

    @Test
    void northKoreaMeansToStrengthenCooperationAsReported() {
        Event e = find("PRK", "RUS", List.of("03"), "2024-06-19", Status.REPORTED);
        assertNotNull(e.attribution(), "said by Kim, via TASS");
        assertEquals("PRK", e.attribution().country());
    }

    @Test
    void putinDenouncesUnitedStatesPolicyWithoutAFightEvent() {
        Event e = find("RUS", "USA", List.of("111", "112"), "2024-06-19", Status.REPORTED);
        assertTrue(e.pattern().contains("combattere"), e.pattern());
        assertTrue(events.stream().noneMatch(x -> x.cameo().startsWith("19") && "USA".equals(
                x.target() == null ? null : x.target().country())), "no fight against the United States");
    }

    @Test
    void earlierVisits() {
        find("PRK", "RUS", List.of("042"), "2023-09", Status.ASSERTED);
        find("RUS", "PRK", List.of("042"), "2000", Status.ASSERTED);
    }

    @Test
    void theDelegationWillGoToVietnamOnThursday() {
        Event e = find("RUS", "VNM", List.of("042"), "2024-06-20", Status.PLANNED);
        assertEquals("clause", e.dateSource());
    }

    @Test
    void armsSupplyIsAllegedBySouthKoreanIntelligence() {
        Event e = find("PRK", "RUS", List.of("07", "06"), null, Status.ALLEGED);
        assertEquals("KORSPY", e.attribution().code());
    }

    @Test
    void invasionOfUkraineIn2022() {
        Event e = find("RUS", "UKR", List.of("19"), "2022", Status.ASSERTED);
        assertEquals(4, e.quadClass());
    }

    @Test
    void vetoAtTheUnitedNations() {
        find("RUS", "IGOUNO", List.of("16", "12"), "2024-06-19", Status.ASSERTED);
    }

    @Test
    void kirbyVoicesConcern() {
        Event rus = find("USA", "RUS", List.of("012", "11"), "2024-06-19", Status.ASSERTED);
        assertEquals("USAGOV", rus.source().code());
        find("USA", "PRK", List.of("012", "11"), "2024-06-19", Status.ASSERTED);
    }

    @Test
    void noEventFromSpeculationOrFromTheHeadlineQuotes() {
        for (Event e : events) {
            assertFalse(e.sentence().contains("basi solide"), TestArticles.show(e));
            assertFalse(e.sentence().startsWith("\u201CCombattiamo"), TestArticles.show(e));
            assertFalse(e.sentence().contains("Leggi anche"), TestArticles.show(e));
            assertNotNull(e.source().code(), TestArticles.show(e));
        }
        long merged = events.stream().filter(e -> e.mentions() > 1).count();
        assertTrue(merged >= 1, "repeated events are merged");
    }
}
