package org.annals.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.annals.search.SearchHit;
import org.annals.search.SearchQuery;
import org.annals.store.ArchiveStore;
import org.annals.store.Archives;
import org.annals.testing.LocalWeb;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code annals fetch}, and feeds and archives given to {@code analyze}, against a site on the loopback interface. */
class FetchCommandIT {
    @TempDir
    Path dir;

    private LocalWeb web;
    private final CliRunner cli = new CliRunner();

    private static String article(String title, String text) {
        return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + title + " - Gazzetta del Lago</title>"
                + "</head><body><article><h1>" + title + "</h1><p>" + text + "</p></article></body></html>";
    }

    @BeforeEach
    void start() throws IOException {
        web = LocalWeb.start();
        web.page("/robots.txt", "text/plain", "User-agent: *\nDisallow: /riservato/\n");
        web.page("/notizie/vertice", "text/html; charset=utf-8", article("Vertice a Como sul lago",
                "Il ministro degli Esteri italiano ha incontrato a Como il suo omologo svizzero martedì. "
                        + "I due governi hanno firmato un accordo sulla navigazione del lago."));
        web.page("/notizie/traghetti", "text/html; charset=utf-8", article("Traghetti, sciopero revocato",
                "Il sindacato dei marittimi ha revocato lo sciopero dei traghetti previsto per venerdì. "
                        + "La compagnia ha promesso nuove assunzioni entro l'estate."));
        web.page("/riservato/bozza", "text/html", article("Bozza", "Non pubblicare."));
        web.page("/feed.xml", "application/rss+xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>Gazzetta del Lago</title><language>it</language>
                  <item><title>Vertice a Como sul lago</title><link>%s</link>
                    <pubDate>Tue, 18 Jun 2024 09:30:00 +0200</pubDate></item>
                  <item><title>Traghetti, sciopero revocato</title><link>%s</link>
                    <pubDate>Wed, 19 Jun 2024 18:00:00 +0200</pubDate></item>
                  <item><title>Bozza</title><link>%s</link></item>
                </channel></rss>
                """.formatted(web.url("/notizie/vertice"), web.url("/notizie/traghetti"), web.url("/riservato/bozza")));
    }

    @AfterEach
    void stop() {
        web.close();
    }

    private static String line(String label, long count) {
        return String.format("  %-12s%,10d", label, count);
    }

    @Test
    void aFeedsArticlesAreFetchedPolitelyAndStoredOnce() {
        String archive = dir.resolve("archive").toString();
        assertEquals(ExitCodes.OK, cli.run("fetch", "--archive", archive, "--allow-private", "--delay", "0",
                "--threads", "2", web.url("/feed.xml")), cli.stderr);
        assertTrue(cli.stderr.contains("annals: " + web.url("/riservato/bozza") + ": skipped: disallowed by "
                + web.url("/robots.txt")), cli.stderr);
        assertTrue(cli.stderr.contains(line("discovered", 3)), cli.stderr);
        assertTrue(cli.stderr.contains(line("fetched", 3)), "the feed and two articles: " + cli.stderr);
        assertTrue(cli.stderr.contains(line("robots.txt", 1)), cli.stderr);
        assertTrue(cli.stderr.contains(line("stored", 2)), cli.stderr);
        assertTrue(cli.stderr.contains(line("skipped", 1)), cli.stderr);
        assertTrue(cli.stderr.contains(line("failed", 0)), cli.stderr);
        assertFalse(web.requests().contains("/riservato/bozza"), web.requests().toString());
        assertTrue(web.userAgents().stream().allMatch(ua -> ua.startsWith("Annals/")), web.userAgents().toString());

        try (ArchiveStore store = Archives.open(archive, Archives.Mode.READ)) {
            assertEquals(2, store.stats().articles());
            assertTrue(store.stats().events() > 0, store.stats().toString());
            Set<String> titles = store.search(SearchQuery.of("lago | traghetti")).hits().stream()
                    .map(SearchHit::title).collect(Collectors.toSet());
            assertEquals(Set.of("Vertice a Como sul lago", "Traghetti, sciopero revocato"), titles,
                    "the feed's titles, not the pages' <title>s");
        }

        assertEquals(ExitCodes.OK, cli.run("fetch", "--archive", archive, "--allow-private", "--delay", "0",
                web.url("/feed.xml")), cli.stderr);
        assertTrue(cli.stderr.contains(line("duplicates", 2)), "a second run stores nothing new: " + cli.stderr);
    }

    @Test
    void listingPrintsTheArticlesWithoutFetchingThemOrOpeningTheArchive() {
        Path archive = dir.resolve("archive");
        assertEquals(ExitCodes.OK, cli.run("fetch", "--list", "--archive", archive.toString(), "--allow-private",
                "--delay", "0", web.url("/feed.xml")), cli.stderr);
        assertEquals(List.of(web.url("/notizie/vertice"), web.url("/notizie/traghetti"), web.url("/riservato/bozza")),
                cli.stdout.lines().toList());
        assertEquals(List.of("/robots.txt", "/feed.xml"), web.requests());
        assertFalse(Files.exists(archive));
    }

    @Test
    void withoutAllowPrivateTheLocalSiteIsRefusedAndNothingIsAsked() {
        String archive = dir.resolve("archive").toString();
        assertEquals(ExitCodes.SOME_FAILED, cli.run("fetch", "--archive", archive, web.url("/feed.xml")), cli.stderr);
        assertTrue(cli.stderr.contains("annals: " + web.url("/feed.xml") + ": refused: 127.0.0.1 is a loopback "
                + "address; private and local addresses are fetched only with --allow-private"), cli.stderr);
        assertTrue(cli.stderr.contains(line("refused", 1)), cli.stderr);
        assertEquals(List.of(), web.requests());
    }

    @Test
    void badOptionsAreUsageErrors() {
        assertEquals(ExitCodes.USAGE, cli.run("fetch", "--delay", "-1", web.url("/feed.xml")));
        assertTrue(cli.stderr.contains("--delay must be between 0 and 3600 seconds, was '-1'"), cli.stderr);
        assertEquals(ExitCodes.USAGE, cli.run("fetch", "--delay", "soon", web.url("/feed.xml")));
        assertEquals(ExitCodes.USAGE, cli.run("fetch", "--max-items", "0", web.url("/feed.xml")));
        assertTrue(cli.stderr.contains("--max-items must be at least 1, was 0"), cli.stderr);
        assertEquals(ExitCodes.USAGE, cli.run("fetch"));
        assertEquals(List.of(), web.requests());
    }

    @Test
    void analyzeReadsALocalFeedsContentAndFetchesItsLinksPolitely() throws IOException {
        Path feed = Files.writeString(dir.resolve("lago.atom"), """
                <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="it"><title>Gazzetta del Lago</title>
                  <entry><title>Nebbia sul lago, battelli fermi</title><id>tag:lago,2024:1</id>
                    <updated>2024-06-20T07:00:00+02:00</updated>
                    <content type="html">&lt;p&gt;La nebbia ha fermato i battelli giovedì mattina.&lt;/p&gt;</content>
                  </entry>
                  <entry><title>Vertice a Como sul lago</title><link href="%s"/><updated>2024-06-18</updated></entry>
                </feed>
                """.formatted(web.url("/notizie/vertice")));
        assertEquals(ExitCodes.OK, cli.run("analyze", "--format", "jsonl", "--allow-private", "--delay", "0",
                feed.toString()), cli.stderr);
        List<JsonNode> results = cli.stdout.lines().map(FetchCommandIT::json).toList();
        assertEquals(2, results.size(), cli.stdout);
        assertEquals(feed + "#1", results.get(0).get("source").asText());
        assertEquals("Nebbia sul lago, battelli fermi", results.get(0).get("article").get("title").asText());
        assertEquals("2024-06-20T07:00+02:00", results.get(0).get("article").get("published").asText());
        assertEquals(web.url("/notizie/vertice"), results.get(1).get("source").asText());
        assertEquals(List.of("/robots.txt", "/notizie/vertice"), web.requests());
    }

    private static JsonNode json(String text) {
        try {
            return new ObjectMapper().readTree(text);
        } catch (IOException e) {
            throw new AssertionError(text, e);
        }
    }
}
