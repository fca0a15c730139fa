package org.annals.http;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;

/**
 * Fetches a page to ingest: http and https only, bounded in time and in size, following redirects.
 * Ingest sits behind the token, so whoever can make the server fetch a URL is trusted to; still, nothing
 * but a page body comes back, and a failure is a 502 naming the URL.
 */
final class UrlFetcher {
    /** A fetched page: its bytes and whether the server called it HTML. */
    record Page(byte[] bytes, boolean html) {}

    private final HttpClient client = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
    private final long maxBytes;

    UrlFetcher(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** Checks that a URL is absolute http or https; a 400 otherwise. */
    static URI parse(String url) {
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

    Page fetch(URI uri) {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "text/html,application/xhtml+xml,text/plain;q=0.9")
                .header("User-Agent", "Annals")
                .GET().build();
        try {
            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                if (response.statusCode() != 200) {
                    throw new ApiException(502, "fetching " + uri + " answered HTTP " + response.statusCode());
                }
                byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
                if (bytes.length > maxBytes) {
                    throw new ApiException(502, "the page at " + uri + " is larger than " + maxBytes + " bytes");
                }
                String type = response.headers().firstValue("Content-Type").orElse("").toLowerCase(Locale.ROOT);
                return new Page(bytes, type.contains("html"));
            }
        } catch (IOException e) {
            throw new ApiException(502, "could not fetch " + uri + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException(503, "interrupted while fetching " + uri);
        }
    }
}
