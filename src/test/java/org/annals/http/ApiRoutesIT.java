package org.annals.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import org.annals.model.Status;
import org.annals.search.SearchQuery;
import org.annals.store.ActorQuery;
import org.annals.store.ArchiveException;
import org.annals.store.DyadQuery;
import org.annals.store.EventQuery;
import org.annals.store.QuoteQuery;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The read-only API over a stub archive: which query each request becomes, the answers' shape, the errors. */
class ApiRoutesIT {
    static StubStore store;
    static AnnalsServer server;
    static TestClient http;
    static final ByteArrayOutputStream log = new ByteArrayOutputStream();

    @BeforeAll
    static void start() {
        store = new StubStore();
        server = AnnalsServer.start(store, ServerConfig.local(0), () -> {
            throw new AssertionError("read-only tests never analyse");
        }, new PrintStream(log, true));
        http = new TestClient(server.url());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void eventFiltersBecomeTheQueryRecord() {
        var a = http.get("/api/events?source=rus&target=PRK&cameo=05&plover=agree&status=Asserted"
                + "&from=2024-01-01&to=2024-12-31&lang=en&site=example.org&page=2&size=2");
        assertEquals(200, a.status(), a.body());
        assertEquals(new EventQuery("RUS", "PRK", "05", "AGREE", Status.ASSERTED, LocalDate.of(2024, 1, 1),
                LocalDate.of(2024, 12, 31), "en", "example.org", 2, 2), store.lastQuery);
        JsonNode n = a.json();
        assertEquals(3, n.get("total").asInt());
        assertEquals(2, n.get("pages").asInt());
        JsonNode e = n.get("events").get(0);
        assertEquals(7, e.get("id").asLong());
        assertEquals("a1", e.get("articleId").asText());
        assertEquals("057", e.get("cameo").asText());
        assertEquals("RUSGOV", e.get("source").get("code").asText());
        assertEquals("asserted", e.get("status").asText());
        assertEquals(1, e.get("quadClass").asInt());
        assertEquals("2024-06-19", e.get("eventDate").asText());
        assertEquals("no-store", a.header("Cache-Control"));
    }

    @Test
    void everyBadEventParameterIsA400NamingIt() {
        assertBad("/api/events?sourse=RUS", "unknown parameter 'sourse'");
        assertBad("/api/events?from=yesterday", "'from' must be a date YYYY-MM-DD: 'yesterday'");
        assertBad("/api/events?from=2024-02-30", "'from' must be a date");
        assertBad("/api/events?from=2024-05-01&to=2024-04-01", "ends (2024-04-01) before it starts");
        assertBad("/api/events?status=rumoured", "'status' must be one of asserted, reported, alleged");
        assertBad("/api/events?plover=HUG", "'plover' must be one of ACCUSE, AGREE");
        assertBad("/api/events?cameo=5x", "cameo must be 1 to 4 digits");
        assertBad("/api/events?source=R1S", "source must be a CAMEO actor code");
        assertBad("/api/events?page=0", "'page' must be 1 to");
        assertBad("/api/events?page=two", "'page' must be a whole number: 'two'");
        assertBad("/api/events?size=1001", "'size' must be 1 to 1000");
        assertBad("/api/events?page=99999999999", "'page' must be 1 to");
        assertBad("/api/events?source=RUS&source=USA", "'source' is given 2 times");
    }

    @Test
    void aPagePastTheLastIsA400() {
        store.eventTotal = 3;
        assertEquals(200, http.get("/api/events?size=2&page=2").status());
        assertBad("/api/events?size=2&page=3", "page 3 is out of range: there are 2 pages of 2");
        store.eventTotal = 0;
        try {
            JsonNode empty = http.get("/api/events?cameo=19").json();
            assertEquals(0, empty.get("total").asInt());
            assertEquals(0, empty.get("events").size());
            assertBad("/api/events?page=2", "page 2 is out of range: there is 1 page");
        } finally {
            store.eventTotal = 3;
        }
    }

    @Test
    void aDyadAddsUpBothDirectionsPerPeriod() {
        var a = http.get("/api/dyads/rus/prk?by=month&from=2024-01-01");
        assertEquals(200, a.status(), a.body());
        assertEquals(new DyadQuery("RUS", "PRK", DyadQuery.Period.MONTH, LocalDate.of(2024, 1, 1), null),
                store.lastQuery);
        JsonNode n = a.json();
        assertEquals("RUS", n.get("a").asText());
        assertEquals("month", n.get("by").asText());
        JsonNode june = n.get("periods").get(0);
        assertEquals("2024-06-01", june.get("start").asText());
        assertEquals(4, june.get("events").asInt());
        assertEquals(4.0, june.get("meanGoldstein").asDouble(), 1e-9);   // (3 × 6 + 1 × −2) / 4
        assertEquals("[1,2,1,0]", june.get("quadClass").toString());
        assertEquals(3, june.get("ab").get("events").asInt());
        assertEquals(1, june.get("ba").get("events").asInt());
        JsonNode july = n.get("periods").get(1);
        assertEquals(0, july.get("ab").get("events").asInt());
        assertTrue(july.get("ab").get("meanGoldstein").isNull());
        assertEquals(-9.0, july.get("meanGoldstein").asDouble(), 1e-9);
        JsonNode total = n.get("total");
        assertEquals(6, total.get("events").asInt());
        assertEquals(-0.33, total.get("meanGoldstein").asDouble(), 1e-9);
        assertEquals("[1,2,1,2]", total.get("quadClass").toString());
        assertEquals(DyadQuery.Period.MONTH, ((DyadQuery) store.lastQuery).by());
        http.get("/api/dyads/RUS/PRK");
        assertEquals(DyadQuery.Period.MONTH, ((DyadQuery) store.lastQuery).by());
        assertBad("/api/dyads/RUS/PRK?by=fortnight", "period must be day, week, month or year: 'fortnight'");
        assertBad("/api/dyads/RUS/P1K", "second actor must be a CAMEO actor code");
    }

    @Test
    void theMostActiveActorsAndPairs() {
        JsonNode actors = http.get("/api/actors?top=2&from=2024-01-01&to=2024-06-30").json();
        assertEquals(new ActorQuery(2, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 6, 30)), store.lastQuery);
        assertEquals("RUSGOV", actors.get("actors").get(0).get("code").asText());
        assertEquals(6, actors.get("actors").get(0).get("asSource").asInt());
        JsonNode dyads = http.get("/api/dyads?top=5").json();
        assertEquals(new ActorQuery(5, null, null), store.lastQuery);
        assertEquals(3.46, dyads.get("dyads").get(0).get("meanGoldstein").asDouble(), 1e-9);
        assertEquals(200, http.get("/api/actors").status());
        assertEquals(20, ((ActorQuery) store.lastQuery).top());
        assertBad("/api/actors?top=0", "'top' must be 1 to 1000: 0");
        assertBad("/api/dyads?top=5&by=month", "unknown parameter 'by'");
    }

    @Test
    void quotesWithTheirRelayChain() {
        JsonNode n = http.get("/api/quotes?speaker=kim&via=KCNA").json();
        assertEquals(new QuoteQuery("kim", "KCNA", null, null, 1, 50), store.lastQuery);
        JsonNode q = n.get("quotes").get(0);
        assertEquals("We will win", q.get("text").asText());
        assertEquals("Kim Jong Un", q.get("speaker").get("name").asText());
        assertEquals("KCNA", q.get("via").get(0).get("name").asText());
        assertEquals("direct", q.get("kind").asText());
        assertBad("/api/quotes?page=2", "page 2 is out of range");
    }

    @Test
    void searchPassesTheFiltersAndTheSnippetAsIs() {
        var a = http.get("/api/articles?q=treaty%20%22North%20Korea%22&lang=en&site=example.org&from=2024-01-01"
                + "&to=2024-12-31&page=2");
        assertEquals(200, a.status(), a.body());
        assertEquals(new SearchQuery("treaty \"North Korea\"", "en", "example.org", LocalDate.of(2024, 1, 1),
                LocalDate.of(2024, 12, 31), 2, 10), store.lastQuery);
        JsonNode n = a.json();
        assertEquals(12, n.get("total").asInt());
        assertEquals(2, n.get("pages").asInt());
        assertEquals("the <mark>treaty</mark> &lt;b&gt;", n.get("hits").get(0).get("snippet").asText());
        assertBad("/api/articles?q=treaty&page=3", "page 3 is out of range");
        assertBad("/api/articles", "parameter 'q' is required");
        assertBad("/api/articles?q=%20", "parameter 'q' is required");
        assertBad("/api/articles?q=x&size=101", "'size' must be 1 to 100");
    }

    @Test
    void anArticleWithItsAnalysisAndItsCopies() {
        var a = http.get("/api/articles/a1");
        assertEquals(200, a.status(), a.body());
        JsonNode n = a.json();
        assertEquals("a1", n.get("storyId").asText());
        assertEquals("Hello", n.get("analysis").get("article").get("text").asText());
        JsonNode copy = n.get("copies").get(0);
        assertEquals("a2", copy.get("id").asText());
        assertEquals("copy.example", copy.get("site").asText());
        assertTrue(copy.get("published").isNull());
        var missing = http.get("/api/articles/nope");
        assertEquals(404, missing.status());
        assertEquals("no article with id 'nope'", missing.error());
        assertBad("/api/articles/a1?events=1", "unknown parameter 'events': this endpoint takes none");
    }

    @Test
    void statsCountWhatTheArchiveHolds() {
        JsonNode n = http.get("/api/stats").json();
        assertEquals(2, n.get("articles").asInt());
        assertEquals(3, n.get("events").asInt());
    }

    @Test
    void unknownEndpointsAndWritesAreJsonErrors() {
        var missing = http.get("/api/nothing");
        assertEquals(404, missing.status());
        assertEquals("no such endpoint: GET /api/nothing", missing.error());
        var write = http.post("/api/events", "application/json", "{}".getBytes(), java.util.Map.of());
        assertEquals(405, write.status());
        assertTrue(write.error().contains("read-only"), write.body());
    }

    @Test
    void anUnavailableArchiveIsA503AndABugA500WithoutDetails() {
        store.failure = new ArchiveException(ArchiveException.Reason.UNAVAILABLE, "db.example:5432: connection refused");
        try {
            var a = http.get("/api/stats");
            assertEquals(503, a.status());
            assertEquals("30", a.header("Retry-After"));
            assertTrue(a.error().contains("connection refused"));
        } finally {
            store.failure = null;
        }
        store.failure = new ArchiveException(ArchiveException.Reason.CORRUPT, "events table unreadable");
        try {
            assertEquals(500, http.get("/api/stats").status());
        } finally {
            store.failure = null;
        }
        assertNull(store.failure);
    }

    static void assertBad(String path, String expected) {
        var a = http.get(path);
        assertEquals(400, a.status(), path + " → " + a.body());
        String error = a.error();
        assertTrue(error.contains(expected), path + ": expected '" + expected + "' in '" + error + "'");
    }
}
