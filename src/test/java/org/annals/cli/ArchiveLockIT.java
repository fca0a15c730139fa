package org.annals.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.annals.store.ArchiveStats;
import org.annals.store.ArchiveStore;
import org.annals.store.Archives;
import org.annals.testing.AnnalsProcess;
import org.annals.testing.TestNews;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A second writer while one holds the archive is refused with exit code 3, and nothing is lost. */
class ArchiveLockIT {
    @TempDir
    Path dir;

    @Test
    void aSecondWriterIsRefusedAndTheFirstLosesNothing() throws Exception {
        Path news = dir.resolve("news");
        TestNews.write(news, 3);
        Path more = dir.resolve("more");
        TestNews.write(more, 5);
        Path archive = dir.resolve("archive");
        CliRunner cli = new CliRunner();
        assertEquals(ExitCodes.OK, cli.run("ingest", news.toString(), "--archive", archive.toString()), cli.stderr);

        ArchiveStats before;
        try (ArchiveStore writer = Archives.open(archive.toString(), Archives.Mode.WRITE)) {
            before = writer.stats();
            AnnalsProcess second = AnnalsProcess.start(dir, "ingest", more.toString(), "--archive",
                    archive.toString());
            assertEquals(ExitCodes.ARCHIVE, second.await(300), second.stderr());
            String message = second.stderr();
            assertTrue(message.contains(archive.toString()), "names the archive: " + message);
            assertTrue(message.toLowerCase().contains("lock") || message.contains("in use")
                    || message.contains("another"), "says it is taken: " + message);
            assertTrue(!message.contains("\tat "), "no stack trace: " + message);
            assertEquals(before, writer.stats(), "the holder's archive is untouched");
        }
        try (ArchiveStore again = Archives.open(archive.toString(), Archives.Mode.READ)) {
            assertEquals(before, again.stats(), "nothing lost once the holder closed it");
        }
        assertEquals(ExitCodes.OK, cli.run("ingest", more.toString(), "--archive", archive.toString()), cli.stderr);
    }
}
