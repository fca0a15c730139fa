package org.annals.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.annals.testing.SeedArticle;
import org.annals.testing.TestNews;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The query commands, in each format, on an archive of the seed and articles written for the tests. */
class ArchiveQueriesTest {
    @TempDir
    static Path dir;

    private static String archive;
    private final CliRunner cli = new CliRunner();

    @BeforeAll
    static void ingest() throws IOException {
        Path news = dir.resolve("news");
        TestNews.write(news, 40);
        archive = dir.resolve("archive").toString();
        CliRunner cli = new CliRunner();
        int code = cli.run("ingest", news.toString(), SeedArticle.path().toString(), "--archive", archive);
        assertEquals(ExitCodes.OK, code, cli.stderr);
    }

    private String query(String... args) {
        String[] full = new String[args.length + 2];
        System.arraycopy(args, 0, full, 0, args.length);
        full[args.length] = "--archive";
        full[args.length + 1] = archive;
        assertEquals(ExitCodes.OK, cli.run(full), String.join(" ", args) + "\n" + cli.stderr);
        assertEquals("", cli.stderr);
        return cli.stdout;
    }

    private static JsonNode json(String text) throws IOException {
        return new ObjectMapper().readTree(text);
    }

    private static List<List<String>> csv(String text) {
        assertTrue(text.endsWith("\r\n"), "CRLF line ends");
        return text.lines().map(l -> List.of(l.split(",", -1))).toList();
    }

    @Test
    void searchRanksTheSeedFirstWithMarkedWords() throws IOException {
        String table = query("search", "trattato", "Pyongyang");
        List<String> lines = table.lines().toList();
        assertTrue(lines.get(0).startsWith("#  date"), table);
        assertTrue(lines.get(2).contains("Kim e Putin"), table);
        assertTrue(lines.get(2).contains("[Pyongyang]") || lines.get(2).contains("[trattato]"), table);
        assertTrue(lines.get(lines.size() - 1).matches("1–\\d+ of \\d+ articles.*"), table);

        JsonNode page = json(query("search", "trattato", "Pyongyang", "--format", "json"));
        assertTrue(page.get("total").asLong() >= 1);
        JsonNode first = page.get("results").get(0);
        assertEquals(1, first.get("rank").asInt());
        assertTrue(first.get("title").asText().contains("Kim e Putin"));
        assertTrue(first.get("snippetHtml").asText().contains("<mark>"));
        assertFalse(first.get("snippet").asText().contains("<mark>"));

        List<List<String>> rows = csv(query("search", "trattato", "Pyongyang", "--format", "csv"));
        assertEquals(List.of("rank", "published", "site", "title", "snippet"), rows.get(0).subList(0, 5));
        assertEquals("1", rows.get(1).get(0));
    }

    @Test
    void searchFiltersByLanguageAndDate() throws IOException {
        assertEquals("no articles match\n", query("search", "Pyongyang", "--lang", "en"), "no English article");
        JsonNode page = json(query("search", "dossier", "--from", "2024-01", "--to", "2024-01", "--format", "json",
                "--size", "100"));
        assertTrue(page.get("total").asLong() >= 1, page.toString());
        for (JsonNode hit : page.get("results")) {
            assertTrue(hit.get("published").asText().startsWith("2024-01"), hit.toString());
        }
        String table = query("search", "7003");
        assertTrue(table.lines().toList().get(2).contains(TestNews.title(3).substring(0, 30)), table);
    }

    @Test
    void eventsFilterBySourceAndTargetInEveryFormat() throws IOException {
        String table = query("events", "--source", "RUS", "--target", "PRK");
        assertTrue(table.lines().toList().get(0).matches("date\\s+source\\s+target\\s+cameo\\s+status\\s+gold\\s+sentence"),
                table);
        assertTrue(table.lines().toList().get(2).contains("RUS"), table);

        JsonNode page = json(query("events", "--source", "RUS", "--target", "PRK", "--format", "json"));
        assertTrue(page.get("total").asLong() >= 1, page.toString());
        for (JsonNode e : page.get("results")) {
            assertTrue(e.get("event").get("source").get("code").asText().startsWith("RUS"), e.toString());
            assertTrue(e.get("event").get("target").get("code").asText().startsWith("PRK"), e.toString());
        }

        List<List<String>> rows = csv(query("events", "--source", "RUS", "--target", "PRK", "--format", "csv"));
        int sourceCode = rows.get(0).indexOf("sourceCode");
        assertTrue(sourceCode > 0, rows.get(0).toString());
        assertEquals(page.get("total").asLong() + 1, rows.size());
    }

    @Test
    void eventsFilterByStatusAndPagesSayWhereTheyAre() throws IOException {
        JsonNode page = json(query("events", "--status", "asserted", "--size", "5", "--format", "json"));
        assertTrue(page.get("total").asLong() > 5, page.toString());
        assertEquals(5, page.get("results").size());
        for (JsonNode e : page.get("results")) {
            assertEquals("asserted", e.get("event").get("status").asText());
        }
        String table = query("events", "--status", "asserted", "--size", "5");
        assertTrue(table.strip().endsWith("next: --page 2"), table);
        String past = query("events", "--page", "100000");
        assertTrue(past.contains("is past the last page"), past);
    }

    @Test
    void aDyadCountsBothDirectionsPerPeriod() throws IOException {
        String table = query("dyad", "RUS", "PRK", "--by", "month");
        List<String> lines = table.lines().toList();
        assertTrue(lines.get(0).matches("period\\s+RUS→PRK\\s+gold\\s+PRK→RUS\\s+gold\\s+v\\.coop\\s+m\\.coop\\s+v\\.conf\\s+m\\.conf"),
                table);
        assertTrue(table.contains("2024-06"), table);
        JsonNode rows = json(query("dyad", "RUS", "PRK", "--by", "year", "--format", "json"));
        assertTrue(rows.isArray() && rows.size() >= 1, rows.toString());
        JsonNode row = rows.get(0);
        assertEquals(row.get("aToB").asLong() + row.get("bToA").asLong(),
                row.get("verbalCooperation").asLong() + row.get("materialCooperation").asLong()
                        + row.get("verbalConflict").asLong() + row.get("materialConflict").asLong());
        assertEquals("no events between RUS and PRK\n", query("dyad", "RUS", "PRK", "--from", "2030"));
    }

    @Test
    void quotesBySpeaker() throws IOException {
        String table = query("quotes", "--speaker", "Kim Jong-un");
        assertTrue(table.lines().toList().get(2).contains("Kim Jong-un"), table);
        JsonNode quotes = json(query("quotes", "--speaker", "Kim Jong-un", "--format", "json"));
        assertTrue(quotes.isArray() && quotes.size() >= 1);
        for (JsonNode q : quotes) {
            assertTrue(q.get("quote").get("speaker").get("name").asText().contains("Kim Jong-un"), q.toString());
        }
    }

    @Test
    void topActorsAndPairs() throws IOException {
        String table = query("actors", "--top", "5");
        List<String> lines = table.lines().toList();
        assertTrue(lines.get(0).matches("#\\s+code\\s+name\\s+events\\s+as source\\s+as target"), table);
        assertEquals(7, lines.size(), table);
        JsonNode actors = json(query("actors", "--top", "5", "--format", "json"));
        assertEquals(5, actors.size());
        assertTrue(actors.get(0).get("events").asLong() >= actors.get(4).get("events").asLong());
        JsonNode pairs = json(query("actors", "--top", "3", "--pairs", "--format", "json"));
        assertEquals(3, pairs.size());
        assertTrue(pairs.get(0).get("a").asText().compareTo(pairs.get(0).get("b").asText()) <= 0);
        assertEquals("no events\n", query("actors", "--from", "2030"));
    }
}
