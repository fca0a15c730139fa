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
