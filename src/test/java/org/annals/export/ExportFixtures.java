package org.annals.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.annals.model.Actor;
import org.annals.model.Event;
import org.annals.model.Location;
import org.annals.model.Status;
import org.annals.store.StoredEvent;

/** Stored events written by hand for the export tests. */
final class ExportFixtures {
    static final Actor PUTIN = new Actor("Vladimir Putin", "RUSGOV", "RUS");
    static final Actor KIM = new Actor("Kim Jong Un", "PRKGOV", "PRK");
    static final Actor UN = new Actor("United Nations", "IGOUNO", null);

    private ExportFixtures() {}

    /** Russia's government signs an agreement with North Korea's in Pyongyang, asserted, on 19 June 2024. */
    static StoredEvent treaty() {
        Event e = new Event(PUTIN, KIM, "057", "AGREE", 8.0, "2024-06-19", Status.ASSERTED,
                new Location("Pyongyang", "PRK"),
                "Putin e Kim hanno firmato a Pyongyang un trattato di partenariato strategico globale.",
                "hanno firmato un trattato", 1, "patterns.it.tsv:139 firmare+trattato", 2, "clause", null);
        return new StoredEvent(42L, "696dc67a14f88ebb", "https://www.example.it/esteri/putin-kim?ref=home",
                "example.it", "it", LocalDate.of(2024, 6, 19), LocalDate.of(2024, 6, 20), LocalDate.of(2024, 6, 19),
                true, e);
    }

    /**
     * North Korea's government rejects the UN's appeal, reported by South Korean intelligence, in a sentence
     * with a tab, a comma, quotes and a line break; the event has no location and only a month.
     */
    static StoredEvent rejection() {
        Event e = new Event(KIM, UN, "1041", null, -4.0, "2024-05", Status.REPORTED, null,
                "Pyongyang ha respinto\til \"piano\", secondo l'intelligence,\nsudcoreana.", "ha respinto", 3,
                null, 1, "sentence", new Actor("South Korean intelligence", "KORSPY", "KOR"));
        return new StoredEvent(43L, "a2", null, null, null, null, LocalDate.of(2024, 6, 21),
                LocalDate.of(2024, 5, 1), false, e);
    }

    static List<StoredEvent> both() {
        return List.of(treaty(), rejection());
    }

    /** What a stream writer of {@code format} writes for {@code events}, as UTF-8 text. */
    static String write(ExportFormat format, List<StoredEvent> events) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (EventWriter w = EventWriters.toStream(format, out)) {
            for (StoredEvent e : events) {
                w.write(e);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
