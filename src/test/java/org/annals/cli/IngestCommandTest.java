package org.annals.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.annals.store.ArchiveStats;
import org.annals.store.ArchiveStore;
import org.annals.store.Archives;
import org.annals.testing.SeedArticle;
import org.annals.testing.TestNews;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code annals ingest} through the real pipeline into a real archive. */
class IngestCommandTest {
    @TempDir
    Path dir;

    private final CliRunner cli = new CliRunner();

    private static ArchiveStats stats(String archive) {
        try (ArchiveStore store = Archives.open(archive, Archives.Mode.READ)) {
            return store.stats();
        }
    }

    private static String line(String label, long count) {
        return String.format("  %-12s%,10d", label, count);
    }

    @Test
    void everyArticleIsStoredOnceAndARerunStoresNothingNew() throws IOException {
        Path news = dir.resolve("news");
        TestNews.write(news, 5);
        Path seed = SeedArticle.path();
        String archive = dir.resolve("archive").toString();

        assertEquals(ExitCodes.OK, cli.run("ingest", news.toString(), seed.toString(), "--archive", archive,
                "--threads", "2"), cli.stderr);
        assertTrue(cli.stderr.contains("annals: ingested into " + archive), cli.stderr);
        assertTrue(cli.stderr.contains(line("read", 6)), cli.stderr);
        assertTrue(cli.stderr.contains(line("stored", 6)), cli.stderr);
        assertTrue(cli.stderr.contains(line("duplicates", 0)), cli.stderr);
        assertTrue(cli.stderr.contains(line("failed", 0)), cli.stderr);
        assertEquals("", cli.stdout);
        ArchiveStats first = stats(archive);
        assertEquals(6, first.articles());
        assertTrue(first.events() > 0, first.toString());
        assertTrue(first.quotes() > 0, first.toString());

        assertEquals(ExitCodes.OK, cli.run("ingest", news.toString(), seed.toString(), "--archive", archive),
                cli.stderr);
        assertTrue(cli.stderr.contains(line("stored", 0)), cli.stderr);
        assertTrue(cli.stderr.contains(line("duplicates", 6)), cli.stderr);
        assertEquals(first, stats(archive), "nothing new stored");
    }

    @Test
    void badFilesAreReportedAndTheOthersStored() throws IOException {
        Path news = dir.resolve("news");
        TestNews.write(news, 3);
        Files.write(news.resolve("empty.txt"), new byte[0]);
        byte[] pdf = new byte[600];
        System.arraycopy("%PDF-1.7\n".getBytes(), 0, pdf, 0, 9);
        Files.write(news.resolve("report.pdf"), pdf);
        String archive = dir.resolve("archive").toString();

        assertEquals(ExitCodes.SOME_FAILED, cli.run("ingest", news.toString(), "--archive", archive), cli.stderr);
        assertTrue(cli.stderr.contains("annals: " + news.resolve("empty.txt") + ": empty file"), cli.stderr);
        assertTrue(cli.stderr.contains("annals: " + news.resolve("report.pdf") + ": binary content"), cli.stderr);
        assertTrue(cli.stderr.contains(line("failed", 2)), cli.stderr);
        assertTrue(cli.stderr.contains("failed inputs:\n  " + news.resolve("empty.txt")), cli.stderr);
        assertEquals(3, stats(archive).articles());
    }

    @Test
    void queriesOnAMissingArchiveAreArchiveErrorsAndCreateNothing() {
        Path missing = dir.resolve("no-archive-here");
        for (String[] args : new String[][] {{"events"}, {"search", "Pyongyang"}, {"dyad", "RUS", "PRK"},
                {"quotes"}, {"actors"}}) {
            String[] full = Stream.concat(Stream.of(args), Stream.of("--archive", missing.toString()))
                    .toArray(String[]::new);
            assertEquals(ExitCodes.ARCHIVE, cli.run(CliRunner::standardPipeline, full), String.join(" ", args));
            assertTrue(cli.stderr.startsWith("annals: ") && cli.stderr.contains(missing.toString()), cli.stderr);
            assertFalse(Files.exists(missing), "a query creates no archive");
        }
    }

    @Test
    void aCorruptArchiveIsAnArchiveErrorNamingIt() throws IOException {
        Path news = dir.resolve("news");
        TestNews.write(news, 1);
        Path archive = dir.resolve("archive");
        assertEquals(ExitCodes.OK, cli.run("ingest", news.toString(), "--archive", archive.toString()), cli.stderr);
        try (Stream<Path> files = Files.walk(archive)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                byte[] junk = new byte[(int) Math.max(4096, Files.size(file))];
                java.util.Arrays.fill(junk, (byte) 0x5a);
                Files.write(file, junk);
            }
        }
        assertEquals(ExitCodes.ARCHIVE, cli.run("events", "--archive", archive.toString()), cli.stderr);
        assertTrue(cli.stderr.contains(archive.toString()), cli.stderr);
        assertEquals(ExitCodes.ARCHIVE, cli.run("ingest", news.toString(), "--archive", archive.toString()),
                cli.stderr);
        assertTrue(cli.stderr.contains(archive.toString()), cli.stderr);
    }

    @Test
    void aFileInPlaceOfTheArchiveFolderIsAnArchiveError() throws IOException {
        Path news = dir.resolve("news");
        TestNews.write(news, 1);
        Path notAFolder = Files.writeString(dir.resolve("notes.txt"), "appunti");
        assertEquals(ExitCodes.ARCHIVE, cli.run("ingest", news.toString(), "--archive", notAFolder.toString()),
                cli.stderr);
        assertTrue(cli.stderr.contains(notAFolder.toString()), cli.stderr);
        assertEquals("appunti", Files.readString(notAFolder), "nothing overwritten");
    }
}
