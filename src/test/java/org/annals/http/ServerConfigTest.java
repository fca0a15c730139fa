package org.annals.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ServerConfigTest {
    @Test
    void defaultsAreLocalReadOnlyAndWithoutCors() {
        ServerConfig c = ServerConfig.local(8080);
        assertEquals("127.0.0.1", c.host());
        assertEquals(null, c.ingestToken());
        assertTrue(c.corsOrigins().isEmpty());
    }

    @Test
    void badValuesAreRefusedNamingThem() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ServerConfig.local(8080).withIngestToken("short"))
                .getMessage().contains("at least 16 characters"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> ServerConfig.local(8080).withCorsOrigins(List.of("*"))).getMessage().contains("'*'"));
        assertThrows(IllegalArgumentException.class, () -> ServerConfig.local(70000));
        assertThrows(IllegalArgumentException.class, () -> ServerConfig.local(1).withMaxRequestBytes(10));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ServerConfig.local(1).withThreads(0))
                .getMessage().contains("request threads must be 1 to 1024: 0"));
    }

    @Test
    void requestsWorkedOnAtOnceAreAFewPerCore() {
        int cores = Runtime.getRuntime().availableProcessors();
        assertEquals(Math.max(4, 2 * cores), ServerConfig.local(1).threads());
        // Jetty's acceptor and selectors come on top of the workers, else no request would be worked on
        var pool = AnnalsServer.threadPool(3);
        assertTrue(pool.getMaxThreads() >= 3 + 2, "max " + pool.getMaxThreads());
        assertEquals(0, pool.getReservedThreads());
    }

    @Test
    void theTokenNeverShowsInMessages() {
        String token = "a-secret-token-of-some-length";
        assertFalse(ServerConfig.local(1).withIngestToken(token).toString().contains(token));
    }

    @Test
    void theTokenIsAcceptedOnlyWhole() {
        IngestToken t = new IngestToken("a-secret-token-of-some-length");
        assertTrue(t.accepts("Bearer a-secret-token-of-some-length"));
        assertTrue(t.accepts("bearer  a-secret-token-of-some-length "));
        assertFalse(t.accepts("Bearer a-secret-token-of-some-lengt"));
        assertFalse(t.accepts("Bearer a-secret-token-of-some-length2"));
        assertFalse(t.accepts("a-secret-token-of-some-length"));
        assertFalse(t.accepts("Bearer "));
        assertFalse(t.accepts(null));
    }
}
