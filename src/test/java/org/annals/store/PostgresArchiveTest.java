package org.annals.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The PostgreSQL archive's address and a server that is down: no server needed. */
class PostgresArchiveTest {

    @Test
    void aFullUrlIsReadPartByPart() {
        PostgresLocation l = PostgresLocation.parse(
                "postgresql://analyst:s%40cret:x@db.example.org:6543/news?sslmode=require&currentSchema=annals", Map.of());
        assertEquals("db.example.org", l.host());
        assertEquals(6543, l.port());
        assertEquals("news", l.database());
        assertEquals("analyst", l.user());
        assertEquals("s@cret:x", l.password());
        assertEquals("annals", l.schema());
        assertEquals("jdbc:postgresql://db.example.org:6543/news?sslmode=require&currentSchema=annals", l.jdbcUrl());
        assertEquals("postgresql://analyst@db.example.org:6543/news?sslmode=require&currentSchema=annals", l.display());
        assertFalse(l.toString().contains("cret"));
    }

    @Test
    void whatTheUrlLeavesOutComesFromTheEnvironmentAsForPsql() {
        Map<String, String> env = Map.of("PGPASSWORD", "from-env", "PGUSER", "reader", "PGPORT", "5544");
        PostgresLocation l = PostgresLocation.parse("postgres://", env);
        assertEquals("localhost", l.host());
        assertEquals(5544, l.port());
        assertEquals("reader", l.user());
        assertEquals("reader", l.database());
        assertEquals("from-env", l.password());
        assertNull(l.schema());
        PostgresLocation v6 = PostgresLocation.parse("postgresql://u@[::1]:5433/d", Map.of());
        assertEquals("::1", v6.host());
        assertEquals("[::1]:5433", v6.hostAndPort());
        assertNull(v6.password());
        assertTrue(PostgresLocation.isUrl(" POSTGRES://x"));
        assertFalse(PostgresLocation.isUrl("annals-data"));
    }

    @Test
    void aBadUrlIsInvalidAndItsPasswordIsNotRepeated() {
        ArchiveException e = assertThrows(ArchiveException.class,
                () -> PostgresLocation.parse("postgresql://u:hunter2@host:notaport/db", Map.of()));
        assertEquals(ArchiveException.Reason.INVALID, e.reason());
        assertFalse(e.getMessage().contains("hunter2"), e.getMessage());
        assertTrue(e.getMessage().contains("notaport"), e.getMessage());
        assertEquals(ArchiveException.Reason.INVALID, assertThrows(ArchiveException.class,
                () -> PostgresLocation.parse("postgresql://h:70000/d", Map.of())).reason());
    }

    @Test
    void aHeadlineBecomesEscapedHtmlWithMarks() {
        assertEquals("<mark>R&amp;D</mark> for &lt;secure&gt; &quot;chips&quot; &#39;now&#39;",
                PostgresSearch.snippet("\u0001R&D\u0002 for \u0003secure\u0004 \"chips\" 'now'"));
        assertEquals("", PostgresSearch.snippet(null));
    }

    @Test
    void aServerThatIsDownIsUnavailableAtOnceNamingHostAndPort() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        String url = "postgresql://annals:hunter2@127.0.0.1:" + port + "/annals";
        long start = System.nanoTime();
        ArchiveException e = assertThrows(ArchiveException.class, () -> PostgresArchive.open(url, Archives.Mode.WRITE));
        double seconds = (System.nanoTime() - start) / 1e9;
        assertEquals(ArchiveException.Reason.UNAVAILABLE, e.reason(), e.getMessage());
        assertTrue(e.getMessage().contains("127.0.0.1:" + port), e.getMessage());
        assertFalse(e.getMessage().contains("hunter2"), e.getMessage());
        assertTrue(seconds < PostgresArchive.CONNECT_TIMEOUT_SECONDS, "took " + seconds + " s");
    }
}
