package org.annals.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Headers, CORS, static files and the OpenAPI description. */
class ServerSecurityIT {
    static AnnalsServer server;
    static AnnalsServer withCors;
    static TestClient http;

    @BeforeAll
    static void start() {
        PrintStream log = new PrintStream(new ByteArrayOutputStream(), true);
        server = AnnalsServer.start(new StubStore(), ServerConfig.local(0), () -> null, log);
        withCors = AnnalsServer.start(new StubStore(),
                ServerConfig.local(0).withCorsOrigins(List.of("https://newsroom.example")), () -> null, log);
        http = new TestClient(server.url());
    }

    @AfterAll
    static void stop() {
        server.close();
        withCors.close();
    }

    @Test
    void requestsBeyondTheWorkersWaitTheirTurnAndAreAllAnswered() throws Exception {
        PrintStream log = new PrintStream(new ByteArrayOutputStream(), true);
        try (AnnalsServer one = AnnalsServer.start(new StubStore(), ServerConfig.local(0).withThreads(1), () -> null, log)) {
            TestClient client = new TestClient(one.url());
            var pool = java.util.concurrent.Executors.newFixedThreadPool(12);
            try {
                List<java.util.concurrent.Future<Integer>> answers = new ArrayList<>();
                for (int i = 0; i < 48; i++) {
                    String path = i % 2 == 0 ? "/api/stats" : "/api/events?source=RUS";
                    answers.add(pool.submit(() -> client.get(path).status()));
                }
                for (var a : answers) {
                    assertEquals(200, a.get(30, java.util.concurrent.TimeUnit.SECONDS));
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Test
    void everyAnswerCarriesAStrictContentSecurityPolicy() {
        for (String path : List.of("/", "/js/app.js", "/api/stats", "/api/nothing")) {
            var a = http.get(path);
            String csp = a.header("Content-Security-Policy");
            assertTrue(csp != null && csp.contains("script-src 'self'") && csp.contains("default-src 'none'"), path + ": " + csp);
            assertEquals("nosniff", a.header("X-Content-Type-Options"), path);
            assertEquals("no-referrer", a.header("Referrer-Policy"), path);
        }
    }

    @Test
    void theUiIsServedFromTheClasspath() {
        var page = http.get("/");
        assertEquals(200, page.status());
        assertTrue(page.header("Content-Type").startsWith("text/html"));
        assertTrue(page.body().contains("<script type=\"module\" src=\"/js/app.js\"></script>"));
        var script = http.get("/js/article.js");
        assertEquals(200, script.status());
        assertTrue(script.header("Content-Type").contains("javascript"), script.header("Content-Type"));
        assertTrue(http.get("/app.css").header("Content-Type").startsWith("text/css"));
    }

    @Test
    void theUiNeverWritesHtmlFromData() {
        for (String file : List.of("app", "api", "dom", "common", "route", "search", "article", "chart", "dyad",
                "network", "events", "quotes")) {
            String source = http.get("/js/" + file + ".js").body();
            assertTrue(!source.contains("innerHTML") && !source.contains("outerHTML")
                    && !source.contains("insertAdjacentHTML") && !source.contains("document.write")
                    && !source.contains("eval("), file + ".js writes HTML");
        }
    }

    @Test
    void noCorsHeadersUnlessAnOriginIsConfigured() {
        var a = http.get("/api/stats", Map.of("Origin", "https://elsewhere.example"));
        assertEquals(200, a.status());
        assertNull(a.header("Access-Control-Allow-Origin"));
        TestClient cors = new TestClient(withCors.url());
        var allowed = cors.get("/api/stats", Map.of("Origin", "https://newsroom.example"));
        assertEquals("https://newsroom.example", allowed.header("Access-Control-Allow-Origin"));
        var other = cors.get("/api/stats", Map.of("Origin", "https://elsewhere.example"));
        assertNull(other.header("Access-Control-Allow-Origin"));
        var preflight = http.send(HttpRequest.newBuilder(URI.create(server.url() + "api/ingest"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()), Map.of("Origin", "https://elsewhere.example",
                "Access-Control-Request-Method", "POST"));
        assertNull(preflight.header("Access-Control-Allow-Origin"));
    }

    @Test
    void theOpenApiDescriptionDocumentsEveryRouteAndNothingElse() {
        var a = http.get("/api/openapi.json");
        assertEquals(200, a.status());
        assertTrue(a.header("Content-Type").startsWith("application/json"));
        JsonNode doc = a.json();
        assertEquals("3.0.3", doc.get("openapi").asText());
        List<String> documented = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            path.getValue().fieldNames().forEachRemaining(method ->
                    documented.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey()));
        }
        assertEquals(server.routes(), documented.stream().sorted().toList());
        // every documented query parameter is one the route accepts: a request with all of them is not refused
        // for an unknown name (it may be refused for a value)
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            JsonNode get = path.getValue().get("get");
            if (get == null || get.get("parameters") == null) {
                continue;
            }
            StringBuilder query = new StringBuilder();
            for (JsonNode p : get.get("parameters")) {
                if (p.get("in").asText().equals("query")) {
                    query.append(query.length() == 0 ? "?" : "&").append(p.get("name").asText()).append("=");
                }
            }
            String url = path.getKey().replace("{id}", "a1").replace("{a}", "RUS").replace("{b}", "PRK") + query;
            var answer = http.get(url);
            assertTrue(answer.status() == 200 || !answer.error().startsWith("unknown parameter"), url + " " + answer.body());
        }
    }
}
