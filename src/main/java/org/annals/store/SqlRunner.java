package org.annals.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;

/**
 * Runs the archive's database work: takes a connection for each piece of work, runs it (in a transaction
 * when asked), and tries it again when the database says so (a lost connection, a concurrent writer), with
 * a doubling pause, as often as the {@link SqlDialect} allows. What still fails becomes an
 * {@link ArchiveException} naming the archive and the operation: UNAVAILABLE for a database that cannot be
 * reached, FAILED otherwise. Because every write is one transaction, work that failed left nothing behind
 * and can be run again. Thread-safe when the connection source is.
 */
final class SqlRunner {

    /** Where connections come from: each one is closed (given back) after one piece of work. */
    @FunctionalInterface
    interface Connections {
        Connection get() throws SQLException;
    }

    /** Work on one connection. */
    @FunctionalInterface
    interface Work<T> {
        T apply(Connection connection) throws SQLException;
    }

    private final String location;
    private final SqlDialect dialect;
    private final Connections connections;

    SqlRunner(String location, SqlDialect dialect, Connections connections) {
        this.location = Objects.requireNonNull(location, "location");
        this.dialect = Objects.requireNonNull(dialect, "dialect");
        this.connections = Objects.requireNonNull(connections, "connections");
    }

    String location() {
        return location;
    }

    SqlDialect dialect() {
        return dialect;
    }

    /** Runs {@code work} with autocommit, as often as needed; see the class comment. */
    <T> T run(String operation, Work<T> work) {
        return attempt(operation, work, false);
    }

    /** Runs {@code work} in one transaction, committed when it returns, rolled back when it throws. */
    <T> T transaction(String operation, Work<T> work) {
        return attempt(operation, work, true);
    }

    private <T> T attempt(String operation, Work<T> work, boolean transaction) {
        long pause = dialect.firstBackoffMillis();
        for (int attempt = 1; ; attempt++) {
            Connection connection = null;
            try {
                connection = connections.get();
                return transaction ? inTransaction(connection, work) : work.apply(connection);
            } catch (SQLException e) {
                SqlDialect.Failure failure = dialect.classify(e);
                if (attempt >= dialect.attempts(failure)) {
                    throw failure(operation, failure, attempt, e);
                }
            } finally {
                closeQuietly(connection);
            }
            try {
                Thread.sleep(pause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ArchiveException(ArchiveException.Reason.FAILED,
                        location + ": " + operation + " was interrupted", e);
            }
            pause *= 2;
        }
    }

    private static <T> T inTransaction(Connection connection, Work<T> work) throws SQLException {
        connection.setAutoCommit(false);
        boolean committed = false;
        try {
            T result = work.apply(connection);
            connection.commit();
            committed = true;
            return result;
        } finally {
            if (!committed) {
                try {
                    connection.rollback();
                } catch (SQLException | RuntimeException e) {
                    // the connection may be gone; the server rolls back what was not committed
                }
            }
        }
    }

    private ArchiveException failure(String operation, SqlDialect.Failure failure, int attempts, SQLException e) {
        String tries = attempts > 1 ? " (" + attempts + " attempts)" : "";
        if (failure == SqlDialect.Failure.CONNECTION) {
            return new ArchiveException(ArchiveException.Reason.UNAVAILABLE, location + ": " + operation
                    + " failed: the database is unavailable" + tries + ": " + e.getMessage(), e);
        }
        return new ArchiveException(ArchiveException.Reason.FAILED,
                location + ": " + operation + " failed" + tries + ": " + e.getMessage(), e);
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException | RuntimeException e) {
                // a broken connection; the pool or the database discards it
            }
        }
    }

    /** Sets {@code values} as the statement's parameters, from the first. */
    static PreparedStatement bind(PreparedStatement statement, List<Object> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            statement.setObject(i + 1, values.get(i));
        }
        return statement;
    }
}
