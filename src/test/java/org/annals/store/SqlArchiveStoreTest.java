package org.annals.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import org.annals.model.AnalysisResult;
import org.duckdb.DuckDBConnection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Failures in the middle of storing an article, on a DuckDB database whose connections fail on cue: a
 * connection that is lost (PostgreSQL's SQL state 08006) is tried again, and whatever fails leaves nothing
 * of the article behind.
 */
class SqlArchiveStoreTest {
    @TempDir
    Path folder;
    private DuckDBConnection database;
    private final AtomicInteger failures = new AtomicInteger();
    private final AtomicInteger attempts = new AtomicInteger();

    @BeforeEach
    void createDatabase() throws SQLException {
        database = DriverManager.getConnection("jdbc:duckdb:" + folder.resolve("archive.duckdb"))
                .unwrap(DuckDBConnection.class);
        DuckDbSchema.migrate(database, "test archive");
    }

    @AfterEach
    void closeDatabase() throws SQLException {
        database.close();
    }

    /** Connections that lose the line {@code times} times when {@code method} is called with {@code text}. */
    private SqlRunner.Connections failing(String method, String text, int times) {
        AtomicInteger left = new AtomicInteger(times);
        return () -> {
            attempts.incrementAndGet();
            Connection real = database.duplicate();
            return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                    (proxy, m, args) -> {
                        boolean matches = m.getName().equals(method)
                                && (text == null || (args != null && String.valueOf(args[0]).contains(text)));
                        if (matches && left.getAndDecrement() > 0) {
                            failures.incrementAndGet();
                            throw new SQLException("An I/O error occurred while sending to the backend.", "08006");
                        }
                        try {
                            return m.invoke(real, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        };
    }

    private SqlArchiveStore store(SqlDialect dialect, SqlRunner.Connections connections) {
        return new SqlArchiveStore(new SqlRunner("test archive", dialect, connections), true,
                q -> { throw new UnsupportedOperationException("no search here"); }, article -> { }, () -> { });
    }

    private ArchiveStats stats() {
        return store(SqlDialect.DUCKDB, database::duplicate).stats();
    }

    @Test
    void aConnectionLostMidwayIsTriedAgainAndTheArticleStoredOnce() {
        AnalysisResult summit = ArchiveArticles.summit();
        SqlArchiveStore store = store(SqlDialect.POSTGRESQL, failing("prepareStatement", "INSERT INTO events", 2));
        IngestReceipt receipt = store.put(summit);
        assertEquals(IngestReceipt.Outcome.STORED, receipt.outcome());
        assertEquals(2, failures.get());
        assertEquals(3, attempts.get());
        ArchiveStats stats = stats();
        assertEquals(1, stats.articles());
        assertEquals(summit.events().size(), stats.events());
        assertEquals(summit.quotes().size(), stats.quotes());
    }

    @Test
    void aDatabaseThatStaysAwayIsUnavailableAndNothingOfTheArticleIsStored() {
        SqlArchiveStore store = store(SqlDialect.POSTGRESQL, failing("commit", null, 100));
        ArchiveException e = assertThrows(ArchiveException.class, () -> store.put(ArchiveArticles.aid()));
        assertEquals(ArchiveException.Reason.UNAVAILABLE, e.reason());
        assertTrue(e.getMessage().startsWith("test archive: storing article " + ArchiveArticles.aid().article().id()),
                e.getMessage());
        assertTrue(e.getMessage().contains("5 attempts"), e.getMessage());
        assertEquals(new ArchiveStats(0, 0, 0, 0, 0), stats());
        assertEquals(IngestReceipt.Outcome.STORED, store(SqlDialect.DUCKDB, database::duplicate)
                .put(ArchiveArticles.aid()).outcome(), "nothing half-stored stands in the way");
    }

    @Test
    void whatDuckDbsAppendersWroteIsRolledBackWithTheTransaction() {
        SqlArchiveStore store = store(SqlDialect.DUCKDB, failing("commit", null, 1));
        ArchiveException e = assertThrows(ArchiveException.class, () -> store.put(ArchiveArticles.summit()));
        assertEquals(ArchiveException.Reason.FAILED, e.reason(), "the embedded database is not tried again");
        assertEquals(1, attempts.get());
        assertEquals(new ArchiveStats(0, 0, 0, 0, 0), stats());
    }
}
