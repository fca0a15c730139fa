package org.annals.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Writes rows into one table inside the caller's open transaction; {@link #close} sends what is left. Values
 * are given in {@link Table#columns()} order as String, Long, Integer, Double, Boolean, LocalDate,
 * LocalDateTime or null. Not thread-safe: one writer per connection and table at a time.
 */
interface RowWriter extends AutoCloseable {

    void add(Object... values) throws SQLException;

    @Override
    void close() throws SQLException;

    /**
     * A writer for {@code table} on {@code connection}: DuckDB's appender for the embedded archive (a prepared
     * INSERT costs DuckDB a fraction of a millisecond per row; the appender a few microseconds), a batched
     * INSERT for PostgreSQL. DuckDB's appender joins the connection's transaction only once a statement has
     * run in it, so callers run their first query before writing.
     */
    static RowWriter open(SqlDialect dialect, Connection connection, Table table) throws SQLException {
        return dialect == SqlDialect.DUCKDB
                ? new Appender(connection.unwrap(DuckDBConnection.class).createAppender(table.sqlName()),
                        table.columns().size())
                : new Batch(connection.prepareStatement(table.insertSql()), table.columns().size());
    }

    /** Rows as a batch of one prepared INSERT. */
    final class Batch implements RowWriter {
        private final PreparedStatement statement;
        private final int width;
        private int pending;

        Batch(PreparedStatement statement, int width) {
            this.statement = statement;
            this.width = width;
        }

        @Override
        public void add(Object... values) throws SQLException {
            Appender.checkWidth(values, width);
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.addBatch();
            pending++;
        }

        @Override
        public void close() throws SQLException {
            try (statement) {
                if (pending > 0) {
                    statement.executeBatch();
                }
            }
        }
    }

    /** Rows through DuckDB's appender. */
    final class Appender implements RowWriter {
        private final DuckDBAppender appender;
        private final int width;

        Appender(DuckDBAppender appender, int width) {
            this.appender = appender;
            this.width = width;
        }

        static void checkWidth(Object[] values, int width) {
            if (values.length != width) {
                throw new IllegalArgumentException("a row needs " + width + " values, not " + values.length);
            }
        }

        @Override
        public void add(Object... values) throws SQLException {
            checkWidth(values, width);
            appender.beginRow();
            for (Object v : values) {
                if (v == null) {
                    appender.appendNull();
                } else if (v instanceof String s) {
                    appender.append(s);
                } else if (v instanceof Long l) {
                    appender.append(l.longValue());
                } else if (v instanceof Integer n) {
                    appender.append(n.intValue());
                } else if (v instanceof Double d) {
                    appender.append(d.doubleValue());
                } else if (v instanceof Boolean b) {
                    appender.append(b.booleanValue());
                } else if (v instanceof LocalDate d) {
                    appender.append(d);
                } else if (v instanceof LocalDateTime t) {
                    appender.append(t);
                } else {
                    throw new IllegalArgumentException("no column type for " + v.getClass().getName());
                }
            }
            appender.endRow();
        }

        @Override
        public void close() throws SQLException {
            appender.close();
        }
    }
}
