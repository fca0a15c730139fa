package org.annals.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Objects;
import java.util.StringJoiner;
import org.annals.store.StoredEvent;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Writes events to an Apache Parquet file with typed columns ({@link EventColumn}: BIGINT id, DATE date,
 * DOUBLE goldstein, INTEGER quad_class, BOOLEAN root_event, VARCHAR codes and text), through DuckDB, which
 * the archive already uses and which writes Parquet natively: rows go into a table of an in-memory DuckDB
 * database through DuckDB's appender, and {@link #close} copies the table to the file. Nothing is written
 * to the file before {@code close}.
 *
 * <p>DuckDB keeps the table in memory and spills it to a temporary folder beside the output file
 * ({@code FILE.tmp}, removed on close) when it outgrows memory, so large exports do not need the heap.
 */
public final class ParquetEventWriter implements EventWriter {
    private static final String TABLE = "events";

    private final Path file;
    private final Path spill;
    private final Connection connection;
    private final DuckDBAppender appender;
    private boolean closed;

    /**
     * Prepares an export to {@code file}, replaced when it exists.
     *
     * @throws IOException naming the file when DuckDB cannot be started
     */
    public ParquetEventWriter(Path file) throws IOException {
        this.file = Objects.requireNonNull(file, "file").toAbsolutePath();
        this.spill = Path.of(this.file + ".tmp");
        Connection c = null;
        try {
            c = DriverManager.getConnection("jdbc:duckdb:");
            try (Statement s = c.createStatement()) {
                s.execute("SET temp_directory = " + literal(spill.toString()));
                s.execute("CREATE TABLE " + TABLE + " (" + columns() + ")");
            }
            this.appender = c.unwrap(DuckDBConnection.class).createAppender(DuckDBConnection.DEFAULT_SCHEMA, TABLE);
            this.connection = c;
        } catch (SQLException e) {
            closeQuietly(c);
            throw failure("cannot prepare", e);
        }
    }

    private static String columns() {
        StringJoiner j = new StringJoiner(", ");
        for (EventColumn c : EventColumn.values()) {
            j.add('"' + c.columnName() + "\" " + c.type().name());
        }
        return j.toString();
    }

    @Override
    public void write(StoredEvent event) throws IOException {
        if (closed) {
            throw new IOException("Parquet export to " + file + " is already closed");
        }
        try {
            appender.beginRow();
            for (EventColumn c : EventColumn.values()) {
                append(c.value(event));
            }
            appender.endRow();
        } catch (SQLException e) {
            throw failure("cannot add event " + event.id() + " to", e);
        }
    }

    private void append(Object value) throws SQLException {
        if (value == null) {
            appender.appendNull();
        } else if (value instanceof Long v) {
            appender.append(v.longValue());
        } else if (value instanceof Integer v) {
            appender.append(v.intValue());
        } else if (value instanceof Double v) {
            appender.append(v.doubleValue());
        } else if (value instanceof Boolean v) {
            appender.append(v.booleanValue());
        } else if (value instanceof LocalDate v) {
            appender.append(v);
        } else {
            appender.append(value.toString());
        }
    }

    /** Copies the rows to the Parquet file and releases DuckDB; a second call does nothing. */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try (Connection c = connection) {
            appender.close();
            try (Statement s = c.createStatement()) {
                s.execute("COPY " + TABLE + " TO " + literal(file.toString()) + " (FORMAT PARQUET)");
            }
        } catch (SQLException e) {
            throw failure("cannot write", e);
        } finally {
            removeSpill();
        }
    }

    /** DuckDB empties its temporary folder on close; the folder itself goes too when it was made. */
    private void removeSpill() {
        try {
            Files.deleteIfExists(spill);
        } catch (IOException ignored) {
            // best effort: a leftover temporary folder does not make the export fail
        }
    }

    private IOException failure(String what, SQLException e) {
        return new IOException(what + " Parquet file " + file + ": " + e.getMessage(), e);
    }

    /** A SQL string literal: quotes doubled, so any file name is safe. */
    private static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // already failing: the first error is the one reported
            }
        }
    }
}
