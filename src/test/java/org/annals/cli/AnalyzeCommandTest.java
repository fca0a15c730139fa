package org.annals.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.annals.extract.ArticleExtractor;
import org.annals.extract.ArticleExtractors;
import org.annals.model.AnalyzedArticle;
import org.annals.model.Article;
import org.annals.model.Sentence;
import org.annals.pipeline.Pipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command's contract (formats, exit codes, failure reports) over simple stand-in stages. */
class AnalyzeCommandTest {
    @TempDir
    Path dir;

    private String stdout;
    private String stderr;

    /** Title = first line, text = the rest, one sentence per line. */
    private static Pipeline simplePipeline() {
        return pipeline(doc -> {
            String[] parts = doc.content().split("\n", 2);
            String title = doc.hints().title() != null ? doc.hints().title() : parts[0];
            return new Article("id-" + Math.abs(doc.source().hashCode()), doc.hints().url(), title,
                    doc.hints().published(), doc.hints().publisher(), null,
                    parts.length > 1 ? parts[1].strip() : "", List.of(), doc.problems());
        });
    }

    /** {@code extractor}, then one sentence per line and nothing found in them. */
    private static Pipeline pipeline(ArticleExtractor extractor) {
        return new Pipeline(
                extractor,
                text -> "it",
                article -> {
                    var sentences = new java.util.ArrayList<Sentence>();
                    int start = 0;
                    for (String line : article.text().split("\n")) {
                        if (!line.isBlank()) {
                            sentences.add(new Sentence(line, start, start + line.length(), List.of()));
                        }
                        start += line.length() + 1;
                    }
                    return new AnalyzedArticle(article, sentences);
                },
                (text, sentences, language, published) -> List.of(), article -> List.of(), article -> List.of(),
                (article, times) -> List.of());
    }

    private int run(String stdin, String... args) {
        return run(AnalyzeCommandTest::simplePipeline, stdin, args);
    }

    private int run(Supplier<Pipeline> pipeline, String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new CliContext(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                pipeline));
        stdout = out.toString(StandardCharsets.UTF_8);
        stderr = err.toString(StandardCharsets.UTF_8);
        return code;
    }

    private Path write(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content);
        return p;
    }

    private static JsonNode json(String s) throws IOException {
        return new ObjectMapper().readTree(s);
    }

    @Test
    void oneArticleGivesOneObjectWithTheContractsFields() throws IOException {
        Path a = write("a.txt", "Titolo\nPrima frase.\nSeconda frase.");
        assertEquals(0, run("", "analyze", "--published", "2024-06-19T11:50+02:00", a.toString()));
        JsonNode root = json(stdout);
        assertTrue(root.isObject());
        assertEquals(a.toString(), root.get("source").asText());
        JsonNode article = root.get("article");
        for (String field : List.of("id", "url", "title", "published", "publisher", "language", "text", "headings")) {
            assertTrue(article.has(field), field);
        }
        assertEquals("Titolo", article.get("title").asText());
        assertEquals("2024-06-19T11:50+02:00", article.get("published").asText());
        assertEquals("it", article.get("language").asText());
        assertEquals(2, root.get("sentences").size());
        for (String field : List.of("events", "quotes", "claims", "times", "problems")) {
            assertTrue(root.get(field).isArray(), field);
        }
        assertEquals("", stderr);
    }

    @Test
    void severalArticlesGiveAnArrayInInputOrder() throws IOException {
        Path a = write("a.txt", "A\nuno.");
        Path b = write("b.txt", "B\ndue.");
        Path c = write("c.txt", "C\ntre.");
        assertEquals(0, run("", "analyze", "--threads", "3", c.toString(), a.toString(), b.toString()));
        JsonNode root = json(stdout);
        assertEquals(3, root.size());
        assertEquals("C", root.get(0).get("article").get("title").asText());
        assertEquals("A", root.get(1).get("article").get("title").asText());
        assertEquals("B", root.get(2).get("article").get("title").asText());
    }

    @Test
    void aBatchGoesOnPastFailuresAndExitsOne() throws IOException {
        Path good = write("good.txt", "Buono\ntesto.");
        Path empty = write("empty.txt", "");
        Path jsonl = write("batch.jsonl", "{\"id\":\"r1\",\"text\":\"R\\nuno.\"}\nnot json\n");
        int code = run("", "analyze", "--format", "jsonl", dir.resolve("missing.txt").toString(), good.toString(),
                empty.toString(), jsonl.toString());
        assertEquals(ExitCodes.SOME_FAILED, code);
        List<String> lines = stdout.lines().toList();
        assertEquals(2, lines.size());
        assertEquals(good.toString(), json(lines.get(0)).get("source").asText());
        assertEquals(jsonl + "#r1", json(lines.get(1)).get("source").asText());
        assertTrue(stderr.contains("missing.txt: no such file or directory"), stderr);
        assertTrue(stderr.contains("empty.txt: empty file"), stderr);
        assertTrue(stderr.contains("batch.jsonl:2: not valid JSON"), stderr);
        assertTrue(stderr.contains("3 of 5 inputs failed"), stderr);
        assertFalse(stderr.contains("Exception"), stderr);
    }

    @Test
    void aSingleBadFileExitsOneWithAnEmptyArray() {
        assertEquals(1, run("", "analyze", dir.resolve("nope.html").toString()));
        assertEquals("[]", stdout.strip());
        assertTrue(stderr.startsWith("annals: " + dir.resolve("nope.html") + ": no such file"), stderr);
    }

    @Test
    void aFiftyMegabyteFileIsRefusedWithAClearMessageAndTheBatchGoesOn() throws IOException {
        Path huge = dir.resolve("huge.html");
        try (var file = new java.io.RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(50L << 20);
        }
        Path good = write("good.txt", "Buono\ntesto.");
        assertEquals(1, run("", "analyze", "--format", "jsonl", huge.toString(), good.toString()));
        assertTrue(stderr.contains(huge + ": too large: 50.0 MiB exceeds the limit of 16.0 MiB"), stderr);
        assertEquals(1, stdout.lines().count());
    }

    @Test
    void readsStandardInput() throws IOException {
        assertEquals(0, run("Da stdin\nuna frase.", "analyze", "-"));
        assertEquals("-", json(stdout).get("source").asText());
        assertEquals("Da stdin", json(stdout).get("article").get("title").asText());
    }

    @Test
    void textFormatIsReadable() throws IOException {
        Path a = write("a.txt", "Titolo leggibile\nUna frase.");
        assertEquals(0, run("", "analyze", "--format", "text", a.toString()));
        assertTrue(stdout.contains("title      Titolo leggibile"), stdout);
        assertTrue(stdout.contains("   1  Una frase."), stdout);
    }

    /** Copies a test resource of {@code stories/} into the temporary folder. */
    private Path story(String name) throws IOException {
        try (var in = AnalyzeCommandTest.class.getResourceAsStream("stories/" + name)) {
            Path p = dir.resolve(name);
            Files.write(p, in.readAllBytes());
            return p;
        }
    }

    @Test
    void copiesOfOneStoryInOneRunNameTheStoryAndEachOther() throws IOException {
        // the same story as a text file and as another site's page with its own boilerplate and a
        // syndication footer, and a different story from the same morning
        Path first = story("gazzetta-battello.txt");
        Path other = story("cronaca-ponte.txt");
        Path copy = story("portale-battello.html");
        Supplier<Pipeline> real = () -> pipeline(new ArticleExtractors());
        assertEquals(0, run(real, "", "analyze", "--format", "jsonl", first.toString(), other.toString(), copy.toString()));
        List<JsonNode> out = stdout.lines().map(l -> {
            try {
                return json(l);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).toList();
        assertEquals(3, out.size());
        String storyId = out.get(0).get("article").get("id").asText();
        assertEquals(storyId, out.get(0).get("story").asText());
        assertEquals(List.of(copy.toString()), strings(out.get(0).get("copies")));
        assertEquals(out.get(1).get("article").get("id").asText(), out.get(1).get("story").asText());
        assertEquals(List.of(), strings(out.get(1).get("copies")));
        assertEquals(storyId, out.get(2).get("story").asText());
        assertEquals(List.of(first.toString()), strings(out.get(2).get("copies")));
        assertEquals("La Gazzetta del Lago", out.get(2).get("article").get("publisher").asText());

        assertEquals(0, run(real, "", "analyze", "--format", "text", first.toString(), other.toString(), copy.toString()));
        assertTrue(stdout.contains("copy of    " + first + " (story " + storyId + ")"), stdout);
        assertTrue(stdout.contains("copies     " + copy), stdout);
    }

    @Test
    void aPageThatIsNoArticleIsOutputEmptyAndReportedOnStandardError() throws IOException {
        Path login = write("accedi.html", "<html><head><title>Accedi – La Gazzetta del Lago</title></head><body>"
                + "<h1>Accedi</h1><form><input name=email><input type=password name=pw><button>Entra</button></form>"
                + "</body></html>");
        assertEquals(0, run(() -> pipeline(new ArticleExtractors()), "", "analyze", login.toString()));
        JsonNode root = json(stdout);
        assertEquals("", root.get("article").get("text").asText());
        assertTrue(root.get("problems").toString().contains("not an article: looks like a login page"), stdout);
        assertTrue(stderr.startsWith("annals: " + login + ": not an article: looks like a login page"), stderr);
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new java.util.ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    @Test
    void usageErrorsExitTwoAndNameTheBadValue() throws IOException {
        Path a = write("a.txt", "T\nx.");
        assertEquals(2, run("", "analyze"));
        assertEquals(2, run("", "analyze", "--format", "xml", a.toString()));
        assertTrue(stderr.contains("xml"), stderr);
        assertEquals(2, run("", "analyze", "--lang", "fr", a.toString()));
        assertTrue(stderr.contains("'fr'"), stderr);
        assertEquals(2, run("", "analyze", "--published", "ieri", a.toString()));
        assertTrue(stderr.contains("'ieri'"), stderr);
        assertEquals(2, run("", "analyze", "--max-size", "lots", a.toString()));
        assertEquals(2, run("", "analyze", "--threads", "0", a.toString()));
        assertEquals(2, run("", "frobnicate"));
        assertEquals(2, run(""));
        assertTrue(stderr.contains("Missing command"), stderr);
    }

    @Test
    void helpExplainsEveryOption() {
        assertEquals(0, run("", "analyze", "--help"));
        for (String option : List.of("--format", "--lang", "--published", "--tokens", "--threads", "--max-size")) {
            assertTrue(stdout.contains(option), option);
        }
        assertEquals(0, run("", "--help"));
        assertTrue(stdout.contains("analyze"), stdout);
    }
}
