package org.annals.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** RFC 4180 CSV: header, quoting, and values that read back as written. */
class CsvEventWriterTest {
    private static final String HEADER = Arrays.stream(EventColumn.values()).map(EventColumn::columnName)
            .collect(Collectors.joining(","));

    private static List<List<String>> parse(String csv) throws IOException {
        CsvMapper mapper = CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY).build();
        try (MappingIterator<List<String>> it = mapper.readerForListOf(String.class).readValues(csv)) {
            return it.readAll();
        }
    }

    @Test
    void headerRowNamesTheColumnsEvenWithoutEvents() throws IOException {
        assertEquals(HEADER + "\r\n", ExportFixtures.write(ExportFormat.CSV, List.of()));
        assertTrue(HEADER.startsWith("id,date,source_code,source_name,source_country,target_code,"), HEADER);
    }

    @Test
    void commasQuotesAndLineBreaksAreQuotedAsRfc4180Says() throws IOException {
        String csv = ExportFixtures.write(ExportFormat.CSV, List.of(ExportFixtures.rejection()));
        assertTrue(csv.contains(",\"Pyongyang ha respinto\til \"\"piano\"\", secondo l'intelligence,\nsudcoreana.\","),
                csv);
        // fields without a separator, quote or line break are written bare
        assertTrue(csv.contains("\r\n43,2024-05-01,PRKGOV,Kim Jong Un,PRK,IGOUNO,United Nations,,1041,,-4.0,3,reported,1,"
                + "false,2024-05,sentence,,,KORSPY,South Korean intelligence,KOR,"), csv);
        assertTrue(csv.endsWith("\r\n"));
    }

    @Test
    void rowsReadBackAsTheEventsValues() throws IOException {
        List<List<String>> rows = parse(ExportFixtures.write(ExportFormat.CSV, ExportFixtures.both()));
        assertEquals(3, rows.size());
        assertEquals(List.of(HEADER.split(",")), rows.get(0));
        List<String> treaty = rows.get(1);
        assertEquals(EventColumn.values().length, treaty.size());
        assertEquals("42", treaty.get(EventColumn.ID.ordinal()));
        assertEquals("2024-06-19", treaty.get(EventColumn.DATE.ordinal()));
        assertEquals("RUSGOV", treaty.get(EventColumn.SOURCE_CODE.ordinal()));
        assertEquals("PRK", treaty.get(EventColumn.TARGET_COUNTRY.ordinal()));
        assertEquals("057", treaty.get(EventColumn.CAMEO.ordinal()));
        assertEquals("8.0", treaty.get(EventColumn.GOLDSTEIN.ordinal()));
        assertEquals("true", treaty.get(EventColumn.ROOT_EVENT.ordinal()));
        assertEquals("Pyongyang", treaty.get(EventColumn.LOCATION_NAME.ordinal()));
        assertEquals("2024-06-20", treaty.get(EventColumn.ADDED.ordinal()));
        List<String> rejection = rows.get(2);
        assertEquals(ExportFixtures.rejection().event().sentence(), rejection.get(EventColumn.SENTENCE.ordinal()));
        assertEquals("", rejection.get(EventColumn.URL.ordinal()));
        assertEquals("", rejection.get(EventColumn.PUBLISHED.ordinal()));
    }
}
