package org.annals.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.annals.model.DocumentHints;
import org.annals.model.DocumentKind;
import org.annals.model.RawDocument;
import org.annals.model.Timestamp;

/**
 * Reads the inputs a user names into raw documents: files, directories (recursively, in name order,
 * hidden files skipped), standard input ("-"), and {@code http://} or {@code https://} URLs when given a
 * {@link WebFetcher}. Plain text, HTML and JSON Lines are told apart by extension (for a URL, by the media
 * type the server declares), else by content. A fetched page's final URL, after redirects, becomes its
 * document's URL.
 *
 * <p>Never stops at a bad input: each one that cannot be read is reported to the sink as a
 * {@link ReadFailure} naming the input and the problem, and reading goes on. JSON Lines files are
 * streamed record by record, so their size is not limited; any other single document larger than
 * {@code maxBytes} is refused with a failure rather than read.
 *
 * <p>Immutable and thread-safe; each call reads only what it is given.
 */
public final class DocumentReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final long maxBytes;
    private final DocumentHints defaults;
    private final TextDecoder decoder = new TextDecoder();
    private final WebFetcher fetcher;

    /**
     * A reader of local inputs only: a URL is reported as a failure.
     *
     * @param maxBytes the largest text or HTML document to read, in bytes; positive
     * @param defaults hints applied to every document (language, publication date from the command
     *                 line); a JSON Lines record's own fields win over them
     */
    public DocumentReader(long maxBytes, DocumentHints defaults) {
        this(maxBytes, defaults, null);
    }

    /**
     * @param fetcher fetches {@code http(s)://} inputs, or null to report them as failures
     */
    public DocumentReader(long maxBytes, DocumentHints defaults, WebFetcher fetcher) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive, was " + maxBytes);
        }
        this.maxBytes = maxBytes;
        this.defaults = Objects.requireNonNull(defaults, "defaults");
        this.fetcher = fetcher;
    }

    /** Whether an input names a web page rather than a path. */
    public static boolean isUrl(String input) {
        String lower = input.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }

    /**
     * Reads every input in order.
     *
     * @param inputs paths as the user wrote them; "-" is standard input
     * @param stdin  what "-" reads
     */
    public void read(List<String> inputs, Supplier<InputStream> stdin, DocumentSink sink) {
        for (String input : inputs) {
            if (input.equals("-")) {
                readStdin(stdin.get(), sink);
            } else if (isUrl(input)) {
                readUrl(input, sink);
            } else {
                readPath(Path.of(input), input, sink);
            }
        }
    }

    /** What {@link #readAll} read: the documents and the failures, each in input order. */
    public record Batch(List<RawDocument> documents, List<ReadFailure> failures) {
        public Batch {
            documents = List.copyOf(documents);
            failures = List.copyOf(failures);
        }
    }

    /**
     * Reads every input into memory, for small batches (benchmarks, tests); standard input is empty.
     * Large batches should stream through {@link #read} instead.
     */
    public Batch readAll(List<String> inputs) {
        return readAll(inputs, InputStream::nullInputStream);
    }

    /** Reads every input into memory, "-" from {@code stdin} (a request body, a test's bytes). */
    public Batch readAll(List<String> inputs, Supplier<InputStream> stdin) {
        List<RawDocument> documents = new ArrayList<>();
        List<ReadFailure> failures = new ArrayList<>();
        read(inputs, stdin, new DocumentSink() {
            @Override
            public void accept(RawDocument document) {
                documents.add(document);
            }

            @Override
            public void fail(ReadFailure failure) {
                failures.add(failure);
            }
        });
        return new Batch(documents, failures);
    }

    private void readPath(Path path, String name, DocumentSink sink) {
        if (!Files.exists(path)) {
            sink.fail(new ReadFailure(name, "no such file or directory"));
        } else if (Files.isDirectory(path)) {
            readDirectory(path, sink);
        } else if (!Files.isReadable(path)) {
            sink.fail(new ReadFailure(name, "permission denied"));
        } else {
            readFile(path, name, sink);
        }
    }

    private void readDirectory(Path dir, DocumentSink sink) {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(p -> !isHidden(dir, p))
                    .sorted()
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            sink.fail(new ReadFailure(dir.toString(), "cannot list directory: " + describe(e)));
            return;
        }
        if (files.isEmpty()) {
            sink.fail(new ReadFailure(dir.toString(), "directory holds no files"));
        }
        for (Path file : files) {
            readFile(file, file.toString(), sink);
        }
    }

    /** Whether a file found under {@code root} is hidden (a part of its path below root starts with a dot). */
    public static boolean isHidden(Path root, Path file) {
        for (Path part : root.relativize(file)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private void readFile(Path path, String name, DocumentSink sink) {
        try {
            String extension = extension(path);
            if (extension.equals("jsonl") || extension.equals("ndjson")) {
                try (InputStream in = Files.newInputStream(path)) {
                    readJsonLines(in, name, sink);
                }
                return;
            }
            long size = Files.size(path);
            if (size > maxBytes) {
                sink.fail(new ReadFailure(name, tooLarge(size)));
                return;
            }
            readBytes(Files.readAllBytes(path), name, extension, sink);
        } catch (NoSuchFileException e) {
            sink.fail(new ReadFailure(name, "no such file"));
        } catch (AccessDeniedException e) {
            sink.fail(new ReadFailure(name, "permission denied"));
        } catch (IOException | UncheckedIOException e) {
            sink.fail(new ReadFailure(name, "cannot read: " + describe(e)));
        }
    }

    private void readStdin(InputStream in, DocumentSink sink) {
        try {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                sink.fail(new ReadFailure("-", tooLarge(bytes.length) + " (standard input)"));
                return;
            }
            if (looksLikeJsonLines(bytes)) {
                readJsonLines(new java.io.ByteArrayInputStream(bytes), "-", sink);
            } else {
                readBytes(bytes, "-", "", sink);
            }
        } catch (IOException e) {
            sink.fail(new ReadFailure("-", "cannot read standard input: " + describe(e)));
        }
    }

    private void readUrl(String input, DocumentSink sink) {
        if (fetcher == null) {
            sink.fail(new ReadFailure(input, "web pages are not fetched by this command"));
            return;
        }
        java.net.URI uri;
        try {
            uri = new java.net.URI(input.strip());
            if (uri.getHost() == null) {
                throw new java.net.URISyntaxException(input, "no host");
            }
        } catch (java.net.URISyntaxException e) {
            sink.fail(new ReadFailure(input, "not a valid URL: " + e.getReason()));
            return;
        }
        WebFetcher.Page page;
        try {
            page = fetcher.fetch(uri, maxBytes);
        } catch (WebFetcher.FetchException e) {
            sink.fail(new ReadFailure(input, e.getMessage()));
            return;
        }
        String type = page.contentType() == null ? "" : page.contentType();
        String extension = type.contains("html") ? "html" : type.equals("text/plain") ? "txt" : "";
        readBytes(page.body(), input, extension, defaults.withUrl(page.uri().toString()), sink);
    }

    private void readBytes(byte[] bytes, String name, String extension, DocumentSink sink) {
        readBytes(bytes, name, extension, defaults, sink);
    }

    private void readBytes(byte[] bytes, String name, String extension, DocumentHints hints, DocumentSink sink) {
        if (extension.isEmpty() || !isKnownTextExtension(extension)) {
            if (looksLikeJsonLines(bytes)) {
                try {
                    readJsonLines(new java.io.ByteArrayInputStream(bytes), name, sink);
                } catch (IOException e) {
                    sink.fail(new ReadFailure(name, "cannot read: " + describe(e)));
                }
                return;
            }
        }
        boolean html = switch (extension) {
            case "html", "htm", "xhtml", "shtml" -> true;
            case "txt", "text" -> false;
            default -> ContentSniffer.looksLikeHtml(bytes);
        };
        try {
            TextDecoder.Decoded decoded = decoder.decode(bytes, html);
            DocumentKind kind = html ? DocumentKind.HTML : DocumentKind.TEXT;
            sink.accept(new RawDocument(name, kind, decoded.text(), hints, decoded.problems()));
        } catch (UnreadableInputException e) {
            sink.fail(new ReadFailure(name, e.getMessage()));
        }
    }

    private static boolean isKnownTextExtension(String extension) {
        return switch (extension) {
            case "html", "htm", "xhtml", "shtml", "txt", "text" -> true;
            default -> false;
        };
    }

    private static boolean looksLikeJsonLines(byte[] bytes) {
        int i = 0;
        while (i < bytes.length && Character.isWhitespace(bytes[i])) {
            i++;
        }
        if (i >= bytes.length || bytes[i] != '{') {
            return false;
        }
        int end = i;
        while (end < bytes.length && bytes[end] != '\n') {
            end++;
        }
        String first = new String(bytes, i, end - i, StandardCharsets.UTF_8).strip();
        if (!first.endsWith("}")) {
            return false;
        }
        try {
            return JSON.readTree(first).isObject();
        } catch (JsonProcessingException e) {
            return false;
        }
    }

    /** One article per line; blank lines are skipped; a bad line is a failure named "file:LINE". */
    private void readJsonLines(InputStream in, String name, DocumentSink sink) throws IOException {
        var utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, utf8), 1 << 16);
        String line;
        int number = 0;
        int records = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (number == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (line.isBlank()) {
                continue;
            }
            records++;
            String where = name + ":" + number;
            if (line.length() > maxBytes) {
                sink.fail(new ReadFailure(where, tooLarge(line.length())));
                continue;
            }
            try {
                sink.accept(jsonRecord(line, name, number));
            } catch (BadRecordException e) {
                sink.fail(new ReadFailure(where, e.getMessage()));
            }
        }
        if (records == 0) {
            sink.fail(new ReadFailure(name, "empty file (no JSON Lines records)"));
        }
    }

    private RawDocument jsonRecord(String line, String name, int number) throws BadRecordException {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            throw new BadRecordException("not valid JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw new BadRecordException("not a JSON object");
        }
        String text = string(node, "text");
        String html = string(node, "html");
        if (text == null && html == null) {
            throw new BadRecordException("record has neither \"text\" nor \"html\"");
        }
        String id = string(node, "id");
        Timestamp published = defaults.published();
        String publishedText = string(node, "published");
        if (publishedText != null) {
            try {
                published = Timestamp.parse(publishedText);
            } catch (IllegalArgumentException e) {
                throw new BadRecordException("bad \"published\" value: " + e.getMessage());
            }
        }
        String language = string(node, "language");
        DocumentHints hints = new DocumentHints(id, string(node, "url"), string(node, "title"), published,
                language != null ? language.toLowerCase(Locale.ROOT) : defaults.language(),
                string(node, "publisher"));
        String source = name + "#" + (id != null ? id : "line" + number);
        List<String> problems = new ArrayList<>();
        String content = html != null ? html : text;
        if (content.isBlank()) {
            throw new BadRecordException("\"" + (html != null ? "html" : "text") + "\" is empty");
        }
        return new RawDocument(source, html != null ? DocumentKind.HTML : DocumentKind.TEXT, content, hints,
                problems);
    }

    private static String string(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        return value.isValueNode() ? value.asText() : value.toString();
    }

    private String tooLarge(long size) {
        return String.format(Locale.ROOT, "too large: %s exceeds the limit of %s (raise it with --max-size)",
                humanSize(size), humanSize(maxBytes));
    }

    static String humanSize(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KiB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024));
    }

    private static String extension(Path path) {
        String file = path.getFileName().toString();
        int dot = file.lastIndexOf('.');
        return dot < 0 ? "" : file.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String describe(Exception e) {
        String message = e.getMessage();
        return message == null ? e.getClass().getSimpleName() : message;
    }

    private static final class BadRecordException extends Exception {
        private static final long serialVersionUID = 1L;

        BadRecordException(String message) {
            super(message);
        }
    }
}
