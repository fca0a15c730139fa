package org.annals.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.annals.model.DocumentHints;
import org.annals.model.DocumentKind;
import org.annals.model.RawDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** URL inputs against a small HTTP server on the loopback interface. */
class HttpFetcherIT {
    private static final String PAGE = "<html><head><title>Vertice a Roma</title></head><body><article>"
            + "<p>I due ministri si sono incontrati a Roma martedì.</p></article></body></html>";

    private HttpServer server;
    private String base;
    private final AtomicReference<String> userAgent = new AtomicReference<>();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/article", exchange -> {
            userAgent.set(exchange.getRequestHeaders().getFirst("User-Agent"));
            send(exchange, 200, "text/html; charset=utf-8", PAGE.getBytes(StandardCharsets.UTF_8), true);
        });
        server.createContext("/old", exchange -> {
            exchange.getResponseHeaders().add("Location", base + "/article");
            exchange.sendResponseHeaders(301, -1);
            exchange.close();
        });
        server.createContext("/missing", exchange -> send(exchange, 404, "text/html", "gone".getBytes(), true));
        server.createContext("/report.pdf", exchange ->
                send(exchange, 200, "application/pdf", "%PDF-1.7".getBytes(), true));
        server.createContext("/huge", exchange -> send(exchange, 200, "text/plain", new byte[5000], true));
        server.createContext("/endless", exchange -> send(exchange, 200, "text/plain", new byte[5000], false));
        server.createContext("/slow", exchange -> {
            try {
                Thread.sleep(3000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            send(exchange, 200, "text/plain", "late".getBytes(), true);
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private static void send(com.sun.net.httpserver.HttpExchange exchange, int status, String type, byte[] body,
                             boolean withLength) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, withLength ? body.length : 0);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static DocumentReader.Batch read(WebFetcher fetcher, long maxBytes, String... urls) {
        return new DocumentReader(maxBytes, DocumentHints.NONE, fetcher).readAll(List.of(urls));
    }

    @Test
    void aPageIsFetchedAfterRedirectsAndKeepsItsFinalUrl() {
        DocumentReader.Batch batch = read(new HttpFetcher(), 1 << 20, base + "/old");
        assertEquals(List.of(), batch.failures());
        RawDocument doc = batch.documents().get(0);
        assertEquals(base + "/old", doc.source());
        assertEquals(base + "/article", doc.hints().url());
        assertEquals(DocumentKind.HTML, doc.kind());
        assertTrue(doc.content().contains("I due ministri"));
        assertTrue(userAgent.get().startsWith("Annals/"), userAgent.get());
    }

    @Test
    void errorsAndNonTextAreReportedFailuresNamingTheUrl() {
        DocumentReader.Batch batch = read(new HttpFetcher(), 1 << 20, base + "/missing", base + "/report.pdf",
                "http://127.0.0.1:1/closed", "https://", base + "/article");
        assertEquals(1, batch.documents().size(), "the good page is still read");
        List<ReadFailure> failures = batch.failures();
        assertEquals(4, failures.size(), failures.toString());
        assertEquals(base + "/missing", failures.get(0).source());
        assertTrue(failures.get(0).reason().contains("HTTP 404"), failures.get(0).reason());
        assertTrue(failures.get(1).reason().contains("not text or HTML: the server sent application/pdf"),
                failures.get(1).reason());
        assertTrue(failures.get(2).reason().startsWith("cannot connect"), failures.get(2).reason());
        assertTrue(failures.get(3).reason().startsWith("not a valid URL"), failures.get(3).reason());
    }

    @Test
    void aBodyOverTheLimitIsRefusedWithOrWithoutALength() {
        DocumentReader.Batch batch = read(new HttpFetcher(), 1000, base + "/huge", base + "/endless");
        assertEquals(2, batch.failures().size(), batch.failures().toString());
        for (ReadFailure f : batch.failures()) {
            assertTrue(f.reason().startsWith("too large") && f.reason().contains("--max-size"), f.reason());
        }
    }

    @Test
    void aSlowServerTimesOut() {
        long start = System.nanoTime();
        DocumentReader.Batch batch = read(new HttpFetcher(Duration.ofSeconds(1), Duration.ofMillis(500)),
                1 << 20, base + "/slow");
        assertTrue(System.nanoTime() - start < 2_500_000_000L, "gave up at the deadline");
        assertEquals(1, batch.failures().size());
        assertTrue(batch.failures().get(0).reason().contains("in time")
                || batch.failures().get(0).reason().contains("within"), batch.failures().get(0).reason());
    }

    @Test
    void withoutAFetcherUrlsAreFailuresNotPaths() {
        DocumentReader.Batch batch = new DocumentReader(1000, DocumentHints.NONE).readAll(List.of(base + "/article"));
        assertEquals("web pages are not fetched by this command", batch.failures().get(0).reason());
    }
}
