package org.annals.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
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
import java.util.function.Consumer;
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
 * <p>An input may also hold many articles, told by its content ({@link InputFormat}), whatever its name:
 * <ul>
 *   <li>a feed (RSS, Atom) or a sitemap (Google News sitemaps and sitemap indexes included), local or fetched:
 *       each article it links to is fetched through the fetcher and read with what the feed or sitemap said
 *       about it (title, date, language), which wins over the command line's hints; an item whose feed carries
 *       its content is read from the feed when it has no link, or when {@link LinkReader.Options#useFeedContent}
 *       says so ({@link LinkReader});</li>
 *   <li>a WARC web archive, plain or gzip-compressed per record: each archived HTML or text page is read, named
 *       "file#N", with its address and capture date ({@link WarcReader}); the file is streamed, not held.</li>
 * </ul>
 * A page a feed, sitemap or archive yields is read as an article, never as another feed or archive.
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
    private final LinkReader links;
    private final WarcReader warcs;
    private final Consumer<ArticleLink> discovered;

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
        this(maxBytes, defaults, fetcher, LinkReader.Options.DEFAULT);
    }

    /**
     * @param fetcher fetches {@code http(s)://} inputs and the articles feeds and sitemaps link to, or null to
     *                report them as failures
     * @param links   how many articles to take from each feed or sitemap, and whether to read feed content
     */
    public DocumentReader(long maxBytes, DocumentHints defaults, WebFetcher fetcher, LinkReader.Options links) {
        this(maxBytes, defaults, fetcher, links, link -> { });
    }

    /**
     * @param discovered told of each article a feed or sitemap links to, on the reading thread, before it is read
     */
    public DocumentReader(long maxBytes, DocumentHints defaults, WebFetcher fetcher, LinkReader.Options links,
                          Consumer<ArticleLink> discovered) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive, was " + maxBytes);
        }
        this.maxBytes = maxBytes;
        this.defaults = Objects.requireNonNull(defaults, "defaults");
        this.fetcher = fetcher;
        this.links = new LinkReader(fetcher, maxBytes, links);
        this.warcs = new WarcReader(maxBytes);
        this.discovered = Objects.requireNonNull(discovered, "discovered");
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

    /**
     * Lists the articles the inputs point to, without fetching any article: the links of each feed and sitemap
     * (fetching the feeds, sitemaps and sitemap indexes themselves), the pages of each WARC file, and each URL
     * that turns out to be a page. A local file that is none of these, a directory and standard input are
     * failures: they list nothing.
     */
    public void discover(List<String> inputs, LinkReader.LinkSink sink) {
        for (String input : inputs) {
            if (isUrl(input)) {
                WebFetcher.Page page = fetchInput(input, sink::fail);
                if (page != null) {
                    discoverFetched(page, input, sink);
                }
            } else if (input.equals("-") || Files.isDirectory(Path.of(input))) {
                sink.fail(new ReadFailure(input, "only feeds, sitemaps, WARC files and URLs can be listed"));
            } else {
                guarded(input, sink::fail, () -> discoverFile(Path.of(input), input, sink));
            }
        }
    }

    private void discoverFetched(WebFetcher.Page page, String input, LinkReader.LinkSink sink) {
        InputFormat format = InputFormat.sniff(page.body());
        switch (format) {
            case FEED, SITEMAP -> expand(page.body(), format, input, page.uri(), sink);
            case WARC -> warcs.read(new ByteArrayInputStream(page.body()), input, listing(sink));
            case DOCUMENT -> sink.link(new ArticleLink(input, page.uri(), defaults.withUrl(page.uri().toString()),
                    null, List.of()));
        }
    }

    private void discoverFile(Path path, String name, LinkReader.LinkSink sink) throws IOException {
        if (isWarc(path)) {
            try (InputStream in = Files.newInputStream(path)) {
                warcs.read(in, name, listing(sink));
            }
            return;
        }
        byte[] bytes = readWhole(path, name, sink::fail);
        if (bytes == null) {
            return;
        }
        InputFormat format = InputFormat.sniff(bytes);
        if (format == InputFormat.FEED || format == InputFormat.SITEMAP) {
            expand(bytes, format, name, null, sink);
        } else {
            sink.fail(new ReadFailure(name, "not a feed, sitemap or WARC file: nothing to list"));
        }
    }

    /** A WARC file's pages as links, for listing. */
    private WarcReader.RecordSink listing(LinkReader.LinkSink sink) {
        return new WarcReader.RecordSink() {
            @Override
            public void page(String source, WebFetcher.Page page, Timestamp captured) {
                sink.link(new ArticleLink(source, page.uri(), archived(page, captured), null, List.of()));
            }

            @Override
            public void fail(ReadFailure failure) {
                sink.fail(failure);
            }
        };
    }

    /** What is known of an archived page before it is read: its address and capture date. */
    private DocumentHints archived(WebFetcher.Page page, Timestamp captured) {
        return defaults.withUrl(page.uri().toString()).withRetrieved(captured);
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
        guarded(name, sink::fail, () -> {
            String extension = extension(path);
            if (extension.equals("jsonl") || extension.equals("ndjson")) {
                try (InputStream in = Files.newInputStream(path)) {
                    readJsonLines(in, name, sink);
                }
                return;
            }
            if (isWarc(path)) {
                // streamed: a web archive is often far larger than any one page in it
                try (InputStream in = Files.newInputStream(path)) {
                    warcs.read(in, name, pages(sink));
                }
                return;
            }
            byte[] bytes = readWhole(path, name, sink::fail);
            if (bytes != null) {
                readBytes(bytes, new Origin(name, extension, defaults, null, true, List.of()), sink);
            }
        });
    }

    /** Something that reads a file. */
    private interface FileRead {
        void run() throws IOException;
    }

    /** Runs a read of the file {@code name}, reporting its failure in words meant for the user. */
    private static void guarded(String name, Consumer<ReadFailure> failures, FileRead read) {
        try {
            read.run();
        } catch (NoSuchFileException e) {
            failures.accept(new ReadFailure(name, "no such file"));
        } catch (AccessDeniedException e) {
            failures.accept(new ReadFailure(name, "permission denied"));
        } catch (IOException | UncheckedIOException e) {
            failures.accept(new ReadFailure(name, "cannot read: " + describe(e)));
        }
    }

    /** The whole file, or null when it is over the limit (reported). */
    private byte[] readWhole(Path path, String name, Consumer<ReadFailure> failures) throws IOException {
        long size = Files.size(path);
        if (size > maxBytes) {
            failures.accept(new ReadFailure(name, tooLarge(size)));
            return null;
        }
        return Files.readAllBytes(path);
    }

    /** A WARC file by its name, else by its first bytes. */
    private static boolean isWarc(Path path) throws IOException {
        String file = path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (file.endsWith(".warc") || file.endsWith(".warc.gz")) {
            return true;
        }
        try (InputStream in = Files.newInputStream(path)) {
            return InputFormat.sniff(in.readNBytes(InputFormat.HEAD_BYTES)) == InputFormat.WARC;
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
                readJsonLines(new ByteArrayInputStream(bytes), "-", sink);
            } else {
                readBytes(bytes, new Origin("-", "", defaults, null, true, List.of()), sink);
            }
        } catch (IOException e) {
            sink.fail(new ReadFailure("-", "cannot read standard input: " + describe(e)));
        }
    }

    private void readUrl(String input, DocumentSink sink) {
        WebFetcher.Page page = fetchInput(input, sink::fail);
        if (page != null) {
            readBytes(page.body(), new Origin(input, extensionOf(page), defaults.withUrl(page.uri().toString()),
                    page.uri(), true, List.of()), sink);
        }
    }

    /** Fetches a URL the user gave; null when it cannot be (reported). */
    private WebFetcher.Page fetchInput(String input, Consumer<ReadFailure> failures) {
        URI uri;
        try {
            uri = new URI(input.strip());
            if (uri.getHost() == null) {
                throw new URISyntaxException(input, "no host");
            }
        } catch (URISyntaxException e) {
            failures.accept(new ReadFailure(input, "not a valid URL: " + e.getReason()));
            return null;
        }
        return fetch(uri, input, failures);
    }

    /** Fetches a page; null when it cannot be (reported, as skipped when robots.txt asks so). */
    private WebFetcher.Page fetch(URI uri, String name, Consumer<ReadFailure> failures) {
        if (fetcher == null) {
            failures.accept(new ReadFailure(name, "web pages are not fetched by this command"));
            return null;
        }
        try {
            return fetcher.fetch(uri, maxBytes);
        } catch (WebFetcher.FetchException e) {
            failures.accept(new ReadFailure(name, e.getMessage(), e.refusal() == WebFetcher.Refusal.ROBOTS));
            return null;
        }
    }

    private static String extensionOf(WebFetcher.Page page) {
        String type = page.contentType() == null ? "" : page.contentType();
        return type.contains("html") ? "html" : type.equals("text/plain") ? "txt" : "";
    }

    /**
     * Where bytes come from and what is known of them.
     *
     * @param name       the input or article as failures and documents name it
     * @param extension  the file extension or what the media type stands for ("html", "txt"), or ""
     * @param hints      the document's hints
     * @param base       the address the bytes came from, for a feed's relative links; null for a local file
     * @param containers whether the bytes may be a feed, sitemap or archive (an input) rather than only an
     *                   article (a page a feed links to)
     * @param notes      problems met before the bytes were read, for the document
     */
    private record Origin(String name, String extension, DocumentHints hints, URI base, boolean containers,
                          List<String> notes) {}

    private void readBytes(byte[] bytes, Origin origin, DocumentSink sink) {
        InputFormat format = InputFormat.sniff(bytes);
        if (format != InputFormat.DOCUMENT) {
            if (!origin.containers()) {
                sink.fail(new ReadFailure(origin.name(), "a " + format.name().toLowerCase(Locale.ROOT)
                        + ", not an article: not followed from here"));
            } else if (format == InputFormat.WARC) {
                warcs.read(new ByteArrayInputStream(bytes), origin.name(), pages(sink));
            } else {
                expand(bytes, format, origin.name(), origin.base(), new LinkReader.LinkSink() {
                    @Override
                    public void link(ArticleLink link) {
                        discovered.accept(link);
                        readLink(link, sink);
                    }

                    @Override
                    public void fail(ReadFailure failure) {
                        sink.fail(failure);
                    }
                });
            }
            return;
        }
        String extension = origin.extension();
        String name = origin.name();
        if (extension.isEmpty() || !isKnownTextExtension(extension)) {
            if (looksLikeJsonLines(bytes)) {
                try {
                    readJsonLines(new ByteArrayInputStream(bytes), name, sink);
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
            List<String> problems = new ArrayList<>(origin.notes());
            problems.addAll(decoded.problems());
            sink.accept(new RawDocument(name, kind, decoded.text(), origin.hints(), problems));
        } catch (UnreadableInputException e) {
            sink.fail(new ReadFailure(name, e.getMessage()));
        }
    }

    /** Reads a feed or sitemap, inflating it first when it is gzip-compressed, into its links. */
    private void expand(byte[] bytes, InputFormat format, String name, URI base, LinkReader.LinkSink sink) {
        byte[] xml = bytes;
        if (Gzip.isGzip(bytes)) {
            try {
                xml = Gzip.inflate(bytes, maxBytes);
            } catch (IOException e) {
                sink.fail(new ReadFailure(name, "not readable gzip: " + describe(e)));
                return;
            }
        }
        links.read(xml, format, name, base, sink);
    }

    /** Reads the article a feed or sitemap links to: from the feed's content, or fetched. */
    private void readLink(ArticleLink link, DocumentSink sink) {
        DocumentHints hints = link.hints().orElse(defaults);
        if (link.html() != null && (link.url() == null || links.options().useFeedContent())) {
            sink.accept(new RawDocument(link.source(), DocumentKind.HTML, link.html(), hints, link.problems()));
            return;
        }
        WebFetcher.Page page = fetch(link.url(), link.source(), sink::fail);
        if (page != null) {
            readBytes(page.body(), new Origin(link.source(), extensionOf(page), hints.withUrl(page.uri().toString()),
                    page.uri(), false, link.problems()), sink);
        }
    }

    /** A WARC file's pages, read as documents. */
    private WarcReader.RecordSink pages(DocumentSink sink) {
        return new WarcReader.RecordSink() {
            @Override
            public void page(String source, WebFetcher.Page page, Timestamp captured) {
                readBytes(page.body(), new Origin(source, extensionOf(page), archived(page, captured), null, false,
                        List.of()), sink);
            }

            @Override
            public void fail(ReadFailure failure) {
                sink.fail(failure);
            }
        };
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
