package org.annals.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ListingPrinterTest {
    record Row(String speaker, List<String> via, String text, LocalDate date, Double score) {}

    private static final Listing<Row> LISTING = Listing.of(List.of(
            Column.text("speaker", "speaker", 12, Row::speaker),
            Column.text("via", "via", 20, Row::via),
            Column.text("text", "quote", Column.FLEX, Row::text),
            Column.text("date", "date", 10, Row::date),
            Column.number("score", "score", 5, 1, Row::score),
            Column.hidden("length", r -> r.text().length())));

    private static final List<Row> ROWS = List.of(
            new Row("Kim Jong-un", List.of("KCNA", "ANSA"), "Un'alleanza, \"storica\"\nper entrambi", LocalDate.of(2024, 6, 19), 7.25),
            new Row(null, List.of(), "Nessun commento.", null, null));

    private static String print(OutputFormat format, List<Row> rows) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        new ListingPrinter(format, out, false, 100).print(LISTING, rows,
                format == OutputFormat.json && rows.size() > 1 ? Pages.envelope(42, 2, 2) : null,
                List.of("a note"));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void csvIsRfc4180WithEveryColumnUncut() {
        assertEquals("speaker,via,text,date,score,length\r\n"
                + "Kim Jong-un,KCNA > ANSA,\"Un'alleanza, \"\"storica\"\"\nper entrambi\",2024-06-19,7.25,35\r\n"
                + ",,Nessun commento.,,,16\r\n", print(OutputFormat.csv, ROWS));
    }

    @Test
    void anEmptyCsvStillHasItsHeading() {
        assertEquals("speaker,via,text,date,score,length\r\n", print(OutputFormat.csv, List.of()));
    }

    @Test
    void jsonKeepsTypesAndPutsAPageInItsEnvelope() throws Exception {
        JsonNode root = new ObjectMapper().readTree(print(OutputFormat.json, ROWS));
        assertEquals(42, root.get("total").asInt());
        assertEquals(2, root.get("page").asInt());
        JsonNode first = root.get("results").get(0);
        assertEquals("Kim Jong-un", first.get("speaker").asText());
        assertEquals(List.of("KCNA", "ANSA"), List.of(first.get("via").get(0).asText(), first.get("via").get(1).asText()));
        assertEquals("2024-06-19", first.get("date").asText());
        assertEquals(7.25, first.get("score").asDouble());
        assertEquals(35, first.get("length").asInt());
        assertTrue(root.get("results").get(1).get("speaker").isNull());
        JsonNode bare = new ObjectMapper().readTree(print(OutputFormat.json, ROWS.subList(1, 2)));
        assertTrue(bare.isArray());
    }

    @Test
    void aTableShowsTheVisibleColumnsThenItsNotes() {
        String table = print(OutputFormat.table, ROWS);
        List<String> lines = table.lines().toList();
        assertEquals("speaker      via          quote" + " ".repeat(32) + "date        score", lines.get(0));
        assertEquals("Kim Jong-un  KCNA > ANSA  Un'alleanza, \"storica\" per entrambi  2024-06-19    7.3", lines.get(2));
        assertEquals("", lines.get(4));
        assertEquals("a note", lines.get(5));
        assertEquals("a note\n", print(OutputFormat.table, List.of()));
    }
}
