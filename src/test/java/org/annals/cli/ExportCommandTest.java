package org.annals.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.annals.model.DocumentHints;
import org.annals.model.DocumentKind;
import org.annals.model.RawDocument;
import org.annals.model.Timestamp;
import org.annals.pipeline.Pipeline;
import org.annals.pipeline.Pipelines;
import org.annals.store.ArchiveStore;
import org.annals.store.Archives;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code annals export events}: arguments, archive errors, and every format from a real archive. */
class ExportCommandTest {
    @TempDir
    Path dir;

    private static final ObjectMapper JSON = new ObjectMapper();

    private String stdout;
    private String stderr;

    private int run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new CliContext(new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                () -> PIPELINE));
        stdout = out.toString(StandardCharsets.UTF_8);
        stderr = err.toString(StandardCharsets.UTF_8);
        return code;
    }

    private void assertUsage(String expected, String... args) {
        assertEquals(ExitCodes.USAGE, run(args), stderr);
        assertTrue(stderr.contains(expected), stderr);
        assertEquals("", stdout);
    }

    @Test
    void badArgumentsAreUsageErrorsNamingTheValue() {
        String archive = dir.toString();
        assertUsage("--format: unknown export format 'xlsx' (known: gdelt, jsonl, csv, parquet)",
                "export", "events", "--archive", archive, "--format", "xlsx");
        assertUsage("--format parquet writes a file: give --output FILE",
                "export", "events", "--archive", archive, "--format", "parquet");
        assertUsage("--format parquet writes a file: give --output FILE",
                "export", "events", "--archive", archive, "--format", "parquet", "--output", "-");
        assertUsage("--status must be one of asserted, reported, alleged, planned, hypothetical, negated, was 'sure'",
                "export", "events", "--archive", archive, "--status", "sure");
        assertUsage("--from must be a date YYYY-MM-DD, was '2024-13-01'",
                "export", "events", "--archive", archive, "--from", "2024-13-01");
        assertUsage("cameo must be 1 to 4 digits: 'x05'", "export", "events", "--archive", archive, "--cameo", "x05");
        assertUsage("Missing subcommand: try 'annals export events'", "export");
    }

    @Test
    void aMissingArchiveIsAnArchiveErrorNamingIt() {
        Path missing = dir.resolve("no-archive-here");
        Path file = dir.resolve("events.csv");
        assertEquals(ExitCodes.ARCHIVE, run("export", "events", "--archive", missing.toString(), "--format", "csv",
                "--output", file.toString()));
        assertTrue(stderr.startsWith("annals: archive "), stderr);
        assertTrue(stderr.contains(missing.toString()), stderr);
        assertFalse(Files.exists(file), "no output is left behind");
    }

    @Test
    void theArchiveComesFromTheOptionTheEnvironmentOrTheDefault() {
        assertEquals("/data/a", ExportCommand.archiveLocation(" /data/a ", Map.of("ANNALS_ARCHIVE", "/env")));
        assertEquals("/env", ExportCommand.archiveLocation(null, Map.of("ANNALS_ARCHIVE", "/env")));
        assertEquals(Archives.DEFAULT_LOCATION, ExportCommand.archiveLocation(null, Map.of()));
        assertEquals(Archives.DEFAULT_LOCATION, ExportCommand.archiveLocation("", Map.of("ANNALS_ARCHIVE", " ")));
    }

    @Test
    void passwordsNeverReachMessages() {
        assertEquals("postgresql://annals:***@db:5432/annals",
                ExportCommand.printable("postgresql://annals:s3cret@db:5432/annals"));
        assertEquals("postgresql://db/annals", ExportCommand.printable("postgresql://db/annals"));
        assertEquals("annals-data", ExportCommand.printable("annals-data"));
        assertEquals("cannot connect to postgresql://u:***@h/db (refused)",
                ExportCommand.printable("cannot connect to postgresql://u:pw@h/db (refused)"));
    }

    // ---------------------------------------------------------------- from a real archive

    private static final Pipeline PIPELINE = Pipelines.standard();

    private static RawDocument article(String id, String url, String title, String published, String language,
                                       String text) {
        DocumentHints hints = new DocumentHints(id, url, title, Timestamp.parse(published), language,
                URI.create(url).getHost());
        return new RawDocument(id + ".txt", DocumentKind.TEXT, text, hints, List.of());
    }

    /**
     * An embedded archive with two analysed articles: Putin and Kim sign a treaty in Pyongyang (two events,
     * one each way, CAMEO 057) and the UN Security Council condemns North Korea (one event, 111).
     */
    private String archive() {
        Path folder = dir.resolve("archive");
        try (ArchiveStore store = Archives.open(folder.toString(), Archives.Mode.WRITE)) {
            store.put(PIPELINE.analyze(article("it-1", "https://www.example.it/esteri/putin-kim",
                    "Putin e Kim firmano un trattato a Pyongyang", "2024-06-19T11:50+02:00", "it",
                    "Il presidente russo Vladimir Putin e il leader nordcoreano Kim Jong Un hanno firmato mercoledì "
                            + "a Pyongyang un trattato di partenariato strategico globale.")));
            store.put(PIPELINE.analyze(article("en-1", "https://news.example.com/un-korea",
                    "UN condemns North Korea over missile launch", "2024-06-20", "en",
                    "The United Nations Security Council condemned North Korea on Thursday for its latest missile "
                            + "launch, diplomats said.")));
        }
        return folder.toString();
    }

    @Test
    void jsonLinesGoToStandardOutputWithASummaryOnStandardError() throws IOException {
        assertEquals(ExitCodes.OK, run("export", "events", "--archive", archive()), stderr);
        List<JsonNode> events = new ArrayList<>();
        for (String line : stdout.split("\n")) {
            events.add(JSON.readTree(line));
        }
        assertEquals(3, events.size(), stdout);
        assertEquals(List.of("057", "057", "111"), events.stream().map(e -> e.get("cameo").asText()).sorted().toList());
        JsonNode condemn = events.stream().filter(e -> e.get("cameo").asText().equals("111")).findFirst().orElseThrow();
        assertEquals("IGOUNO", condemn.get("source").get("code").asText());
        assertEquals("PRK", condemn.get("target").get("country").asText());
        assertEquals("2024-06-20", condemn.get("date").asText());
        assertEquals("https://news.example.com/un-korea", condemn.get("url").asText());
        assertEquals("en", condemn.get("language").asText());
        assertEquals("annals: 3 events written to standard output (jsonl)\n", stderr);
    }

    @Test
    void gdeltLinesHaveSixtyOneColumnsWithFipsPlaces() throws IOException {
        Path file = dir.resolve("events.gdelt.tsv");
        assertEquals(ExitCodes.OK, run("export", "events", "--archive", archive(), "--format", "gdelt",
                "--output", file.toString()), stderr);
        assertEquals("", stdout);
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertEquals(3, lines.size());
        List<String> treaty = null;
        List<String> condemn = null;
        for (String line : lines) {
            List<String> f = List.of(line.split("\t", -1));
            assertEquals(61, f.size(), line);
            if (f.get(5).equals("RUSGOV")) {
                treaty = f;
            } else if (f.get(5).equals("IGOUNO")) {
                condemn = f;
            }
        }
        assertEquals(List.of("20240619", "202406", "2024"), treaty.subList(1, 4));
        assertEquals(List.of("RUSGOV", "RUS", "GOV", "PRKGOV", "PRK", "GOV", "057", "05", "1"),
                List.of(treaty.get(5), treaty.get(7), treaty.get(12), treaty.get(15), treaty.get(17), treaty.get(22),
                        treaty.get(26), treaty.get(28), treaty.get(29)));
        assertEquals(List.of("1", "Pyongyang", "KN"), treaty.subList(51, 54));
        assertEquals("https://www.example.it/esteri/putin-kim", treaty.get(60));
        assertEquals(List.of("IGOUNO", "", "UNO", "IGO"), List.of(condemn.get(5), condemn.get(7), condemn.get(8),
                condemn.get(12)));
        assertEquals("111", condemn.get(26));
        assertEquals("annals: 3 events written to " + file + " (gdelt)\n", stderr);
    }

    @Test
    void csvTakesTheFilters() throws IOException {
        String archive = archive();
        Path file = dir.resolve("russia.csv");
        assertEquals(ExitCodes.OK, run("export", "events", "--archive", archive, "--format", "csv", "--source", "RUS",
                "--output", file.toString()), stderr);
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertEquals(2, lines.size(), lines.toString());
        assertTrue(lines.get(0).startsWith("id,date,source_code,"), lines.get(0));
        assertTrue(lines.get(1).contains(",2024-06-19,RUSGOV,"), lines.get(1));
        assertEquals(ExitCodes.OK, run("export", "events", "--archive", archive, "--format", "csv",
                "--from", "2024-06-20", "--status", "reported"), stderr);
        assertEquals(2, stdout.split("\r\n").length, stdout);
        assertTrue(stdout.contains(",IGOUNO,"), stdout);
        assertEquals(ExitCodes.OK, run("export", "events", "--archive", archive, "--format", "csv", "--cameo", "19"));
        assertEquals(1, stdout.split("\r\n").length, stdout);
        assertEquals("annals: 0 events written to standard output (csv)\n", stderr);
    }

    @Test
    void parquetIsWrittenToTheOutputFileWithTypedColumns() throws SQLException {
        Path file = dir.resolve("events.parquet");
        assertEquals(ExitCodes.OK, run("export", "events", "--archive", archive(), "--format", "parquet",
                "--cameo", "05", "--output", file.toString()), stderr);
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT count(*), min(cameo), max(goldstein), typeof(min(date)), "
                     + "typeof(min(id)) FROM read_parquet('" + file + "')")) {
            assertTrue(r.next());
            assertEquals(2, r.getLong(1));
            assertEquals("057", r.getString(2));
            assertEquals(8.0, r.getDouble(3));
            assertEquals("DATE", r.getString(4));
            assertEquals("BIGINT", r.getString(5));
        }
        assertEquals("annals: 2 events written to " + file + " (parquet)\n", stderr);
    }
}
