package org.annals.http;

import java.util.List;
import java.util.Objects;

/**
 * How {@code annals serve} runs.
 *
 * @param host            the address to listen on; {@code 127.0.0.1} by default, so the archive is not
 *                        exposed to the network unless asked
 * @param port            the port, 0 for any free port (tests)
 * @param ingestToken     the secret that {@code POST /api/ingest} requires as {@code Authorization: Bearer …},
 *                        or null: ingest is then disabled (403) and the server is read-only
 * @param corsOrigins     origins allowed to call the API from another site's pages; empty (the default):
 *                        no CORS headers, browsers keep other sites out
 * @param maxRequestBytes the largest request body accepted (413 beyond), and the largest page fetched
 *                        for an ingested URL
 * @param allowPrivate    whether an ingested URL may point at loopback or private addresses (off by default:
 *                        else whoever holds the token could make the server reach into its own network)
 * @param threads         how many requests are worked on at once; more wait in a queue (see {@link #defaultThreads})
 */
public record ServerConfig(String host, int port, String ingestToken, List<String> corsOrigins, long maxRequestBytes,
                           boolean allowPrivate, int threads) {
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 8080;
    public static final long DEFAULT_MAX_REQUEST_BYTES = 4L << 20;
    /** Shorter tokens are refused: a guessable token would open the archive to writes. */
    public static final int MIN_TOKEN_LENGTH = 16;

    public ServerConfig {
        Objects.requireNonNull(host, "host");
        if (host.isBlank()) {
            throw new IllegalArgumentException("host must not be blank");
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0 to 65535: " + port);
        }
        if (ingestToken != null) {
            ingestToken = ingestToken.strip();
            if (ingestToken.length() < MIN_TOKEN_LENGTH) {
                throw new IllegalArgumentException("the ingest token must be at least " + MIN_TOKEN_LENGTH
                        + " characters long (it has " + ingestToken.length() + ")");
            }
        }
        corsOrigins = List.copyOf(corsOrigins);
        for (String origin : corsOrigins) {
            if (!origin.matches("https?://[^/\\s]+")) {
                throw new IllegalArgumentException("a CORS origin is a scheme and a host, like https://example.org: '"
                        + origin + "'");
            }
        }
        if (threads < 1 || threads > 1024) {
            throw new IllegalArgumentException("request threads must be 1 to 1024: " + threads);
        }
        if (maxRequestBytes < 1024) {
            throw new IllegalArgumentException("the request size limit must be at least 1K: " + maxRequestBytes);
        }
    }

    /**
     * Requests handled at once by default: a few per core. More would not answer sooner, since the work is
     * all CPU, but would share the cores among more requests and so make every one of them slower (the
     * others wait in a queue, first come first served, and each is then answered at full speed).
     */
    public static int defaultThreads() {
        return Math.max(4, 2 * Runtime.getRuntime().availableProcessors());
    }

    /** Local, read-only, no CORS, default limits, on the given port. */
    public static ServerConfig local(int port) {
        return new ServerConfig(DEFAULT_HOST, port, null, List.of(), DEFAULT_MAX_REQUEST_BYTES, false, defaultThreads());
    }

    public ServerConfig withIngestToken(String token) {
        return new ServerConfig(host, port, token, corsOrigins, maxRequestBytes, allowPrivate, threads);
    }

    public ServerConfig withCorsOrigins(List<String> origins) {
        return new ServerConfig(host, port, ingestToken, origins, maxRequestBytes, allowPrivate, threads);
    }

    public ServerConfig withMaxRequestBytes(long bytes) {
        return new ServerConfig(host, port, ingestToken, corsOrigins, bytes, allowPrivate, threads);
    }

    public ServerConfig withAllowPrivate(boolean allow) {
        return new ServerConfig(host, port, ingestToken, corsOrigins, maxRequestBytes, allow, threads);
    }

    public ServerConfig withThreads(int n) {
        return new ServerConfig(host, port, ingestToken, corsOrigins, maxRequestBytes, allowPrivate, n);
    }

    @Override
    public String toString() {
        // never print the token
        return "ServerConfig[host=" + host + ", port=" + port + ", ingest=" + (ingestToken == null ? "off" : "on")
                + ", corsOrigins=" + corsOrigins + ", maxRequestBytes=" + maxRequestBytes + ", allowPrivate=" + allowPrivate
                + ", threads=" + threads + "]";
    }
}
