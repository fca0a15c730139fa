package org.annals.store;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;

/**
 * What differs between the archive's two SQL databases, DuckDB and PostgreSQL, for {@link SqlArchiveStore}.
 * The queries themselves are the same text for both (standard SQL both accept: {@code nextval}, {@code LIKE}
 * with an escape, {@code date_trunc} over a timestamp, {@code mode() WITHIN GROUP}, {@code LIMIT/OFFSET}); the
 * schemas differ only in additions (PostgreSQL's full-text column and indexes), and what remains is how each
 * reports a failure and how often a failed operation is tried again.
 */
enum SqlDialect {
    /** The embedded database: one writer process, errors as messages without SQL states. */
    DUCKDB(1),
    /** A server that can go away and come back: connection failures are tried again with backoff. */
    POSTGRESQL(5);

    /** How a failed statement is handled. */
    enum Failure {
        /** the connection was lost or could not be made: try again, then the archive is unavailable */
        CONNECTION,
        /** a concurrent writer got there first (a unique key, a serialisation conflict): try again */
        CONFLICT,
        /** anything else: a bug or a broken database; not tried again */
        OTHER
    }

    private final int attempts;

    SqlDialect(int attempts) {
        this.attempts = attempts;
    }

    /** How many times an operation that failed so is tried in all. */
    int attempts(Failure failure) {
        return switch (failure) {
            case CONNECTION -> attempts;
            case CONFLICT -> 3;
            case OTHER -> 1;
        };
    }

    /** The first pause before trying again, in milliseconds; each further pause doubles it. */
    long firstBackoffMillis() {
        return 200;
    }

    Failure classify(SQLException e) {
        if (e instanceof SQLTransientConnectionException) {
            return Failure.CONNECTION;
        }
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String message = e.getMessage() == null ? "" : e.getMessage().toLowerCase(Locale.ROOT);
        if (this == POSTGRESQL) {
            // 08: connection exceptions; 57P01-3: the server shut down or is starting; 53300: too many clients
            if (state.startsWith("08") || state.startsWith("57P") || state.equals("53300")) {
                return Failure.CONNECTION;
            }
            if (state.equals("23505") || state.equals("40001") || state.equals("40P01")) {
                return Failure.CONFLICT;
            }
            return Failure.OTHER;
        }
        if (message.contains("conflict") || message.contains("duplicate key")) {
            return Failure.CONFLICT;
        }
        return Failure.OTHER;
    }
}
