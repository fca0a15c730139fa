package org.annals.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class PublisherZonesTest {

    private static final ZoneId ROME = ZoneId.of("Europe/Rome");

    @Test
    void italianSummerAndWinterOffsets() {
        LocalTime noon = LocalTime.of(11, 50);
        assertEquals("2024-06-19T11:50+02:00", PublisherZones.localize(LocalDate.of(2024, 6, 19), noon, ROME).toIso());
        assertEquals("2024-01-19T11:50+01:00", PublisherZones.localize(LocalDate.of(2024, 1, 19), noon, ROME).toIso());
        // the last Sunday of March switches Rome to summer time
        assertEquals("2024-03-30T11:50+01:00", PublisherZones.localize(LocalDate.of(2024, 3, 30), noon, ROME).toIso());
        assertEquals("2024-03-31T11:50+02:00", PublisherZones.localize(LocalDate.of(2024, 3, 31), noon, ROME).toIso());
    }

    @Test
    void dateOnlyOrUnknownZoneKeepsNoOffset() {
        assertEquals("2024-06-19", PublisherZones.localize(LocalDate.of(2024, 6, 19), null, ROME).toIso());
        assertNull(PublisherZones.localize(LocalDate.of(2024, 6, 19), LocalTime.NOON, null).offset());
    }

    @Test
    void inference() {
        assertEquals(Optional.of(ROME), PublisherZones.infer(null, "TheSocialPost.it", null));
        assertEquals(Optional.of(ROME), PublisherZones.infer("https://www.ansa.it/sito/notizie.html", null, null));
        assertEquals(Optional.of(ZoneId.of("Europe/London")), PublisherZones.infer("https://www.bbc.co.uk/news/x", null, "en"));
        assertEquals(Optional.of(ZoneId.of("Europe/London")), PublisherZones.infer(null, "The Guardian", "en-GB"));
        assertEquals(Optional.of(ROME), PublisherZones.infer(null, "Il Post", "it"));
        // the URL wins over the language
        assertEquals(Optional.of(ROME), PublisherZones.infer("https://example.it/a", null, "en"));
        assertTrue(PublisherZones.infer("https://www.example.com/story", "Example News", "en").isEmpty());
        assertTrue(PublisherZones.infer(null, null, null).isEmpty());
        assertTrue(PublisherZones.infer("not a url at all", "???", "xx").isEmpty());
    }
}
