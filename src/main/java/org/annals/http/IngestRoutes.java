package org.annals.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.annals.ingest.ContentSniffer;
import org.annals.ingest.DocumentReader;
import org.annals.ingest.ReadFailure;
import org.annals.ingest.TextDecoder;
import org.annals.ingest.UnreadableInputException;
import org.annals.ingest.WebFetcher;
import org.annals.model.AnalysisResult;
import org.annals.model.DocumentHints;
import org.annals.model.DocumentKind;
import org.annals.model.RawDocument;
import org.annals.pipeline.Pipeline;
import org.annals.store.ArchiveStore;
import org.annals.store.IngestReceipt;

/**
 * {@code POST /api/ingest}: analyses one article and stores it. The only route that writes, and only with
 * the token. The body is one of:
 * <ul>
 *   <li>{@code application/json}: an object with the JSON Lines fields ({@code text} or {@code html}, and
 *       optional {@code id}, {@code title}, {@code published}, {@code url}, {@code language},
 *       {@code publisher}); with a {@code url} and neither text nor html, the page is fetched;</li>
 *   <li>{@code text/html}: a page;</li>
 *   <li>{@code text/plain}: a text.</li>
 * </ul>
 */
final class IngestRoutes {
    private final ArchiveStore store;
    private final IngestToken token;
    private final Supplier<Pipeline> pipeline;
    /** The least time between two fetches from one site. */
    static final java.time.Duration HOST_DELAY = java.time.Duration.ofSeconds(1);

    private final WebFetcher fetcher;
    private final long maxBytes;
    private final TextDecoder decoder = new TextDecoder();

    /**
     * @param token    the ingest token, or null: ingest disabled
     * @param pipeline the analysis pipeline, asked for on the first ingest only (loading it takes seconds)
     * @param fetcher  fetches an ingested URL: politely (robots.txt, a pause per site) and, unless configured
     *                 otherwise, never from loopback or private addresses
     */
    IngestRoutes(ArchiveStore store, String token, Supplier<Pipeline> pipeline, long maxBytes, WebFetcher fetcher) {
        this.store = store;
        this.token = token == null ? null : new IngestToken(token);
        this.pipeline = pipeline;
        this.maxBytes = maxBytes;
        this.fetcher = fetcher;
    }

    void register(RoutesConfig routes) {
        // Off the request workers: an ingest may wait on a slow upload or on a fetch (timeouts, the pause
        // per site), and the few workers must stay free for the reads (see ServerConfig#defaultThreads).
        routes.post("/api/ingest", ctx -> ctx.async(() -> ingest(ctx)));
    }

    void ingest(Context ctx) {
        if (token == null) {
            throw new ApiException(403, "ingest is disabled: start the server with an ingest token "
                    + "(--token-file FILE or ANNALS_INGEST_TOKEN)");
        }
        if (!token.accepts(ctx.header("Authorization"))) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw new ApiException(401, "ingest needs the token: send 'Authorization: Bearer TOKEN'");
        }
        new Params(ctx);
        byte[] body = ctx.bodyAsBytes();
        if (body.length == 0) {
            throw new IllegalArgumentException("the request body is empty: send an article");
        }
        String type = mediaType(ctx.contentType());
        RawDocument document = switch (type) {
            case "application/json" -> fromJson(body);
            case "text/html", "application/xhtml+xml" -> decoded("api", body, true, DocumentHints.NONE);
            case "text/plain" -> decoded("api", body, false, DocumentHints.NONE);
            default -> throw new ApiException(415, "Content-Type must be application/json, text/html or "
                    + "text/plain: '" + type + "'");
        };
        AnalysisResult result = pipeline.get().analyze(document);
        IngestReceipt receipt = store.put(result);
        ObjectNode n = Json.object();
        n.put("outcome", receipt.outcome().name().toLowerCase(Locale.ROOT));
        n.put("articleId", receipt.articleId());
        n.put("storyId", receipt.storyId());
        n.put("events", receipt.events());
        n.put("title", result.article().title());
        n.set("problems", Json.MAPPER.valueToTree(result.problems()));
        ctx.status(receipt.outcome() == IngestReceipt.Outcome.DUPLICATE ? 200 : 201).json(n);
    }

    private static String mediaType(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return "text/plain";
        }
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }

    /** A JSON Lines record, read as {@code annals analyze} reads one; a bare {@code url} is fetched first. */
    private RawDocument fromJson(byte[] body) {
        JsonNode node;
        try {
            node = Json.MAPPER.readTree(body);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("the body is not valid JSON: "
                    + (e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage()));
        }
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("the body must be a JSON object with \"text\", \"html\" or \"url\"");
        }
        ObjectNode record = (ObjectNode) node;
        String source = "api";
        if (!record.hasNonNull("text") && !record.hasNonNull("html") && record.hasNonNull("url")) {
            URI uri = url(record.get("url").asText());
            WebFetcher.Page page = fetch(uri);
            boolean html = page.contentType() != null && page.contentType().contains("html")
                    || ContentSniffer.looksLikeHtml(page.body());
            RawDocument fetched = decoded(page.uri().toString(), page.body(), html, DocumentHints.NONE);
            record.put(fetched.kind() == DocumentKind.HTML ? "html" : "text", fetched.content());
            source = uri.toString();
        }
        // one line of JSON Lines: the same fields, checks and messages as 'annals analyze'
        byte[] line = record.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        DocumentReader.Batch batch = new DocumentReader(Math.max(maxBytes, line.length), DocumentHints.NONE)
                .readAll(List.of("-"), () -> new ByteArrayInputStream(line));
        List<RawDocument> documents = batch.documents();
        List<ReadFailure> failures = batch.failures();
        if (!failures.isEmpty() || documents.size() != 1) {
            String reason = failures.isEmpty() ? "expected one article" : failures.get(0).reason();
            throw new IllegalArgumentException("the article cannot be read: " + reason);
        }
        RawDocument d = documents.get(0);
        String id = d.hints().id();
        return new RawDocument(source.equals("api") && id != null ? "api#" + id : source, d.kind(), d.content(),
                d.hints(), d.problems());
    }

    /** Checks that a URL is absolute http or https; a 400 otherwise. */
    static URI url(String url) {
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                throw new IllegalArgumentException("\"url\" must be an http or https address: '" + url + "'");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("\"url\" is not a valid address: '" + url + "'");
        }
    }

    /** Fetches a page to ingest: 400 for an address refused, 403 where robots.txt says no, 502 for a failure. */
    private WebFetcher.Page fetch(URI uri) {
        try {
            return fetcher.fetch(uri, maxBytes);
        } catch (WebFetcher.FetchException e) {
            int status = switch (e.refusal()) {
                case ADDRESS -> 400;
                case ROBOTS -> 403;
                case FAILED -> 502;
            };
            throw new ApiException(status, "fetching " + uri + ": " + e.getMessage());
        }
    }

    private RawDocument decoded(String source, byte[] bytes, boolean html, DocumentHints hints) {
        try {
            TextDecoder.Decoded d = decoder.decode(bytes, html);
            return new RawDocument(source, html ? DocumentKind.HTML : DocumentKind.TEXT, d.text(), hints,
                    d.problems());
        } catch (UnreadableInputException e) {
            throw new IllegalArgumentException("the article cannot be read: " + e.getMessage());
        }
    }
}
