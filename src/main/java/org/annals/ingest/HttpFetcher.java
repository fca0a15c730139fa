package org.annals.ingest;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Fetches pages over HTTP and HTTPS with the JDK's client: at most {@link #MAX_REDIRECTS} redirects followed
 * (never from HTTPS down to HTTP), a User-Agent that names Annals, a connect timeout and a deadline for the whole
 * exchange, and a size limit enforced while the body streams in, so a huge or endless answer is cut off rather
 * than buffered. Bodies are read only for answers of a readable type (text, HTML, XML feeds, JSON, gzip and WARC
 * archives); any other body is discarded unread.
 *
 * <p>{@link #exchange} makes one request and follows no redirect, so that a caller (the {@link PoliteFetcher})
 * can check each hop before it is made; {@link #fetch} follows redirects without such checks.
 *
 * <p>Thread-safe: one client serves every fetch.
 */
public final class HttpFetcher implements WebFetcher {
    /** Sent with every request, so that site owners can tell what fetched their page. */
    public static final String USER_AGENT = "Annals/" + version()
            + " (open-source news event-intelligence engine; fetches articles on a user's request)";

    /** The most redirects one fetch follows: enough for http to https to www to the article, not a loop. */
    public static final int MAX_REDIRECTS = 5;

    /** Media types read as text; a page without a declared type is sniffed like a file. */
    private static final Set<String> TEXT_TYPES = Set.of("application/xhtml+xml", "application/xml",
            "application/json", "application/ld+json", "application/x-ndjson", "application/jsonl",
            "application/x-jsonlines", "application/rss+xml", "application/atom+xml", "application/rdf+xml");
    /** Binary media types still worth reading: a gzip-compressed sitemap, a web archive. */
    private static final Set<String> ARCHIVE_TYPES = Set.of("application/gzip", "application/x-gzip",
            "application/warc", "application/octet-stream");

    /**
     * One answer to one request, redirects not followed.
     *
     * @param uri         the address asked
     * @param status      the HTTP status
     * @param contentType the media type declared, lower case without parameters, or null
     * @param location    the {@code Location} header of a redirect, or null
     * @param body        the body of a successful answer of a readable type; empty otherwise
     */
    public record Response(URI uri, int status, String contentType, String location, byte[] body) {
        public Response {
            Objects.requireNonNull(uri, "uri");
            Objects.requireNonNull(body, "body");
        }

        /** A redirect that says where to: 301, 302, 303, 307 or 308 with a Location. */
        public boolean isRedirect() {
            return location != null && (status == 301 || status == 302 || status == 303 || status == 307
                    || status == 308);
        }

        public boolean isSuccess() {
            return status >= 200 && status <= 299;
        }
    }

    private final HttpClient client;
    private final Duration deadline;

    /** Ten seconds to connect, one minute for the whole exchange. */
    public HttpFetcher() {
        this(Duration.ofSeconds(10), Duration.ofMinutes(1));
    }

    /**
     * @param connectTimeout how long to wait for a connection
     * @param deadline       how long the whole exchange may take, body included
     */
    public HttpFetcher(Duration connectTimeout, Duration deadline) {
        // redirects are followed by hand (Redirects), so that each hop is counted and can be checked
        this.client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(connectTimeout)
                .build();
        this.deadline = deadline;
    }

    @Override
    public Page fetch(URI uri, long maxBytes) throws FetchException {
        return page(Redirects.follow(uri, MAX_REDIRECTS, hop -> exchange(hop, maxBytes)), uri);
    }

    /**
     * The page a final answer carries.
     *
     * @param asked the address first asked, named when the answer came from elsewhere
     * @throws FetchException when the answer is an error or not of a readable type
     */
    static Page page(Response response, URI asked) throws FetchException {
        if (!response.isSuccess()) {
            throw new FetchException("the server answered HTTP " + response.status()
                    + (response.uri().equals(asked) ? "" : " (at " + response.uri() + ")"));
        }
        if (!isReadable(response.contentType())) {
            throw new FetchException("not text or HTML: the server sent " + response.contentType());
        }
        return new Page(response.uri(), response.contentType(), response.body());
    }

    /**
     * Makes one GET request, following no redirect.
     *
     * @param maxBytes the largest body accepted
     * @throws FetchException when the server cannot be reached, sends more than {@code maxBytes} or takes too long
     */
    public Response exchange(URI uri, long maxBytes) throws FetchException {
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(uri)
                    .timeout(deadline)
                    .header("User-Agent", USER_AGENT)
                    .header("Accept", "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
                            + "application/xml;q=0.9,text/plain;q=0.9,*/*;q=0.1")
                    .GET()
                    .build();
        } catch (IllegalArgumentException e) {
            throw new FetchException("not a URL that can be fetched: " + e.getMessage());
        }
        CompletableFuture<HttpResponse<byte[]>> exchange =
                client.sendAsync(request, info -> accept(info, maxBytes));
        HttpResponse<byte[]> response;
        try {
            response = exchange.get(deadline.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            exchange.cancel(true);
            throw new FetchException("no complete answer within " + deadline.toSeconds() + " s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchException("interrupted while fetching");
        } catch (ExecutionException e) {
            throw new FetchException(describe(e.getCause()));
        }
        return new Response(uri, response.statusCode(),
                mediaType(response.headers().firstValue("Content-Type").orElse(null)),
                response.headers().firstValue("Location").orElse(null), response.body());
    }

    /** Reads the body of a text answer up to the limit; any other answer's body is discarded. */
    private static HttpResponse.BodySubscriber<byte[]> accept(HttpResponse.ResponseInfo info, long maxBytes) {
        String type = mediaType(info.headers().firstValue("Content-Type").orElse(null));
        if (info.statusCode() < 200 || info.statusCode() > 299 || !isReadable(type)) {
            return HttpResponse.BodySubscribers.replacing(new byte[0]);
        }
        long declared = info.headers().firstValueAsLong("Content-Length").orElse(-1);
        if (declared > maxBytes) {
            return new Refusing(tooLarge(declared, maxBytes));
        }
        return new Limited(maxBytes);
    }

    static String mediaType(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        int semicolon = header.indexOf(';');
        return (semicolon < 0 ? header : header.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }

    static boolean isText(String type) {
        return type == null || type.startsWith("text/") || TEXT_TYPES.contains(type);
    }

    /** Text, or an archive whose content is sniffed (a gzip-compressed sitemap, a WARC file). */
    static boolean isReadable(String type) {
        return isText(type) || ARCHIVE_TYPES.contains(type);
    }

    private static String tooLarge(long size, long limit) {
        return "too large: " + (size < 0 ? "more than " + DocumentReader.humanSize(limit)
                : DocumentReader.humanSize(size)) + " exceeds the limit of " + DocumentReader.humanSize(limit)
                + " (raise it with --max-size)";
    }

    private static String describe(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof TooLargeException) {
                return c.getMessage();
            }
        }
        if (e instanceof HttpConnectTimeoutException) {
            return "cannot connect: timed out";
        }
        if (e instanceof HttpTimeoutException) {
            return "no answer in time";
        }
        if (e instanceof ConnectException) {
            return "cannot connect" + (e.getMessage() == null ? "" : ": " + e.getMessage());
        }
        if (e instanceof IOException) {
            return "cannot fetch: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
        return "cannot fetch: " + e;
    }

    private static String version() {
        String v = HttpFetcher.class.getPackage().getImplementationVersion();
        return v == null ? "development" : v;
    }

    private static final class TooLargeException extends IOException {
        private static final long serialVersionUID = 1L;

        TooLargeException(String message) {
            super(message);
        }
    }

    /** Collects the body, cancelling the exchange as soon as it passes the limit. */
    private static final class Limited implements HttpResponse.BodySubscriber<byte[]> {
        private final long maxBytes;
        private final CompletableFuture<byte[]> body = new CompletableFuture<>();
        private final java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        private Flow.Subscription subscription;

        Limited(long maxBytes) {
            this.maxBytes = maxBytes;
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return body;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            s.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> buffers) {
            if (body.isDone()) {
                return;
            }
            for (ByteBuffer b : buffers) {
                if (bytes.size() + (long) b.remaining() > maxBytes) {
                    subscription.cancel();
                    body.completeExceptionally(new TooLargeException(tooLarge(-1, maxBytes)));
                    return;
                }
                byte[] chunk = new byte[b.remaining()];
                b.get(chunk);
                bytes.write(chunk, 0, chunk.length);
            }
        }

        @Override
        public void onError(Throwable e) {
            body.completeExceptionally(e);
        }

        @Override
        public void onComplete() {
            body.complete(bytes.toByteArray());
        }
    }

    /** Refuses a body whose declared length is already over the limit, without reading it. */
    private static final class Refusing implements HttpResponse.BodySubscriber<byte[]> {
        private final CompletableFuture<byte[]> body = new CompletableFuture<>();
        private final String reason;

        Refusing(String reason) {
            this.reason = reason;
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return body;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            s.cancel();
            body.completeExceptionally(new TooLargeException(reason));
        }

        @Override
        public void onNext(List<ByteBuffer> item) {}

        @Override
        public void onError(Throwable e) {
            body.completeExceptionally(e);
        }

        @Override
        public void onComplete() {
            body.completeExceptionally(new TooLargeException(reason));
        }
    }
}
