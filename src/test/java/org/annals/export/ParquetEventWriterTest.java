package org.annals.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.annals.store.StoredEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Parquet through DuckDB: written, then read back with DuckDB's read_parquet. */
class ParquetEventWriterTest {
    @TempDir
    Path dir;

    private static String literal(Path file) {
        return "'" + file.toString().replace("'", "''") + "'";
    }

    private Path export(String name, Iterable<StoredEvent> events) throws IOException {
        Path file = dir.resolve(name);
        try (EventWriter w = EventWriters.toFile(ExportFormat.PARQUET, file)) {
            for (StoredEvent e : events) {
                w.write(e);
            }
        }
        return file;
    }

    @Test
    void columnsAreTypedAndValuesReadBack() throws IOException, SQLException {
        Path file = export("it's events.parquet", ExportFixtures.both());
        assertTrue(Files.size(file) > 0);
        assertFalse(Files.exists(Path.of(file + ".tmp")), "the spill folder is removed");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            Map<String, String> types = new LinkedHashMap<>();
            try (ResultSet r = s.executeQuery("DESCRIBE SELECT * FROM read_parquet(" + literal(file) + ")")) {
                while (r.next()) {
                    types.put(r.getString("column_name"), r.getString("column_type"));
                }
            }
            assertEquals(EventColumn.values().length, types.size());
            for (EventColumn col : EventColumn.values()) {
                assertEquals(col.type().name(), types.get(col.columnName()), col.columnName());
            }
            try (ResultSet r = s.executeQuery("SELECT * FROM read_parquet(" + literal(file) + ") ORDER BY id")) {
                assertTrue(r.next());
                assertEquals(42L, r.getLong("id"));
                assertEquals(LocalDate.of(2024, 6, 19), r.getObject("date", LocalDate.class));
                assertEquals("RUSGOV", r.getString("source_code"));
                assertEquals("Kim Jong Un", r.getString("target_name"));
                assertEquals("057", r.getString("cameo"));
                assertEquals(8.0, r.getDouble("goldstein"));
                assertEquals(1, r.getInt("quad_class"));
                assertEquals(2, r.getInt("mentions"));
                assertTrue(r.getBoolean("root_event"));
                assertEquals("Pyongyang", r.getString("location_name"));
                assertEquals(LocalDate.of(2024, 6, 20), r.getObject("added", LocalDate.class));
                assertTrue(r.next());
                assertEquals(43L, r.getLong("id"));
                assertEquals(-4.0, r.getDouble("goldstein"));
                assertEquals(3, r.getInt("quad_class"));
                assertEquals("reported", r.getString("status"));
                assertEquals(ExportFixtures.rejection().event().sentence(), r.getString("sentence"));
                assertNull(r.getString("plover"));
                assertNull(r.getObject("published"));
                assertEquals("KORSPY", r.getString("attribution_code"));
                assertFalse(r.next());
            }
        }
    }

    @Test
    void anEmptyExportIsAParquetFileWithTheColumns() throws IOException, SQLException {
        Path file = export("empty.parquet", java.util.List.of());
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT count(*), (SELECT count(*) FROM (DESCRIBE SELECT * FROM read_parquet("
                     + literal(file) + "))) FROM read_parquet(" + literal(file) + ")")) {
            assertTrue(r.next());
            assertEquals(0, r.getLong(1));
            assertEquals(EventColumn.values().length, r.getLong(2));
        }
    }

    @Test
    void failuresNameTheFile() {
        Path file = dir.resolve("missing-folder").resolve("events.parquet");
        IOException e = assertThrows(IOException.class, () -> export("missing-folder/events.parquet",
                ExportFixtures.both()));
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
    }
}
