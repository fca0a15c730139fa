package org.annals.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class TimestampTest {
    @Test
    void keepsThePrecisionTheSourceGives() {
        assertEquals("2024-06-19", Timestamp.parse("2024-06-19").toIso());
        assertEquals("2024-06-19T11:50", Timestamp.parse("2024-06-19T11:50").toIso());
        assertEquals("2024-06-19T11:50+02:00", Timestamp.parse("2024-06-19T11:50:00+02:00").toIso());
        assertEquals("2024-06-19T09:50:30Z", Timestamp.parse("2024-06-19 09:50:30Z").toIso());
        assertFalse(Timestamp.parse("2024-06-19").hasTime());
        assertTrue(Timestamp.parse("2024-06-19T11:50").hasTime());
    }

    @Test
    void namesTheBadValue() {
        var e = assertThrows(IllegalArgumentException.class, () -> Timestamp.parse("19/06/2024"));
        assertTrue(e.getMessage().contains("'19/06/2024'"), e.getMessage());
    }

    @Test
    void refusesAnOffsetWithoutATime() {
        assertThrows(IllegalArgumentException.class,
                () -> new Timestamp(LocalDate.of(2024, 6, 19), null, ZoneOffset.ofHours(2)));
    }
}
