package org.annals.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.annals.search.SearchQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedArchiveStoreTest extends ArchiveStoreContract {
    @TempDir
    Path folder;

    private Path archive() {
        return folder.resolve("annals-data");
    }

    @Override
    protected ArchiveStore openEmpty() {
        return Archives.open(archive().toString(), Archives.Mode.WRITE);
    }

    @Override
    protected ArchiveStore reopen(Archives.Mode mode) {
        return Archives.open(archive().toString(), mode);
    }

    private static ArchiveException failure(Path where, Archives.Mode mode) {
        return assertThrows(ArchiveException.class, () -> Archives.open(where.toString(), mode));
    }

    @Test
    void theFolderHoldsTheDatabaseAndTheIndex() {
        assertTrue(Files.isRegularFile(archive().resolve("archive.duckdb")));
        assertEquals(archive().toString(), store.location());
    }

    @Test
    void readingAMissingArchiveIsNotFound() throws Exception {
        ArchiveException e = failure(folder.resolve("nothing"), Archives.Mode.READ);
        assertEquals(ArchiveException.Reason.NOT_FOUND, e.reason());
        assertTrue(e.getMessage().contains(folder.resolve("nothing").toString()), e.getMessage());
        Files.createDirectories(folder.resolve("empty"));
        assertEquals(ArchiveException.Reason.NOT_FOUND, failure(folder.resolve("empty"), Archives.Mode.READ).reason());
        assertTrue(Files.notExists(folder.resolve("nothing")), "reading creates nothing");
    }

    @Test
    void aFileThatIsNoDatabaseIsCorrupt() throws Exception {
        Path broken = folder.resolve("broken");
        Files.createDirectories(broken);
        Files.writeString(broken.resolve("archive.duckdb"), "These bytes were never a database. ".repeat(300));
        for (Archives.Mode mode : Archives.Mode.values()) {
            ArchiveException e = failure(broken, mode);
            assertEquals(ArchiveException.Reason.CORRUPT, e.reason(), e.getMessage());
            assertTrue(e.getMessage().contains(broken.toString()), e.getMessage());
        }
    }

    @Test
    void aFileInPlaceOfTheFolderOrADatabaseOfSomethingElseIsInvalid() throws Exception {
        Path file = Files.writeString(folder.resolve("notes.txt"), "notes");
        assertEquals(ArchiveException.Reason.INVALID, failure(file, Archives.Mode.WRITE).reason());
        Path other = folder.resolve("other");
        Files.createDirectories(other);
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + other.resolve("archive.duckdb"));
             Statement s = c.createStatement()) {
            s.execute("CREATE TABLE accounts (name TEXT)");
        }
        assertEquals(ArchiveException.Reason.INVALID, failure(other, Archives.Mode.WRITE).reason());
        assertEquals(ArchiveException.Reason.INVALID, failure(other, Archives.Mode.READ).reason());
    }

    @Test
    void aSecondWriterProcessFindsTheArchiveLocked() throws Exception {
        store.close();
        try (ArchiveChild.Running child = ArchiveChild.Running.start("hold", archive())) {
            assertEquals("open", child.line());
            for (Archives.Mode mode : Archives.Mode.values()) {
                ArchiveException e = failure(archive(), mode);
                assertEquals(ArchiveException.Reason.LOCKED, e.reason(), e.getMessage());
                assertTrue(e.getMessage().contains(archive().toString())
                        && e.getMessage().contains("another Annals process is writing to it"), e.getMessage());
            }
        }
        store = reopen(Archives.Mode.WRITE);
        assertEquals(0, store.stats().articles());
    }

    @Test
    void anIngestKilledMidwayLosesNothingStoredAndDuplicatesNothing() throws Exception {
        store.close();
        int stored;
        try (ArchiveChild.Running child = ArchiveChild.Running.start("ingest", archive())) {
            assertEquals("open", child.line());
            String line = null;
            for (int i = 0; i < 8; i++) {
                line = child.line();
            }
            child.kill();
            stored = Integer.parseInt(line);
        }
        store = reopen(Archives.Mode.WRITE);
        ArchiveStats stats = store.stats();
        assertTrue(stats.articles() >= stored, stats + " after " + stored);
        assertEquals(stats.articles() * 10, stats.events());
        assertEquals(stats.articles(), stats.quotes());
        SyntheticArticles articles = new SyntheticArticles(11, 10);
        List<IngestReceipt.Outcome> again = new ArrayList<>();
        for (int i = 0; i < stats.articles() + 5; i++) {
            again.add(store.put(articles.article(i)).outcome());
        }
        assertTrue(again.subList(0, (int) stats.articles()).stream().allMatch(o -> o == IngestReceipt.Outcome.DUPLICATE));
        assertTrue(again.subList((int) stats.articles(), again.size()).stream().noneMatch(o -> o == IngestReceipt.Outcome.DUPLICATE));
        assertEquals(stats.articles() + 5, store.stats().articles());
        // Every synthetic title says "nuova fase nei rapporti" or "a new phase in relations".
        assertEquals(store.stats().articles(), store.search(SearchQuery.of("rapporti")).total()
                + store.search(SearchQuery.of("relations")).total(), "the index caught up with the database");
    }

    @Test
    void oneProcessSharesOneStorePerFolder() {
        ArchiveStore reader = reopen(Archives.Mode.READ);
        ArchiveStore writer = reopen(Archives.Mode.WRITE);
        assertSame(store, reader);
        assertSame(store, writer);
        reader.close();
        writer.close();
        store.put(ArchiveArticles.strike());
        assertEquals(1, store.stats().articles(), "still open for its first holder");
    }

    @Test
    void aFolderOpenForReadingCannotBeWrittenByTheSameProcess() {
        store.close();
        store = reopen(Archives.Mode.READ);
        assertEquals(ArchiveException.Reason.LOCKED, failure(archive(), Archives.Mode.WRITE).reason());
    }

    @Test
    void theTablesHaveTheColumnsTheProgramWritesInItsOrder() throws Exception {
        store.close();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + archive().resolve("archive.duckdb"));
             Statement s = c.createStatement()) {
            for (Table table : Table.values()) {
                List<String> columns = new ArrayList<>();
                try (ResultSet rs = s.executeQuery("SELECT column_name FROM information_schema.columns WHERE table_name = '"
                        + table.sqlName() + "' ORDER BY ordinal_position")) {
                    while (rs.next()) {
                        columns.add(rs.getString(1));
                    }
                }
                assertEquals(table.columns(), columns, table.sqlName());
            }
        }
        store = reopen(Archives.Mode.WRITE);
    }
}
