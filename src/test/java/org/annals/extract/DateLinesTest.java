package org.annals.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;

import org.annals.extract.DateLines.Order;
import org.annals.extract.DateLines.Parsed;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class DateLinesTest {

    private static Parsed parse(String s, Order order) {
        return DateLines.parse(s, order).orElseThrow(() -> new AssertionError("not parsed: " + s));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "19/06/2024 11:50; 2024-06-19; 11:50",
            "19.06.2024 ore 11.50; 2024-06-19; 11:50",
            "il 19 giugno 2024 alle 11:50; 2024-06-19; 11:50",
            "mercoledì 19 giugno 2024; 2024-06-19; ",
            "19 Giu 2024 - 11:50; 2024-06-19; 11:50",
            "June 19, 2024 11:50 AM; 2024-06-19; 11:50",
            "June 19th, 2024 at 4:30 p.m.; 2024-06-19; 16:30",
            "on 19 June 2024 at 11:50; 2024-06-19; 11:50",
            "Wednesday, June 19, 2024; 2024-06-19; ",
            "2024-06-19; 2024-06-19; ",
            "2024-06-19 11:50; 2024-06-19; 11:50",
            "12 AM June 19 2024 ; ; ",
    })
    void readsPrintedDates(String text, String date, String time) {
        var parsed = DateLines.parse(text, Order.DAY_FIRST);
        if (date == null) {
            assertTrue(parsed.isEmpty(), text);
            return;
        }
        Parsed p = parsed.orElseThrow(() -> new AssertionError("not parsed: " + text));
        assertEquals(LocalDate.parse(date), p.date());
        assertEquals(time == null ? null : LocalTime.parse(time), p.time());
    }

    @Test
    void offsetsAndZoneAbbreviations() {
        assertEquals(ZoneOffset.ofHours(2), parse("2024-06-19T11:50:00+02:00", Order.DAY_FIRST).offset());
        assertEquals(ZoneOffset.ofHours(2), parse("2024-06-19T11:50:00+0200", Order.DAY_FIRST).offset());
        assertEquals(ZoneOffset.UTC, parse("2024-06-19T09:50:00.000Z", Order.DAY_FIRST).offset());
        assertEquals(ZoneOffset.ofHours(-4), parse("June 19, 2024 7:50 AM EDT", Order.DAY_FIRST).offset());
        Parsed rfc = parse("Wed, 19 Jun 2024 09:50:00 +0000", Order.DAY_FIRST);
        assertEquals(LocalTime.of(9, 50), rfc.time());
        assertEquals(ZoneOffset.UTC, rfc.offset());
        assertNull(parse("19/06/2024 11:50", Order.DAY_FIRST).offset());
    }

    @Test
    void unpaddedOrGarbledMachineDatesStillGiveTheirDay() {
        Parsed unpadded = parse("2024-6-9 22:17:36", Order.DAY_FIRST);
        assertEquals(LocalDate.of(2024, 6, 9), unpadded.date());
        assertNull(unpadded.time());
        assertEquals(LocalDate.of(2024, 6, 19), parse("2024-06-19T22:06:08:684Z", Order.DAY_FIRST).date());
        assertTrue(DateLines.parse("2024-06-19 Der Gemeinderat tagt", Order.DAY_FIRST).isEmpty());
    }

    @Test
    void numericOrder() {
        assertEquals(LocalDate.of(2024, 7, 6), parse("06/07/2024", Order.DAY_FIRST).date());
        assertEquals(LocalDate.of(2024, 6, 7), parse("06/07/2024", Order.MONTH_FIRST).date());
        // a field above 12 decides whatever the preference
        assertEquals(LocalDate.of(2024, 7, 13), parse("07/13/2024", Order.DAY_FIRST).date());
        assertEquals(LocalDate.of(2024, 7, 13), parse("13/07/2024", Order.MONTH_FIRST).date());
        assertEquals(LocalDate.of(2024, 6, 19), parse("19/06/24", Order.DAY_FIRST).date());
    }

    @Test
    void languageCues() {
        assertEquals("it", parse("19 giugno 2024", Order.DAY_FIRST).language());
        assertEquals("en", parse("June 19, 2024", Order.DAY_FIRST).language());
        assertEquals("it", parse("19/06/2024 alle 11:50", Order.DAY_FIRST).language());
        assertNull(parse("19/06/2024 11:50", Order.DAY_FIRST).language());
    }

    @Test
    void proseIsNotADate() {
        for (String s : new String[] {"Il 19 giugno 2024 il presidente ha firmato il trattato",
                "32/13/2024", "2024-02-30", "Kim e Putin", "", "19 giugno", "June 2024 was hot"}) {
            assertTrue(DateLines.parse(s, Order.DAY_FIRST).isEmpty(), s);
        }
        assertTrue(DateLines.parse(null, Order.DAY_FIRST).isEmpty());
    }

    @Test
    void monthFirstHint() {
        assertTrue(DateLines.looksMonthFirst("Published June 19, 2024"));
        assertTrue(!DateLines.looksMonthFirst("Pubblicato il 19 giugno 2024"));
    }
}
