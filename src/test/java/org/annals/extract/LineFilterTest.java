package org.annals.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.annals.extract.DateLines.Order;
import org.annals.extract.LineFilter.Block;
import org.annals.extract.LineFilter.DateKind;
import org.junit.jupiter.api.Test;

class LineFilterTest {

    private static final LineFilter FILTER = new LineFilter(BoilerplateRules.load());

    @Test
    void labelledDatesAndCombinedLines() {
        var both = FILTER.dateLine("Pubblicato: 19/06/2024 11:50 | Aggiornato: 20/06/2024 08:00", Order.DAY_FIRST);
        assertEquals(2, both.size());
        assertEquals(DateKind.PUBLISHED, both.get(0).kind());
        assertEquals(DateKind.UPDATED, both.get(1).kind());
        assertEquals(LocalDate.of(2024, 6, 20), both.get(1).value().date());

        var byline = FILTER.dateLine("Pubblicato da Redazione il 19 giugno 2024", Order.DAY_FIRST);
        assertEquals(1, byline.size());
        assertEquals(LocalDate.of(2024, 6, 19), byline.get(0).value().date());

        assertEquals(DateKind.PUBLISHED, FILTER.dateLine("Posted on 19 June 2024 at 11:50", Order.DAY_FIRST).get(0).kind());
        assertEquals(DateKind.PLAIN, FILTER.dateLine("19 giugno 2024", Order.DAY_FIRST).get(0).kind());
        assertTrue(FILTER.dateLine("Pubblicato il bando per la gara d'appalto", Order.DAY_FIRST).isEmpty());
    }

    @Test
    void shortLinesOfADateAndALabelAreDateLinesInAnyLanguage() {
        assertEquals(DateKind.PUBLISHED, FILTER.dateLine("Publiziert: 03.04.2020, 12:35", Order.DAY_FIRST).get(0).kind());
        assertEquals(DateKind.PUBLISHED, FILTER.dateLine("opublikowano: 7 kwietnia 2021", Order.DAY_FIRST).get(0).kind());
        assertEquals(DateKind.UPDATED, FILTER.dateLine("Letzte Änderung 14.02.2019", Order.DAY_FIRST).get(0).kind());
        assertEquals(DateKind.PLAIN, FILTER.dateLine("Dienstag, 4. Juni 2019, 15:54", Order.DAY_FIRST).get(0).kind());
        assertEquals(DateKind.PLAIN, FILTER.dateLine("8. November 2021 | Aktuelles", Order.DAY_FIRST).get(0).kind());
        assertTrue(FILTER.dateLine("Einsendeschluss: 03.11.2019 (Poststempel)", Order.DAY_FIRST).isEmpty(),
                "a deadline is content");
        assertTrue(FILTER.dateLine("Am 4. Juni 2019 beginnt der Umbau der Brücke", Order.DAY_FIRST).isEmpty());
    }

    @Test
    void filterKeepsContentAndReportsWhatItFound() {
        List<Block> blocks = List.of(new Block("Skip to content", false, 0), new Block("A title", false, 1),
                new Block("Updated: 20/06/2024", false, 2), new Block("Some body text.", false, 3),
                new Block("Source: Example Wire", false, 4));
        var result = FILTER.filter(blocks, Order.DAY_FIRST);
        assertEquals(List.of("A title", "Some body text."), result.kept().stream().map(Block::text).toList());
        assertEquals("Example Wire", result.publisher());
        assertEquals(3, result.removed());
        List<String> problems = new ArrayList<>();
        // only an update date: used, but said so
        assertEquals("2024-06-20", result.published(null, null, null, problems).toIso());
        assertEquals(List.of("publication date taken from a last-update line"), problems);
    }

    @Test
    void publicationWinsOverUpdateAndItalianWordingGivesRome() {
        List<Block> blocks = List.of(new Block("Aggiornato il 20 gennaio 2024 alle 10:00", false, 0),
                new Block("Pubblicato il 19 gennaio 2024 alle 9:30", false, 1));
        var result = FILTER.filter(blocks, Order.DAY_FIRST);
        List<String> problems = new ArrayList<>();
        assertEquals("2024-01-19T09:30+01:00", result.published(null, null, null, problems).toIso());
        assertEquals(List.of(), problems);
        assertNull(FILTER.filter(List.of(), Order.DAY_FIRST).published(null, null, null, problems));
    }

    @Test
    void numericOrderFollowsTheDocument() {
        assertEquals(Order.MONTH_FIRST, LineFilter.orderFor("en-US", ""));
        assertEquals(Order.DAY_FIRST, LineFilter.orderFor("it", "June 19, 2024"));
        assertEquals(Order.MONTH_FIRST, LineFilter.orderFor(null, "Published June 19, 2024"));
        assertEquals(Order.DAY_FIRST, LineFilter.orderFor(null, "Pubblicato: 06/07/2024"));
    }
}
