package org.annals.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad query arguments are usage errors (exit 2) that name the value, found before any archive is opened. */
class QueryArgumentsTest {
    @TempDir
    Path dir;

    private final CliRunner cli = new CliRunner();

    private int run(String... args) {
        return cli.run(() -> {
            throw new AssertionError("queries need no pipeline");
        }, args);
    }

    private void assertUsage(String named, String... args) {
        String[] withArchive = new String[args.length + 2];
        System.arraycopy(args, 0, withArchive, 0, args.length);
        withArchive[args.length] = "--archive";
        withArchive[args.length + 1] = dir.resolve("never-opened").toString();
        assertEquals(ExitCodes.USAGE, run(withArchive), String.join(" ", args) + "\n" + cli.stderr);
        assertTrue(cli.stderr.contains(named), "the message names " + named + ": " + cli.stderr);
        assertEquals("", cli.stdout);
    }

    @Test
    void badDatesNameTheValue() {
        assertUsage("'2024-13'", "events", "--from", "2024-13");
        assertUsage("'ieri'", "quotes", "--to", "ieri");
        assertUsage("'19/06/2024'", "search", "trattato", "--from", "19/06/2024");
        assertUsage("2024-06-01", "events", "--from", "2024-06-10", "--to", "2024-06-01");
    }

    @Test
    void badCodesStatusesAndPeriodsNameTheValue() {
        assertUsage("'R1'", "events", "--source", "R1");
        assertUsage("'5x'", "events", "--cameo", "5x");
        assertUsage("'maybe'", "events", "--status", "maybe");
        assertUsage("'fortnight'", "dyad", "RUS", "PRK", "--by", "fortnight");
        assertUsage("'italian'", "events", "--lang", "italian");
        assertUsage("'xml'", "actors", "--format", "xml");
    }

    @Test
    void badPagesAndSizesNameTheValue() {
        assertUsage("page must be 1 or more: 0", "events", "--page", "0");
        assertUsage("page size must be 1 to 100: 500", "search", "Pyongyang", "--size", "500");
        assertUsage("top must be 1 to 1000: 0", "actors", "--top", "0");
        assertUsage("'many'", "quotes", "--page", "many");
    }

    @Test
    void blankSearchTextIsAUsageError() {
        assertUsage("blank", "search", " ");
    }

    @Test
    void everyQueryCommandHasHelpWithExamples() {
        for (String command : new String[] {"ingest", "search", "events", "dyad", "quotes", "actors"}) {
            assertEquals(0, run(command, "--help"), command);
            assertTrue(cli.stdout.contains("Examples:"), command + ": " + cli.stdout);
            assertTrue(cli.stdout.contains("--archive"), command + ": " + cli.stdout);
        }
    }

    @Test
    void actorsLookupStillWorks() {
        assertEquals(0, run("actors", "lookup", "Putin", "--date", "2010-01-01"));
        assertTrue(cli.stdout.contains("code="), cli.stdout);
    }
}
