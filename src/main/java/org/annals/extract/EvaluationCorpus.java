package org.annals.extract;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.annals.ingest.TextDecoder;
import org.annals.ingest.UnreadableInputException;
import org.annals.model.DocumentHints;
import org.annals.model.DocumentKind;
import org.annals.model.RawDocument;

/**
 * The trafilatura evaluation set ({@code corpora/extraction/trafilatura-eval.tar.gz} under the shared
 * folder), read in place: {@code tests/evaldata.json} names each page's file, the snippets its main
 * text must and must not contain, and, for most pages, its title, date and author. A page is read from
 * {@code tests/cache/} when present there, else from {@code tests/eval/}; pages neither holds are left
 * out. Pages are decoded as the ingest stage decodes HTML files.
 */
public final class EvaluationCorpus {

    /** Where the set lies below the shared folder. */
    public static final String ARCHIVE = "corpora/extraction/trafilatura-eval.tar.gz";

    /**
     * One evaluation page. Gold fields are null when the set gives none (an empty gold date or
     * author counts as none).
     *
     * @param url     the page's address
     * @param file    its file name in the set
     * @param html    its decoded HTML
     * @param with    snippets the main text must contain
     * @param without snippets the main text must not contain
     * @param title   the gold title, or null
     * @param date    the gold publication date (yyyy-mm-dd), or null
     * @param authors the gold author names as the set writes them, or empty
     */
    public record Page(String url, String file, String html, List<String> with, List<String> without,
                       String title, String date, List<String> authors) {
        public Page {
            with = List.copyOf(with);
            without = List.copyOf(without);
            authors = List.copyOf(authors);
        }

        /** The page as an HTML document whose only hint is its address. */
        public RawDocument document() {
            return new RawDocument(file, DocumentKind.HTML, html,
                    new DocumentHints(null, url, null, null, null, null), List.of());
        }
    }

    private EvaluationCorpus() {
    }

    /** The archive's path under the shared folder (which may not exist). */
    public static Path archive(Path sharedDir) {
        return sharedDir.resolve(ARCHIVE);
    }

    /**
     * All pages of the set, in the order the annotations list them.
     *
     * @throws IOException when the archive cannot be read
     */
    public static List<Page> load(Path sharedDir) throws IOException {
        Path archive = archive(sharedDir);
        if (!Files.isReadable(archive)) {
            throw new IOException("evaluation set not found: " + archive);
        }
        Map<String, byte[]> files = TarGz.read(archive, name -> name.endsWith("evaldata.json")
                || name.startsWith("tests/cache/") || name.startsWith("tests/eval/"));
        byte[] annotations = files.get("tests/evaldata.json");
        if (annotations == null) {
            throw new IOException("tests/evaldata.json missing from " + archive);
        }
        JsonNode root = JsonMapper.builder().build().readTree(annotations);
        TextDecoder decoder = new TextDecoder();
        List<Page> pages = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            JsonNode gold = entry.getValue();
            String file = gold.path("file").asText();
            byte[] bytes = files.getOrDefault("tests/cache/" + file, files.get("tests/eval/" + file));
            if (bytes == null) {
                continue;
            }
            String html;
            try {
                html = decoder.decode(bytes, true).text();
            } catch (UnreadableInputException e) {
                continue;
            }
            pages.add(new Page(entry.getKey(), file, html, strings(gold.get("with")), strings(gold.get("without")),
                    nonEmpty(gold.get("title")), nonEmpty(gold.get("date")), strings(gold.get("author"))));
        }
        return pages;
    }

    private static List<String> strings(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node == null || node.isNull()) {
            return out;
        }
        for (JsonNode n : node.isArray() ? node : List.of(node)) {
            if (n.isTextual() && !n.asText().isBlank()) {
                out.add(n.asText());
            }
        }
        return out;
    }

    private static String nonEmpty(JsonNode node) {
        return node == null || !node.isTextual() || node.asText().isBlank() ? null : node.asText().strip();
    }
}
