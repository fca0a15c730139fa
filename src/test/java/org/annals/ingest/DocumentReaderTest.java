package org.annals.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.annals.model.DocumentHints;
import org.annals.model.DocumentKind;
import org.annals.model.RawDocument;
import org.annals.model.Timestamp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentReaderTest {
    @TempDir
    Path dir;

    private final List<RawDocument> docs = new ArrayList<>();
    private final List<ReadFailure> failures = new ArrayList<>();
    private final DocumentSink sink = new DocumentSink() {
        @Override
        public void accept(RawDocument document) {
            docs.add(document);
        }

        @Override
        public void fail(ReadFailure failure) {
            failures.add(failure);
        }
    };

    private void read(DocumentReader reader, String stdin, String... inputs) {
        reader.read(List.of(inputs), () -> new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), sink);
    }

    private void read(String... inputs) {
        read(new DocumentReader(1 << 20, DocumentHints.NONE), "", inputs);
    }

    private Path write(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content);
        return p;
    }

    @Test
    void toldKindsApartByExtensionAndContent() throws IOException {
        write("a.txt", "Un testo semplice.");
        write("b.html", "<p>uno</p>");
        write("c", "<!doctype html><html><body><p>senza estensione</p></body></html>");
        write("d.dat", "Prosa senza estensione nota.");
        read(dir.toString());
        assertEquals(List.of(DocumentKind.TEXT, DocumentKind.HTML, DocumentKind.HTML, DocumentKind.TEXT),
                docs.stream().map(RawDocument::kind).toList());
        assertTrue(failures.isEmpty());
    }

    @Test
    void walksDirectoriesRecursivelyInNameOrderSkippingHiddenFiles() throws IOException {
        write("z.txt", "ultimo");
        write("sub/a.txt", "nel mezzo");
        write("a.txt", "primo");
        write(".hidden/x.txt", "nascosto");
        write(".DS_Store", "junk");
        read(dir.toString());
        assertEquals(List.of("primo", "nel mezzo", "ultimo"), docs.stream().map(RawDocument::content).toList());
    }

    @Test
    void reportsEachBadInputAndGoesOn() throws IOException {
        Path empty = write("empty.txt", "");
        Path binary = dir.resolve("scan.txt");
        Files.write(binary, new byte[] {'%', 'P', 'D', 'F', '-', '1', '.', '4', 0, 1, 2});
        Path good = write("good.txt", "Il testo buono.");
        read(dir.resolve("missing.txt").toString(), empty.toString(), binary.toString(), good.toString());
        assertEquals(1, docs.size());
        assertEquals(3, failures.size());
        assertEquals("no such file or directory", failures.get(0).reason());
        assertEquals(empty.toString(), failures.get(1).source());
        assertEquals("empty file", failures.get(1).reason());
        assertTrue(failures.get(2).reason().contains("PDF"), failures.get(2).reason());
    }

    @Test
    void refusesDocumentsOverTheSizeLimitWithoutReadingThem() throws IOException {
        Path big = write("big.txt", "parola ".repeat(2000));
        read(new DocumentReader(1000, DocumentHints.NONE), "", big.toString());
        assertTrue(docs.isEmpty());
        assertTrue(failures.get(0).reason().startsWith("too large: 13.7 KiB exceeds the limit of 1000 bytes"),
                failures.get(0).reason());
    }

    @Test
    void readsJsonLinesRecordByRecordWithHintsAndLineNumbersInFailures() throws IOException {
        Path jsonl = write("batch.jsonl", String.join("\n",
                "{\"id\":\"a1\",\"text\":\"Testo uno.\",\"title\":\"Uno\",\"published\":\"2024-06-19T11:50+02:00\","
                        + "\"language\":\"IT\",\"url\":\"https://example.it/1\",\"publisher\":\"Esempio\"}",
                "",
                "{\"id\":\"a2\",\"html\":\"<p>Due</p>\"}",
                "this is not json",
                "{\"id\":\"a4\"}",
                "{\"id\":\"a5\",\"text\":\"x\",\"published\":\"ieri\"}",
                "[1,2]",
                "{\"text\":\"Senza id.\"}"));
        read(jsonl.toString());
        assertEquals(List.of(jsonl + "#a1", jsonl + "#a2", jsonl + "#line8"),
                docs.stream().map(RawDocument::source).toList());
        RawDocument first = docs.get(0);
        assertEquals(DocumentKind.TEXT, first.kind());
        assertEquals("Uno", first.hints().title());
        assertEquals("it", first.hints().language());
        assertEquals("Esempio", first.hints().publisher());
        assertEquals("2024-06-19T11:50+02:00", first.hints().published().toIso());
        assertEquals(DocumentKind.HTML, docs.get(1).kind());
        assertEquals(List.of(jsonl + ":4", jsonl + ":5", jsonl + ":6", jsonl + ":7"),
                failures.stream().map(ReadFailure::source).toList());
        assertTrue(failures.get(0).reason().startsWith("not valid JSON"), failures.get(0).reason());
        assertEquals("record has neither \"text\" nor \"html\"", failures.get(1).reason());
        assertTrue(failures.get(2).reason().contains("'ieri'"), failures.get(2).reason());
        assertEquals("not a JSON object", failures.get(3).reason());
    }

    @Test
    void commandLineHintsApplyToEveryDocumentButRecordsWin() throws IOException {
        Path txt = write("a.txt", "Testo.");
        Path jsonl = write("b.jsonl", "{\"id\":\"x\",\"text\":\"T.\",\"published\":\"2020-01-02\"}");
        DocumentHints defaults = DocumentHints.NONE.withLanguage("en").withPublished(Timestamp.parse("2024-01-01"));
        read(new DocumentReader(1 << 20, defaults), "", txt.toString(), jsonl.toString());
        assertEquals("2024-01-01", docs.get(0).hints().published().toIso());
        assertEquals("en", docs.get(0).hints().language());
        assertEquals("2020-01-02", docs.get(1).hints().published().toIso());
        assertEquals("en", docs.get(1).hints().language());
    }

    @Test
    void readsStandardInputAsTextHtmlOrJsonLines() {
        read(new DocumentReader(1 << 20, DocumentHints.NONE), "Testo da stdin.", "-");
        read(new DocumentReader(1 << 20, DocumentHints.NONE), "{\"id\":\"s\",\"text\":\"Riga.\"}\n", "-");
        assertEquals(List.of("-", "-#s"), docs.stream().map(RawDocument::source).toList());
        assertNull(docs.get(0).hints().id());
    }

    @Test
    void decodesLegacyEncodingsAndKeepsTheGuessAsAProblem() throws IOException {
        Path p = dir.resolve("legacy.txt");
        String text = "La città è più vicina di quanto si creda; perché “così” è più semplice.";
        Files.write(p, text.getBytes(Charset.forName("windows-1252")));
        read(p.toString());
        assertEquals(text, docs.get(0).content());
        assertEquals(1, docs.get(0).problems().size());
    }

    @Test
    void rejectsBadConfiguration() {
        var e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new DocumentReader(0, DocumentHints.NONE));
        assertTrue(e.getMessage().contains("0"));
    }
}
