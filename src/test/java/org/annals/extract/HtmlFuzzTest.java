package org.annals.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.annals.ingest.DocumentReader;
import org.annals.model.AnalysisResult;
import org.annals.model.Article;
import org.annals.model.DocumentHints;
import org.annals.model.DocumentKind;
import org.annals.model.RawDocument;
import org.annals.pipeline.Pipeline;
import org.annals.pipeline.Pipelines;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Random and damaged HTML through the whole reading path (standard input through {@link DocumentReader} and
 * its charset detection, then the standard pipeline: extraction, language layer, times, quotes, claims,
 * events) must never throw: a problem is an answer, an exception is a bug. Every case is also given to the
 * pipeline directly as an HTML document, so that bytes the reader refuses (binary, NUL bytes) still reach the
 * extractor. Inputs are random bytes, random tag soup, and mutations of pages written for the tests:
 * truncation, tag deletion and duplication, nesting ten thousand levels deep and more, unclosed comments,
 * scripts and raw-text elements, huge attributes, NUL bytes, invalid UTF-8 and mixed encodings.
 *
 * <p>The seed is fixed, so a failure names its case and reproduces; a case that once failed stays as an
 * explicit test below. Output is bounded too: no text longer than twice its input (plain text gains blank
 * lines between paragraphs).
 */
class HtmlFuzzTest {

    private static final long SEED = 0x5EED_2024_0905L;
    private static final int CASES = 420;
    private static final int KINDS = 14;
    private static final List<String> FIXTURES = List.of("pagekinds/index.it.html", "pagekinds/login.it.html",
            "pagekinds/paywall.it.html", "pagekinds/article-with-login-box.en.html", "pagekinds/error.en.html",
            "pagekinds/short-news-about-logins.it.html");
    private static final String[] TAGS = {"html", "head", "body", "title", "meta", "p", "div", "span", "a", "b", "i",
        "table", "tr", "td", "th", "tbody", "ul", "ol", "li", "h1", "h2", "h3", "article", "main", "header", "footer",
        "nav", "aside", "section", "form", "input", "select", "option", "textarea", "script", "style", "noscript",
        "template", "iframe", "svg", "math", "br", "img", "font", "center", "marquee", "plaintext", "xmp", "frameset",
        "time", "figure", "figcaption", "blockquote", "pre", "code", "button", "label", "dl", "dt", "dd"};
    private static final String[] WORDS = {"il", "governo", "ha", "firmato", "l'accordo", "ieri", "a", "Roma", "the",
        "minister", "said", "on", "Tuesday", "“citazione”", "secondo", "fonti", "5", "milioni", "€", "Putin", "Kim",
        "&amp;", "&nbsp;", "&#x1F600;", "&#0;", "&#99999999;", "&bogus;", "&", "<", ">", "\u0000", "\uFFFD", "\u202E",
        "日本", "Пхеньян", "\t", "\n", "   "};
    private static final String[] ATTRIBUTES = {"class=\"content\"", "id=\"main\"", "href=\"/x\"", "href=javascript:1",
        "itemprop=\"articleBody\"", "property=\"og:title\" content=\"Titolo\"", "type=\"password\"",
        "type=\"application/ld+json\"", "datetime=\"2024-13-45T99:99\"", "lang=\"xx-YY\"", "name=\"author\" content=",
        "class=\"paywall\"", "content=\"2024-06-19\" property=\"article:published_time\"", "=\"\"", "\"", "'", "/"};

    private static Pipeline pipeline;
    private static DocumentReader reader;
    private static List<byte[]> fixtures;

    @BeforeAll
    static void load() throws IOException {
        pipeline = Pipelines.standard();
        reader = new DocumentReader(64L << 20, DocumentHints.NONE);
        fixtures = new ArrayList<>();
        for (String f : FIXTURES) {
            try (InputStream in = HtmlFuzzTest.class.getResourceAsStream(f)) {
                fixtures.add(in.readAllBytes());
            }
        }
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void randomAndMutatedHtmlNeverThrows() {
        Random random = new Random(SEED);
        long slowest = 0;
        String slowestCase = "";
        long[] perKind = new long[KINDS];
        for (int i = 0; i < CASES; i++) {
            int kind = i % KINDS;
            byte[] input = generate(kind, random);
            String label = "case " + i + " (kind " + kind + ", " + input.length + " bytes, seed " + SEED + ")";
            long start = System.nanoTime();
            feed(input, label);
            long took = System.nanoTime() - start;
            perKind[kind] += took;
            if (took > slowest) {
                slowest = took;
                slowestCase = label;
            }
        }
        StringBuilder kinds = new StringBuilder();
        for (int k = 0; k < KINDS; k++) {
            kinds.append(String.format(java.util.Locale.ROOT, " %d:%.1f", k, perKind[k] / 1e9));
        }
        System.out.printf("HtmlFuzzTest: %d cases, slowest %s in %.1f s; seconds per kind%s%n", CASES, slowestCase,
                slowest / 1e9, kinds);
    }

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aTwentyMegabytePageIsReadAndItsArticleFound() {
        // what makes real pages huge: inline state, styles, data-URI images, endless menus
        StringBuilder html = new StringBuilder(21 << 20).append("<!DOCTYPE html><html lang=\"it\"><head><title>"
                + "Il consiglio approva il bilancio – Gazzetta</title><style>");
        while (html.length() < (4 << 20)) {
            html.append(".c").append(html.length()).append("{margin:0 auto;padding:1px}\n");
        }
        html.append("</style><script>window.__STATE__={\"items\":[");
        while (html.length() < (12 << 20)) {
            html.append("{\"id\":").append(html.length()).append(",\"title\":\"Voce di menu\",\"url\":\"/a/b\"},");
        }
        html.append("{}]};</script></head><body><nav>");
        for (int i = 0; html.length() < (16 << 20); i++) {
            html.append("<a href=\"/sezione/").append(i).append("\">Sezione ").append(i).append("</a> ");
        }
        html.append("</nav><article><h1>Il consiglio approva il bilancio</h1>");
        for (int i = 0; i < 12; i++) {
            html.append("<p>Il consiglio comunale ha approvato ieri sera il bilancio di previsione con diciotto voti "
                    + "favorevoli e dodici contrari, dopo una seduta durata fino a mezzanotte; paragrafo ")
                    .append(i + 1).append(".</p>");
        }
        html.append("<img src=\"data:image/png;base64,");
        while (html.length() < (20 << 20)) {
            html.append("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk");
        }
        html.append("\"></article></body></html>");
        byte[] bytes = html.toString().getBytes(StandardCharsets.UTF_8);
        assertTrue(bytes.length >= 20 << 20);
        Article a = readAndExtract(bytes, "20 MB page");
        assertTrue(a.text().contains("diciotto voti favorevoli"), a.problems().toString());
        assertTrue(a.text().length() < 10_000, "text of " + a.text().length() + " characters");
    }

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aPageNestedAHundredThousandLevelsDeepIsRead() {
        String open = "<div><section><span>".repeat(33_334);
        String article = "<p>Il ponte resterà chiuso per sei settimane, ha detto l'assessore ai lavori pubblici.</p>"
                + "<p>Gli autobus saranno deviati sul ponte nuovo, e per i pedoni ci sarà una passerella.</p>";
        byte[] bytes = ("<html><head><title>Ponte chiuso</title></head><body>" + open + article + "</body></html>")
                .getBytes(StandardCharsets.UTF_8);
        Article a = readAndExtract(bytes, "deeply nested page");
        // the parser caps the tree's depth (jsoup: 512), so the paragraphs at the bottom are still found
        assertTrue(a.text().contains("sei settimane") && a.text().contains("passerella"), a.problems().toString());
        AnalysisResult r = pipeline.analyze(new RawDocument("nested.html", DocumentKind.HTML,
                new String(bytes, StandardCharsets.UTF_8), DocumentHints.NONE, List.of()));
        assertNotNull(r);
    }

    /** Reads bytes as standard input and extracts the one document they make; fails on any exception. */
    private static Article readAndExtract(byte[] bytes, String label) {
        DocumentReader.Batch batch = reader.readAll(List.of("-"), () -> new ByteArrayInputStream(bytes));
        assertTrue(batch.failures().isEmpty(), label + ": " + batch.failures());
        assertTrue(batch.documents().size() == 1, label);
        Article a = new ArticleExtractors().extract(batch.documents().get(0));
        assertNoCrash(a, label);
        return a;
    }

    private static void feed(byte[] input, String label) {
        try {
            DocumentReader.Batch batch = reader.readAll(List.of("-"), () -> new ByteArrayInputStream(input));
            for (RawDocument d : batch.documents()) {
                analyze(d, input.length, label + " read as " + d.kind());
            }
            // the same bytes as an HTML document, whatever the reader made of them
            analyze(new RawDocument("fuzz.html", DocumentKind.HTML, new String(input, StandardCharsets.ISO_8859_1),
                    DocumentHints.NONE, List.of()), input.length, label + " as HTML");
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            fail(label + " threw " + e, e);
        }
    }

    private static void analyze(RawDocument d, int inputLength, String label) {
        AnalysisResult r = pipeline.analyze(d);
        assertNotNull(r, label);
        assertNoCrash(r.article(), label);
        // plain text gains a blank line between lines taken for paragraphs: at most twice as long
        assertTrue(r.article().text().length() <= 2 * Math.max(inputLength, d.content().length()) + 16,
                label + ": text of " + r.article().text().length() + " characters from " + inputLength + " bytes");
    }

    /** Extraction catches what it cannot handle and says so; for these inputs that is a bug too. */
    private static void assertNoCrash(Article a, String label) {
        assertNotNull(a, label);
        assertFalse(a.problems().stream().anyMatch(p -> p.startsWith("HTML extraction failed")),
                label + ": " + a.problems());
    }

    // ---- inputs ---------------------------------------------------------------------------------------------

    private static byte[] generate(int kind, Random r) {
        byte[] page = fixtures.get(r.nextInt(fixtures.size()));
        return switch (kind) {
            case 0 -> randomBytes(r);
            case 1, 2 -> tagSoup(r).getBytes(r.nextBoolean() ? StandardCharsets.UTF_8 : StandardCharsets.UTF_16LE);
            case 3 -> java.util.Arrays.copyOf(page, r.nextInt(page.length + 1));
            case 4 -> deleteTags(page, r);
            case 5 -> duplicate(page, r);
            case 6 -> insert(page, r, deepNesting(r));
            case 7 -> insert(page, r, pick(r, "<!--", "<script>", "<style>", "<textarea>", "<title>", "<xmp>",
                    "<plaintext>", "<![CDATA[", "<!DOCTYPE", "<svg><![CDATA[", "<noscript>", "<template>",
                    "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":")
                    .getBytes(StandardCharsets.UTF_8));
            case 8 -> insert(page, r, ("<div class=\"" + "x".repeat(r.nextInt(300_000)) + "\" data-a='"
                    + "&amp;".repeat(r.nextInt(20_000)) + "'>").getBytes(StandardCharsets.UTF_8));
            case 9 -> sprinkle(page, r, new byte[] {0});
            case 10 -> sprinkle(page, r, pick(r, new byte[] {(byte) 0xC3, 0x28}, new byte[] {(byte) 0xFF},
                    new byte[] {(byte) 0x80}, new byte[] {(byte) 0xF0, (byte) 0x9F, (byte) 0x98},
                    new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, new byte[] {(byte) 0xE9}));
            case 11 -> mixEncodings(page, r);
            case 12 -> insert(page, r, ("<h1>" + "<a href=/x>t</a>".repeat(r.nextInt(5_000)) + "</h1>"
                    + "<p>" + "parola ".repeat(r.nextInt(5_000)) + "</p>").getBytes(StandardCharsets.UTF_8));
            default -> (tagSoup(r) + new String(page, StandardCharsets.UTF_8) + tagSoup(r)).getBytes(StandardCharsets.UTF_8);
        };
    }

    private static byte[] randomBytes(Random r) {
        byte[] b = new byte[r.nextInt(r.nextBoolean() ? 64 : 65_536)];
        r.nextBytes(b);
        return b;
    }

    private static String tagSoup(Random r) {
        StringBuilder b = new StringBuilder();
        int tokens = r.nextInt(3_000);
        for (int i = 0; i < tokens; i++) {
            switch (r.nextInt(8)) {
                case 0, 1 -> {
                    b.append('<').append(pick(r, TAGS));
                    for (int a = r.nextInt(3); a > 0; a--) {
                        b.append(' ').append(pick(r, ATTRIBUTES));
                    }
                    b.append(r.nextInt(10) == 0 ? "/>" : ">");
                }
                case 2 -> b.append("</").append(pick(r, TAGS)).append('>');
                case 3 -> b.append(r.nextBoolean() ? "<!-- nota -->" : r.nextBoolean() ? "<!--" : "-->");
                default -> b.append(pick(r, WORDS)).append(' ');
            }
        }
        return b.toString();
    }

    /** Tags nested ten to twelve thousand levels deep, closed or not, with text at the bottom. */
    private static byte[] deepNesting(Random r) {
        String[] unit = {"<div>", "<b><i>", "<table><tr><td>", "<ul><li>", "<a href=/x>", "<span>", "<p>",
            "<blockquote>", "<font>", "<article><section>", "<svg><g>", "<select><option>"};
        String open = pick(r, unit);
        int depth = 10_000 + r.nextInt(2_000);
        StringBuilder b = new StringBuilder(open.repeat(depth)).append("fondo del testo annidato");
        if (r.nextBoolean()) {
            b.append(open.replace("<", "</").replaceAll(" [^>]*", "").repeat(r.nextInt(depth)));
        }
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] deleteTags(byte[] page, Random r) {
        String s = new String(page, StandardCharsets.UTF_8);
        for (int n = 1 + r.nextInt(20); n > 0; n--) {
            int start = s.indexOf('<', r.nextInt(Math.max(1, s.length())));
            int end = start < 0 ? -1 : s.indexOf('>', start);
            if (end > start) {
                s = s.substring(0, start) + s.substring(end + 1);
            }
        }
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] duplicate(byte[] page, Random r) {
        int start = r.nextInt(page.length);
        int end = start + r.nextInt(page.length - start);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(page, 0, end);
        for (int k = 1 + r.nextInt(r.nextBoolean() ? 3 : 300); k > 0; k--) {
            out.write(page, start, end - start);
        }
        out.write(page, end, page.length - end);
        return out.toByteArray();
    }

    private static byte[] insert(byte[] page, Random r, byte[] what) {
        int at = r.nextInt(page.length + 1);
        ByteArrayOutputStream out = new ByteArrayOutputStream(page.length + what.length);
        out.write(page, 0, at);
        out.writeBytes(what);
        out.write(page, at, page.length - at);
        return out.toByteArray();
    }

    private static byte[] sprinkle(byte[] page, Random r, byte[] what) {
        byte[] out = page;
        for (int n = 1 + r.nextInt(r.nextBoolean() ? 3 : 200); n > 0; n--) {
            out = insert(out, r, what);
        }
        return out;
    }

    /** A slice of the page re-encoded in another charset. */
    private static byte[] mixEncodings(byte[] page, Random r) {
        String s = new String(page, StandardCharsets.UTF_8);
        int start = r.nextInt(s.length());
        int end = start + r.nextInt(s.length() - start);
        Charset other = pick(r, Charset.forName("windows-1252"), StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE,
                Charset.forName("ISO-8859-15"), Charset.forName("Shift_JIS"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(s.substring(0, start).getBytes(StandardCharsets.UTF_8));
        out.writeBytes(s.substring(start, end).getBytes(other));
        out.writeBytes(s.substring(end).getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    @SafeVarargs
    private static <T> T pick(Random r, T... options) {
        return options[r.nextInt(options.length)];
    }
}
