package org.annals.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.annals.model.Timestamp;
import org.junit.jupiter.api.Test;

class PublicationDateTest {

    private static final LocalDate JUNE_19 = LocalDate.of(2024, 6, 19);
    private static final LocalDate JUNE_20 = LocalDate.of(2024, 6, 20);

    private static PublicationDate.Stamp stamp(String iso, boolean utc) {
        return new PublicationDate.Stamp(Timestamp.parse(iso), utc);
    }

    private static PublicationDate.Evidence evidence(List<PublicationDate.Stamp> published, LocalDate inUrl,
                                                     List<PageDates.Found> visible, LocalDate nearTitle,
                                                     List<PublicationDate.Stamp> modified) {
        return new PublicationDate.Evidence(published, List.of(), inUrl, null, visible, nearTitle, modified);
    }

    @Test
    void metadataComesFirst() {
        var e = evidence(List.of(stamp("2024-06-19T10:00+02:00", false)), JUNE_20, List.of(), null, List.of());
        assertEquals("2024-06-19T10:00+02:00", PublicationDate.choose(e).value().toIso());
    }

    @Test
    void theDayShownAtTheHeadingBeatsAUtcTimestampADayOff() {
        // 23:30 in New York is 04:30 UTC the next day; the page shows the publisher's day
        var e = evidence(List.of(stamp("2024-06-20T04:30Z", true)), null, List.of(), JUNE_19, List.of());
        assertEquals(JUNE_19, PublicationDate.choose(e).value().date());
        var local = evidence(List.of(stamp("2024-06-20T04:30+02:00", false)), null, List.of(), JUNE_19, List.of());
        assertEquals(JUNE_20, PublicationDate.choose(local).value().date(), "only a UTC time is read as shifted");
    }

    @Test
    void theDayShownAtTheHeadingWinsWhenTheModifiedDateOrADateElementBacksIt() {
        var updated = evidence(List.of(stamp("2023-01-05T09:00+01:00", false)), null, List.of(), JUNE_19,
                List.of(stamp("2024-06-19T08:00+02:00", false)));
        PublicationDate.Choice c = PublicationDate.choose(updated);
        assertEquals("2024-06-19T08:00+02:00", c.value().toIso());
        assertFalse(c.fromModified());
        var shown = evidence(List.of(stamp("2023-01-05", false)), null,
                List.of(new PageDates.Found(JUNE_19, PageDates.Kind.PLAIN)), JUNE_19, List.of());
        assertEquals(JUNE_19, PublicationDate.choose(shown).value().date());
        var confirmed = evidence(List.of(stamp("2023-01-05", false)), LocalDate.of(2023, 1, 5),
                List.of(new PageDates.Found(JUNE_19, PageDates.Kind.PLAIN)), JUNE_19, List.of());
        assertEquals(LocalDate.of(2023, 1, 5), PublicationDate.choose(confirmed).value().date(),
                "the address confirms the metadata");
    }

    @Test
    void metadataStandingAloneAgainstTwoAgreeingWitnessesLoses() {
        var e = new PublicationDate.Evidence(List.of(stamp("2022-11-17T08:00Z", true)),
                List.of(stamp("2022-03-09", false)), null, Timestamp.of(LocalDate.of(2022, 3, 9)), List.of(), null,
                List.of());
        assertEquals(LocalDate.of(2022, 3, 9), PublicationDate.choose(e).value().date());
        var backed = new PublicationDate.Evidence(List.of(stamp("2022-11-17T08:00Z", true)),
                List.of(stamp("2022-03-09", false)), LocalDate.of(2022, 11, 17), Timestamp.of(LocalDate.of(2022, 3, 9)),
                List.of(), null, List.of());
        assertEquals(LocalDate.of(2022, 11, 17), PublicationDate.choose(backed).value().date());
    }

    @Test
    void aDateLineInTheTextBacksTheDayShownAtTheHeading() {
        var e = new PublicationDate.Evidence(List.of(stamp("2021-10-15", false)), List.of(), null,
                Timestamp.parse("2021-10-13T11:00+02:00"), List.of(), LocalDate.of(2021, 10, 13), List.of());
        assertEquals("2021-10-13T11:00+02:00", PublicationDate.choose(e).value().toIso());
    }

    @Test
    void theLastModifiedDateIsTheLastResortAndSaysSo() {
        var e = evidence(List.of(), null, List.of(), null, List.of(stamp("2024-06-20", false)));
        assertTrue(PublicationDate.choose(e).fromModified());
        assertNull(PublicationDate.choose(evidence(List.of(), null, List.of(), null, List.of())));
    }

    @Test
    void aDayShownWithAPublicationCueKeepsTheMetadataAgainstTheHeadingsDate() {
        // "Veröffentlicht: 19.06.2024" in the byline, "Aktualisiert: 20.06.2024" beside the heading
        var e = evidence(List.of(stamp("2024-06-19T10:00+02:00", false)), null,
                List.of(new PageDates.Found(JUNE_20, PageDates.Kind.UPDATED),
                        new PageDates.Found(JUNE_19, PageDates.Kind.PUBLISHED)), JUNE_20,
                List.of(stamp("2024-06-20T08:00+02:00", false)));
        assertEquals(JUNE_19, PublicationDate.choose(e).value().date());
    }

    @Test
    void aDateShownAsAnUpdateWitnessesNoPublicationDay() {
        var e = new PublicationDate.Evidence(List.of(stamp("2024-06-19T10:00+02:00", false)),
                List.of(stamp("2024-06-20T08:00+02:00", false)), null, null,
                List.of(new PageDates.Found(JUNE_20, PageDates.Kind.UPDATED)), null, List.of());
        assertEquals(JUNE_19, PublicationDate.choose(e).value().date());
    }

    @Test
    void theMetadatasDayPrintedWithDayAndMonthSwappedConfirmsIt() {
        // 1 November 2021 printed "11/01/2021" next to the heading and read as 11 January
        var e = new PublicationDate.Evidence(List.of(stamp("2021-11-01T05:00+01:00", false)), List.of(), null,
                Timestamp.of(LocalDate.of(2021, 1, 11)), List.of(), LocalDate.of(2021, 1, 11), List.of());
        assertEquals(LocalDate.of(2021, 11, 1), PublicationDate.choose(e).value().date());
    }

    @Test
    void theHeadingsDateBeatsADateLineOfTheTextThatNothingBacks() {
        var e = new PublicationDate.Evidence(List.of(), List.of(), null, Timestamp.of(JUNE_19), List.of(), JUNE_20,
                List.of());
        assertEquals(JUNE_20, PublicationDate.choose(e).value().date());
        var backed = new PublicationDate.Evidence(List.of(), List.of(), null, Timestamp.of(JUNE_19),
                List.of(new PageDates.Found(JUNE_19, PageDates.Kind.PLAIN)), JUNE_20, List.of());
        assertEquals(JUNE_19, PublicationDate.choose(backed).value().date(), "a date element backs the date line");
    }

    @Test
    void aTimeElementAndTheSameDayShownAreOneWitness() {
        // the <time> of a teaser is also read as the first date element: it does not outvote the metadata
        var e = new PublicationDate.Evidence(List.of(stamp("2024-06-19T10:00+02:00", false)),
                List.of(stamp("2024-03-02T08:00Z", true)), null, null,
                List.of(new PageDates.Found(LocalDate.of(2024, 3, 2), PageDates.Kind.PLAIN),
                        new PageDates.Found(JUNE_19, PageDates.Kind.PLAIN)), null, List.of());
        assertEquals(JUNE_19, PublicationDate.choose(e).value().date());
    }
}
