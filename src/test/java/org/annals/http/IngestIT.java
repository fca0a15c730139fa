package org.annals.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.annals.store.ArchiveStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** POST /api/ingest: the token, the three body types, a fetched URL, and the errors. */
class IngestIT {
    static final String TOKEN = "correct-horse-battery-staple";
    static final Map<String, String> AUTH = Map.of("Authorization", "Bearer " + TOKEN);
    static final String TEXT = "Italy and Germany signed an agreement on energy in Rome on Monday. "
            + "The two governments met for three hours.";

    static ArchiveStore store;
    static AnnalsServer server;
    static AnnalsServer readOnly;
    static AnnalsServer guarded;
    static final java.util.concurrent.atomic.AtomicInteger fetched = new java.util.concurrent.atomic.AtomicInteger();
    static HttpServer pages;
    static TestClient http;

    @BeforeAll
    static void start() throws Exception {
        store = FixtureArchive.embedded(java.nio.file.Files.createTempDirectory("annals-web-archive"));
        PrintStream log = new PrintStream(new ByteArrayOutputStream(), true);
        server = AnnalsServer.start(store, ServerConfig.local(0).withIngestToken(TOKEN).withMaxRequestBytes(64 * 1024)
                .withAllowPrivate(true),
                FixtureArchive::pipeline, log);
        readOnly = AnnalsServer.start(store, ServerConfig.local(0), FixtureArchive::pipeline, log);
        guarded = AnnalsServer.start(store, ServerConfig.local(0).withIngestToken(TOKEN), FixtureArchive::pipeline, log);
        http = new TestClient(server.url());
        // a page to fetch, on this machine only
        pages = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        pages.createContext("/news/summit.html", exchange -> {
            fetched.incrementAndGet();
            byte[] body = ("<html><head><title>Leaders meet in Geneva</title>"
                    + "<meta property=\"article:published_time\" content=\"2024-05-02T10:00:00+02:00\"></head><body>"
                    + "<article><p>The presidents of France and Brazil met in Geneva on Thursday to discuss trade "
                    + "and climate.</p></article></body></html>").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        pages.createContext("/news/slow.html", exchange -> {
            try {
                slowPageReleased.await(20, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            byte[] body = "<html><body><p>Late, but here.</p></body></html>".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        pages.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        pages.start();
    }

    static final java.util.concurrent.CountDownLatch slowPageReleased = new java.util.concurrent.CountDownLatch(1);

    @AfterAll
    static void stop() {
        server.close();
        readOnly.close();
        guarded.close();
        pages.stop(0);
    }

    @Test
    void anIngestWaitingOnASlowSiteLeavesTheWorkersToTheReaders() throws Exception {
        try (AnnalsServer one = AnnalsServer.start(store, ServerConfig.local(0).withIngestToken(TOKEN).withThreads(1)
                .withAllowPrivate(true), FixtureArchive::pipeline, new PrintStream(new ByteArrayOutputStream(), true))) {
            TestClient client = new TestClient(one.url());
            String url = "http://127.0.0.1:" + pages.getAddress().getPort() + "/news/slow.html";
            var ingest = java.util.concurrent.CompletableFuture.supplyAsync(() -> client.post("/api/ingest",
                    "application/json", ("{\"url\": \"" + url + "\"}").getBytes(StandardCharsets.UTF_8), AUTH));
            try {
                Thread.sleep(300);
                // the one worker answers while the ingest waits for the page
                for (int i = 0; i < 3; i++) {
                    assertEquals(200, client.get("/api/stats").status());
                }
                assertTrue(!ingest.isDone(), "the page is still held back");
            } finally {
                slowPageReleased.countDown();
            }
            assertEquals(201, ingest.get(30, java.util.concurrent.TimeUnit.SECONDS).status());
        }
    }

    static TestClient.Answer post(String type, String body, Map<String, String> headers) {
        return http.post("/api/ingest", type, body.getBytes(StandardCharsets.UTF_8), headers);
    }

    @Test
    void withoutAConfiguredTokenIngestIsForbidden() {
        var a = new TestClient(readOnly.url()).post("/api/ingest", "text/plain", TEXT.getBytes(StandardCharsets.UTF_8), AUTH);
        assertEquals(403, a.status());
        assertTrue(a.error().startsWith("ingest is disabled"), a.body());
    }

    @Test
    void aMissingOrWrongTokenIsRefused() {
        var missing = post("text/plain", TEXT, Map.of());
        assertEquals(401, missing.status());
        assertEquals("Bearer", missing.header("WWW-Authenticate"));
        assertEquals(401, post("text/plain", TEXT, Map.of("Authorization", "Bearer " + TOKEN + "x")).status());
        assertEquals(401, post("text/plain", TEXT, Map.of("Authorization", TOKEN)).status());
        assertEquals(401, post("text/plain", TEXT, Map.of("Authorization", "Basic " + TOKEN)).status());
    }

    @Test
    void aJsonArticleIsAnalysedStoredAndServed() {
        String json = "{\n  \"id\": \"energy-deal\",\n  \"title\": \"Italy and Germany sign an energy deal\",\n"
                + "  \"published\": \"2024-03-11\",\n  \"url\": \"https://news.example/energy-deal\",\n"
                + "  \"text\": \"" + TEXT + "\"\n}";
        var a = post("application/json; charset=utf-8", json, AUTH);
        assertEquals(201, a.status(), a.body());
        JsonNode receipt = a.json();
        assertEquals("stored", receipt.get("outcome").asText());
        assertEquals("energy-deal", receipt.get("articleId").asText());
        assertEquals("Italy and Germany sign an energy deal", receipt.get("title").asText());
        assertTrue(receipt.get("events").asInt() >= 2, a.body());
        JsonNode article = http.get("/api/articles/energy-deal").json();
        assertEquals("https://news.example/energy-deal", article.get("url").asText());
        assertEquals(TEXT.substring(0, 40), article.get("analysis").get("article").get("text").asText().substring(0, 40));
        var again = post("application/json", json, AUTH);
        assertEquals(200, again.status());
        assertEquals("duplicate", again.json().get("outcome").asText());
    }

    @Test
    void plainTextAndHtmlBodies() {
        var text = post("text/plain; charset=utf-8", "Talks in Madrid\n\nSpain and Portugal held talks in Madrid on "
                + "Friday about fishing rights and the shared border rivers.", AUTH);
        assertEquals(201, text.status(), text.body());
        var html = post("text/html", "<html><head><title>Talks in Lisbon</title></head><body><article><p>"
                + "Portugal and Spain held talks in Lisbon on Friday about water and energy.</p></article></body></html>", AUTH);
        assertEquals(201, html.status(), html.body());
        assertEquals("Talks in Lisbon", html.json().get("title").asText());
    }

    @Test
    void aUrlIsFetchedAndItsPageIngested() {
        String url = "http://127.0.0.1:" + pages.getAddress().getPort() + "/news/summit.html";
        var a = post("application/json", "{\"url\": \"" + url + "\"}", AUTH);
        assertEquals(201, a.status(), a.body());
        assertEquals("Leaders meet in Geneva", a.json().get("title").asText());
        JsonNode article = http.get("/api/articles/" + a.json().get("articleId").asText()).json();
        assertEquals(url, article.get("analysis").get("article").get("url").asText());
        var missing = post("application/json", "{\"url\": \"" + url.replace("summit", "nothing") + "\"}", AUTH);
        assertEquals(502, missing.status());
        assertTrue(missing.error().contains("HTTP 404"), missing.body());
        var ftp = post("application/json", "{\"url\": \"ftp://127.0.0.1/x\"}", AUTH);
        assertEquals(400, ftp.status());
        assertTrue(ftp.error().contains("http or https"), ftp.body());
    }

    @Test
    void aUrlOnTheServersOwnNetworkIsRefusedUnlessAllowed() {
        String url = "http://127.0.0.1:" + pages.getAddress().getPort() + "/news/summit.html";
        int before = fetched.get();
        var refused = new TestClient(guarded.url()).post("/api/ingest", "application/json",
                ("{\"url\": \"" + url + "\"}").getBytes(StandardCharsets.UTF_8), AUTH);
        assertEquals(400, refused.status(), refused.body());
        assertTrue(refused.error().contains("127.0.0.1"), refused.body());
        assertEquals(before, fetched.get(), "the page server was never asked");
    }

    @Test
    void badBodiesAreRefusedWithTheReason() {
        var xml = post("application/xml", "<a/>", AUTH);
        assertEquals(415, xml.status());
        assertTrue(xml.error().contains("'application/xml'"));
        var broken = post("application/json", "{\"text\": ", AUTH);
        assertEquals(400, broken.status());
        assertTrue(broken.error().startsWith("the body is not valid JSON"), broken.body());
        var nothing = post("application/json", "{\"title\": \"x\"}", AUTH);
        assertEquals(400, nothing.status());
        assertTrue(nothing.error().contains("neither \"text\" nor \"html\""), nothing.body());
        var date = post("application/json", "{\"text\": \"" + TEXT + "\", \"published\": \"last week\"}", AUTH);
        assertEquals(400, date.status());
        assertTrue(date.error().contains("bad \"published\" value"), date.body());
        var empty = post("text/plain", "", AUTH);
        assertEquals(400, empty.status());
        var binary = http.post("/api/ingest", "text/plain", new byte[] {'%', 'P', 'D', 'F', '-', '1', 0, 1, 2, 3}, AUTH);
        assertEquals(400, binary.status());
        var params = http.post("/api/ingest?lang=it", "text/plain", TEXT.getBytes(StandardCharsets.UTF_8), AUTH);
        assertEquals(400, params.status());
    }

    @Test
    void aBodyOverTheLimitIsA413() {
        var a = post("text/plain", "x".repeat(70 * 1024), AUTH);
        assertEquals(413, a.status());
        assertTrue(a.error().contains("65536 bytes"), a.body());
    }
}
