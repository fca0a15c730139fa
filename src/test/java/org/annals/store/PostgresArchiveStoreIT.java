package org.annals.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.annals.model.AnalysisResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The archive contract on a real PostgreSQL server, from {@code ANNALS_TEST_POSTGRES} (a
 * {@code postgresql://} URL; {@code .ci/with-postgres} starts a server and sets it). Each test gets its own
 * schema, dropped afterwards. Skipped without the variable, except under CI, where that is a failure.
 */
class PostgresArchiveStoreIT extends ArchiveStoreContract {
    private static final String URL = System.getenv("ANNALS_TEST_POSTGRES");
    private final String schema = "annals_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    @BeforeAll
    static void needsAServer() {
        if (URL == null || URL.isBlank()) {
            if (System.getenv("CI") != null) {
                fail("CI is set but ANNALS_TEST_POSTGRES is not: run the build through .ci/run, which starts PostgreSQL");
            }
            Assumptions.abort("ANNALS_TEST_POSTGRES is not set (e.g. .ci/with-postgres mvn verify)");
        }
    }

    private String url(String database, String inSchema) {
        PostgresLocation base = PostgresLocation.parse(URL, Map.of());
        String url = URL.replaceFirst("/" + base.database() + "(\\?|$)", "/" + database + "$1");
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + inSchema;
    }

    @Override
    protected ArchiveStore openEmpty() {
        return PostgresArchive.open(url(PostgresLocation.parse(URL, Map.of()).database(), schema), Archives.Mode.WRITE);
    }

    @Override
    protected ArchiveStore reopen(Archives.Mode mode) {
        return PostgresArchive.open(url(PostgresLocation.parse(URL, Map.of()).database(), schema), mode);
    }

    @AfterEach
    void dropSchema() throws SQLException {
        store.close();
        PostgresLocation base = PostgresLocation.parse(URL, System.getenv());
        try (Connection c = DriverManager.getConnection(base.jdbcUrl(), base.user(), base.password());
             Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }

    @Test
    void theLocationNamesTheServerAndDatabaseButNotThePassword() {
        PostgresLocation base = PostgresLocation.parse(URL, System.getenv());
        assertTrue(store.location().startsWith("postgresql://" + base.user() + "@" + base.hostAndPort() + "/"),
                store.location());
        if (base.password() != null) {
            assertFalse(store.location().contains(base.password()));
        }
    }

    @Test
    void readingASchemaWithoutAnArchiveIsNotFound() {
        ArchiveException e = assertThrows(ArchiveException.class,
                () -> PostgresArchive.open(url(PostgresLocation.parse(URL, Map.of()).database(), schema + "_none"),
                        Archives.Mode.READ));
        assertEquals(ArchiveException.Reason.NOT_FOUND, e.reason(), e.getMessage());
    }

    @Test
    void aMissingDatabaseIsNotFound() {
        ArchiveException e = assertThrows(ArchiveException.class,
                () -> PostgresArchive.open(url("annals_no_such_database", schema), Archives.Mode.WRITE));
        assertEquals(ArchiveException.Reason.NOT_FOUND, e.reason(), e.getMessage());
        assertTrue(e.getMessage().contains("annals_no_such_database"), e.getMessage());
    }

    @Test
    void aWrongPasswordIsRefusedWithoutBeingShown() {
        PostgresLocation base = PostgresLocation.parse(URL, System.getenv());
        String wrong = "Wrong-Secret-42";
        String url = "postgresql://" + base.user() + ":" + wrong + "@" + base.hostAndPort() + "/" + base.database();
        ArchiveException e = assertThrows(ArchiveException.class, () -> PostgresArchive.open(url, Archives.Mode.WRITE));
        assertEquals(ArchiveException.Reason.INVALID, e.reason(), e.getMessage());
        assertFalse(e.getMessage().contains(wrong), e.getMessage());
    }

    @Test
    void twoProcessesStoringTheSameArticlesAtOnceStoreEachOnce() throws Exception {
        List<AnalysisResult> articles = ArchiveArticles.analysed();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try (ArchiveStore other = reopen(Archives.Mode.WRITE)) {
            List<Callable<List<IngestReceipt>>> writers = new ArrayList<>();
            for (ArchiveStore writer : List.of(store, other)) {
                writers.add(() -> articles.stream().map(writer::put).toList());
            }
            List<IngestReceipt> receipts = new ArrayList<>();
            for (Future<List<IngestReceipt>> f : pool.invokeAll(writers)) {
                receipts.addAll(f.get());
            }
            long kept = receipts.stream().filter(r -> r.outcome() != IngestReceipt.Outcome.DUPLICATE).count();
            assertEquals(store.stats().articles(), kept, receipts.toString());
            assertEquals(ArchiveArticles.analysed().size() - 1, kept, "the article under the same URL is a duplicate");
        } finally {
            pool.shutdownNow();
        }
    }
}
