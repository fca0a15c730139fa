package org.annals.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.annals.pipeline.Pipelines;
import org.annals.store.Archives;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code annals export events}: arguments, archive errors, and every format from a real archive. */
class ExportCommandTest {
    @TempDir
    Path dir;

    private String stdout;
    private String stderr;

    private int run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new CliContext(new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                Pipelines::standard));
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
}
