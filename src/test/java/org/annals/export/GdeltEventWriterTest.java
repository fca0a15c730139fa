package org.annals.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.annals.model.Actor;
import org.annals.model.Event;
import org.annals.model.Location;
import org.annals.model.Status;
import org.annals.store.StoredEvent;
import org.junit.jupiter.api.Test;

/** The GDELT 2.0 Events layout: 61 columns, GDELT's positions and encodings. */
class GdeltEventWriterTest {
    private static final GdeltEventRow ROW = GdeltEventRow.standard();

    private static List<String> block(List<String> fields, String firstColumn, int size) {
        int from = GdeltEventRow.COLUMNS.indexOf(firstColumn);
        return fields.subList(from, from + size);
    }

    private static String field(List<String> fields, String column) {
        return fields.get(GdeltEventRow.COLUMNS.indexOf(column));
    }

    @Test
    void columnNamesAreGdeltsSixtyOneInOrder() {
        List<String> c = GdeltEventRow.COLUMNS;
        assertEquals(61, c.size());
        assertEquals(List.of("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate", "Actor1Code"), c.subList(0, 6));
        assertEquals("Actor2Code", c.get(15));
        assertEquals(List.of("IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
                "NumMentions", "NumSources", "NumArticles", "AvgTone"), c.subList(25, 35));
        assertEquals("Actor1Geo_Type", c.get(35));
        assertEquals("Actor2Geo_Type", c.get(43));
        assertEquals("ActionGeo_Type", c.get(51));
        assertEquals("ActionGeo_FeatureID", c.get(58));
        assertEquals(List.of("DATEADDED", "SOURCEURL"), c.subList(59, 61));
    }

    @Test
    void treatyEventFillsEachColumnInItsGdeltPosition() {
        List<String> f = ROW.fields(ExportFixtures.treaty());
        assertEquals(61, f.size());
        assertEquals(List.of("42", "20240619", "202406", "2024", "2024.4630"), f.subList(0, 5));
        assertEquals(List.of("RUSGOV", "VLADIMIR PUTIN", "RUS", "", "", "", "", "GOV", "", ""), f.subList(5, 15));
        assertEquals(List.of("PRKGOV", "KIM JONG UN", "PRK", "", "", "", "", "GOV", "", ""), f.subList(15, 25));
        assertEquals(List.of("1", "057", "057", "05", "1", "8.0", "2", "1", "1", "0"), f.subList(25, 35));
        // FIPS 10-4, not ISO: Russia RS, North Korea KN; country-level places carry the code as ADM1 and feature
        assertEquals(List.of("1", "Russia", "RS", "RS", "", "", "", "RS"), f.subList(35, 43));
        assertEquals(List.of("1", "North Korea", "KN", "KN", "", "", "", "KN"), f.subList(43, 51));
        assertEquals(List.of("1", "Pyongyang", "KN", "KN", "", "", "", "KN"), f.subList(51, 59));
        assertEquals("20240620000000", f.get(59));
        assertEquals("https://www.example.it/esteri/putin-kim?ref=home", f.get(60));
    }

    @Test
    void unitedNationsTargetIsAKnownGroupOfTypeIgoWithoutCountryOrPlace() {
        List<String> f = ROW.fields(ExportFixtures.rejection());
        assertEquals(List.of("IGOUNO", "UNITED NATIONS", "", "UNO", "", "", "", "IGO", "", ""), block(f, "Actor2Code", 10));
        assertEquals(List.of("0", "", "", "", "", "", "", ""), block(f, "Actor2Geo_Type", 8));
        assertEquals(List.of("0", "", "", "", "", "", "", ""), block(f, "ActionGeo_Type", 8));
        assertEquals(List.of("1041", "104", "10", "3", "-4.0", "1"),
                List.of(field(f, "EventCode"), field(f, "EventBaseCode"), field(f, "EventRootCode"), field(f, "QuadClass"),
                        field(f, "GoldsteinScale"), field(f, "NumMentions")));
        assertEquals("0", field(f, "IsRootEvent"));
        assertEquals("20240501", field(f, "SQLDATE"));
        assertEquals("", field(f, "SOURCEURL"));
    }

    @Test
    void actorCodesSplitIntoCountryKnownGroupAndTypes() {
        GdeltActorCodes codes = GdeltActorCodes.standard();
        assertEquals(List.of("IGOWSTNAT", "NATO", "WST", "NAT", "", "", "", "IGO", "", ""),
                codes.columns(new Actor("NATO", "IGOWSTNAT", null)).columns());
        assertEquals(List.of("IGOUNOIAE", "IAEA", "", "UNO", "", "", "", "IGO", "", ""),
                codes.columns(new Actor("IAEA", "IGOUNOIAE", null)).columns());
        assertEquals(List.of("USAGOVMIL", "PENTAGON", "USA", "", "", "", "", "GOV", "MIL", ""),
                codes.columns(new Actor("Pentagon", "USAGOVMIL", "USA")).columns());
        assertEquals(List.of("CHRCTH", "CATHOLICS", "", "", "", "CHR", "CTH", "", "", ""),
                codes.columns(new Actor("Catholics", "CHRCTH", null)).columns());
        // no code, but a country: the country's CAMEO code
        assertEquals(List.of("", "ITALIAN OFFICIALS", "ITA", "", "", "", "", "", "", ""),
                codes.columns(new Actor("Italian officials", null, "ITA")).columns());
        assertEquals(GdeltActor.NONE, codes.columns(null));
    }

    @Test
    void fractionDateIsGdeltsThirtyDayMonthsOverThreeSixtyFiveTruncated() {
        assertEquals("2014.0876", GdeltEventRow.fractionDate(LocalDate.of(2014, 2, 2)));
        assertEquals("1979.0027", GdeltEventRow.fractionDate(LocalDate.of(1979, 1, 1)));
        assertEquals("2015.1315", GdeltEventRow.fractionDate(LocalDate.of(2015, 2, 18)));
        assertEquals("2024.9890", GdeltEventRow.fractionDate(LocalDate.of(2024, 12, 31)));
    }

    @Test
    void numbersNeverFollowTheLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ITALY);
            assertEquals("-0.4", GdeltEventRow.goldstein(-0.4));
            assertEquals("3.4", GdeltEventRow.goldstein(3.4));
            assertEquals("0.0", GdeltEventRow.goldstein(-0.0));
            assertEquals("2014.0876", GdeltEventRow.fractionDate(LocalDate.of(2014, 2, 2)));
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void eventWithoutDateLeavesTheDateColumnsEmpty() {
        StoredEvent s = ExportFixtures.treaty();
        StoredEvent undated = new StoredEvent(7L, "a", null, null, null, null, s.added(), null, false, s.event());
        assertEquals(List.of("7", "", "", "", ""), ROW.fields(undated).subList(0, 5));
    }

    @Test
    void tabsAndLineBreaksInTextFieldsAreStripped() throws IOException {
        Event e = new Event(new Actor("Vladimir\tPutin\n", "RUSGOV", "RUS"), null, "057", "AGREE", 8.0, null,
                Status.ASSERTED, new Location("Pyong\tyang\r\n", "PRK"), "Firmato\tun\ntrattato.", "firmato");
        StoredEvent s = new StoredEvent(1L, "a", "https://x.org/a\tb", null, null, null, LocalDate.of(2024, 1, 2),
                null, false, e);
        String text = ExportFixtures.write(ExportFormat.GDELT, List.of(s));
        assertTrue(text.endsWith("\n"));
        String line = text.substring(0, text.length() - 1);
        assertFalse(line.contains("\n") || line.contains("\r"), line);
        List<String> f = List.of(line.split("\t", -1));
        assertEquals(61, f.size());
        assertEquals("VLADIMIR PUTIN", field(f, "Actor1Name"));
        assertEquals("Pyong yang", field(f, "ActionGeo_FullName"));
        assertEquals("https://x.org/a b", field(f, "SOURCEURL"));
        assertEquals(List.of("", "", "", "", "", "", "", "", "", ""), block(f, "Actor2Code", 10));
    }

    @Test
    void writerPutsOneEventOnEachLineWithoutHeader() throws IOException {
        String text = ExportFixtures.write(ExportFormat.GDELT, ExportFixtures.both());
        String[] lines = text.split("\n", -1);
        assertEquals(3, lines.length, text);
        assertEquals("", lines[2]);
        assertTrue(lines[0].startsWith("42\t20240619\t"), lines[0]);
        assertTrue(lines[1].startsWith("43\t20240501\t"), lines[1]);
        for (int i = 0; i < 2; i++) {
            assertEquals(61, lines[i].split("\t", -1).length, lines[i]);
        }
    }
}
