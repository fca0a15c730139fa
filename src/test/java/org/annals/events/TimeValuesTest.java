package org.annals.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class TimeValuesTest {
    @Test
    void calendarDatesAreTruncatedOthersHaveNone() {
        assertEquals("2024-06-18", TimeValues.date("2024-06-18"));
        assertEquals("2024-06-18", TimeValues.date("2024-06-18T10:00"));
        assertEquals("2023-09", TimeValues.date("2023-09"));
        assertEquals("2000", TimeValues.date("2000"));
        assertNull(TimeValues.date("P3D"));
        assertNull(TimeValues.date("2024-W24"));
        assertNull(TimeValues.date("2024-06-19/2030"));
        assertNull(TimeValues.date(null));
    }
}
