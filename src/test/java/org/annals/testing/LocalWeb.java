package org.annals.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A small web site on the loopback interface for tests that fetch: pages, redirects and error answers by exact
 * path, 404 for anything else, and a log of what was asked and with which User-Agent. Never the internet.
 */
public final class LocalWeb implements AutoCloseable {
    /** One answer: status, media type, body, and a Location for a redirect. */
    private record Answer(int status, String type, byte[] body, String location) {}

    private final HttpServer server;
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final List<String> requests = new ArrayList<>();
    private final List<String> userAgents = new ArrayList<>();

    private LocalWeb() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::answer);
        server.start();
    }

    /** A site with nothing on it yet, listening on 127.0.0.1 and a free port. */
    public static LocalWeb start() throws IOException {
        return new LocalWeb();
    }

    /** Serves {@code body} at {@code path} (with its query, if any). */
    public LocalWeb page(String path, int status, String type, byte[] body) {
        answers.put(path, new Answer(status, type, body, null));
        return this;
    }

    public LocalWeb page(String path, String type, String body) {
        return page(path, 200, type, body.getBytes(StandardCharsets.UTF_8));
    }

    /** Answers {@code path} with a 302 to {@code location}. */
    public LocalWeb redirect(String path, String location) {
        answers.put(path, new Answer(302, null, new byte[0], location));
        return this;
    }

    /** The address of {@code path} on this site: {@code http://127.0.0.1:PORT/path}. */
    public String url(String path) {
        return "http://127.0.0.1:" + port() + path;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** The paths asked so far, in order. */
    public synchronized List<String> requests() {
        return List.copyOf(requests);
    }

    /** The User-Agent of each request so far, in order. */
    public synchronized List<String> userAgents() {
        return List.copyOf(userAgents);
    }

    private void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getRawPath()
                + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery());
        synchronized (this) {
            requests.add(path);
            userAgents.add(exchange.getRequestHeaders().getFirst("User-Agent"));
        }
        Answer answer = answers.getOrDefault(path, new Answer(404, "text/plain", "not here".getBytes(), null));
        if (answer.location() != null) {
            exchange.getResponseHeaders().add("Location", answer.location());
        }
        if (answer.type() != null) {
            exchange.getResponseHeaders().add("Content-Type", answer.type());
        }
        exchange.sendResponseHeaders(answer.status(), answer.body().length == 0 ? -1 : answer.body().length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(answer.body());
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
