package org.annals.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.annals.model.Actor;
import org.annals.model.Event;
import org.annals.model.Location;
import org.annals.model.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventRowStoreTest {
    @TempDir
    Path folder;

    private static StoredEvent event(long id, String sentence, Actor target) {
        Event e = new Event(new Actor("Mosca", "RUSGOV", "RUS"), target, "057", "AGREE", 8.0, "2024-06",
                Status.ALLEGED, id % 2 == 0 ? new Location("Pyongyang", "PRK") : null, sentence, "firmato", 1, null,
                2, "sentence", id % 3 == 0 ? new Actor("the agency", "KORSPY", "KOR") : null);
        return new StoredEvent(id, "article-" + id / 1000, id % 2 == 0 ? "https://example.org/" + id : null,
                "example.org", "it", LocalDate.of(2024, 6, 19), LocalDate.of(2024, 6, 20), LocalDate.of(2024, 6, 1),
                id % 2 == 0, e);
    }

    @Test
    void givesBackEachRowByItsNumberAndNothingForAnotherId() {
        List<StoredEvent> events = List.of(event(1000, "Mosca e Pyongyang hanno firmato un patto.",
                new Actor("Pyongyang", "PRKGOV", "PRK")), event(1001, "Il patto sarebbe stato firmato ieri.", null),
                event(2000, "Un altro accordo è stato firmato.", new Actor("Seul", "KORGOV", "KOR")));
        try (EventRowStore rows = new EventRowStore(folder.resolve("events"))) {
            events.forEach(rows::add);
            rows.commit();
            assertEquals(List.of(events.get(2), events.get(0)), rows.rows(new int[] {2, 0}, new long[] {2000, 1000}));
            // a number holding another event, and one past the end, give nothing rather than a wrong row
            assertEquals(Arrays.asList(null, null, events.get(1)),
                    rows.rows(new int[] {0, 7, 1}, new long[] {1001, 3000, 1001}));
            assertThrows(IllegalArgumentException.class, () -> rows.add(events.get(0)));
        }
    }

    @Test
    void keepsWhatWasCommittedAndForgetsTheRest() {
        try (EventRowStore rows = new EventRowStore(folder.resolve("events"))) {
            rows.add(event(1000, "Primo.", null));
            rows.commit();
            rows.add(event(1001, "Secondo, mai confermato.", null));
        }
        try (EventRowStore rows = new EventRowStore(folder.resolve("events"))) {
            assertEquals(1000, rows.lastId());
            assertEquals(1, rows.size());
            assertNull(rows.rows(new int[] {1}, new long[] {1001}).get(0));
            assertEquals(1000, rows.rows(new int[] {0}, new long[] {1000}).get(0).id());
        }
    }

    @Test
    void aSecondStoreOnTheSameFolderIsRefused() {
        try (EventRowStore rows = new EventRowStore(folder.resolve("events"))) {
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> new EventRowStore(folder.resolve("events")));
            assertEquals(true, e.getMessage().contains("locked"), e.getMessage());
        }
    }
}
