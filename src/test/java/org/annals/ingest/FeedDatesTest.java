package org.annals.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.annals.model.Timestamp;
import org.junit.jupiter.api.Test;

class FeedDatesTest {
    @Test
    void readsIsoAndTheRfc822VariantsFeedsUse() {
        Timestamp summer = Timestamp.parse("2024-06-18T09:30:00+02:00");
        assertEquals(summer, FeedDates.parse("Tue, 18 Jun 2024 09:30:00 +0200"));
        assertEquals(summer, FeedDates.parse("18 Jun 2024 09:30:00 +02:00"), "no weekday, offset with a colon");
        assertEquals(summer, FeedDates.parse("Tue, 18 Jun 2024 09:30:00 CEST"), "a zone by name");
        assertEquals(summer, FeedDates.parse("mar, 18 giu 2024 09:30:00 +0200"), "Italian names");
        assertEquals(Timestamp.parse("2024-06-08T07:05:00Z"), FeedDates.parse("Sat, 8 June 24 07:05 GMT"),
                "one-digit day, full month, two-digit year, no seconds");
        assertEquals(Timestamp.parse("2024-06-18T09:30"), FeedDates.parse("Tue, 18 Jun 2024 09:30:00"),
                "no zone: no offset invented");
        assertEquals(Timestamp.parse("2024-06-18"), FeedDates.parse("18 Jun 2024"));
        assertEquals(summer, FeedDates.parse(" 2024-06-18T09:30:00+02:00 "));
    }

    @Test
    void whatIsNoDateIsNullAndReportedWhenAsked() {
        assertNull(FeedDates.parse(null));
        assertNull(FeedDates.parse("  "));
        assertNull(FeedDates.parse("31 Feb 2024 10:00 GMT"), "no such day");
        assertNull(FeedDates.parse("18 Foo 2024"));
        List<String> problems = new ArrayList<>();
        assertNull(FeedDates.parse("yesterday", "the feed's date", problems));
        assertEquals(List.of("the feed's date 'yesterday' not understood; left out"), problems);
    }
}
