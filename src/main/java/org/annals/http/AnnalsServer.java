package org.annals.http;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.annals.ingest.PoliteFetcher;
import org.annals.pipeline.Pipeline;
import org.annals.store.ArchiveStore;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * {@code annals serve}: the JSON API and the web UI over one archive, in one process.
 *
 * <p>Thin by design: the {@code …Routes} classes turn query parameters into the store's query records
 * (which check them) and the store's answers into JSON; {@link ApiErrors} maps every failure to a status
 * with a JSON body. Everything but {@code POST /api/ingest} (which needs the token) is read-only.
 *
 * <p>Security: the UI never puts article text into HTML (it builds the DOM with text nodes), and every
 * answer carries a Content-Security-Policy that allows only this server's own scripts and styles, so a
 * script hidden in an article cannot run even if a page slipped; no CORS headers unless origins are
 * configured; request bodies are limited in size; the ingest token is compared in constant time.
 */
public final class AnnalsServer implements AutoCloseable {
    /** The web UI's files on the classpath. */
    static final String WEB_RESOURCES = "/org/annals/web";
    static final String OPENAPI_RESOURCE = "/org/annals/http/openapi.json";

    /** Sent with every answer: see the class comment. */
    static final Map<String, String> SECURITY_HEADERS = Map.of(
            "Content-Security-Policy", "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                    + "connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
            "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "no-referrer",
            "X-Frame-Options", "DENY",
            "Cross-Origin-Opener-Policy", "same-origin");

    private final Javalin app;
    private final ArchiveStore store;
    private final ServerConfig config;

    private AnnalsServer(Javalin app, ArchiveStore store, ServerConfig config) {
        this.app = app;
        this.store = store;
        this.config = config;
    }

    /**
     * Starts a server over {@code store}; the store stays the caller's to close.
     *
     * @param pipeline the analysis pipeline for ingest, built on the first ingest only
     * @param log      where internal errors are reported (the server's stderr)
     */
    public static AnnalsServer start(ArchiveStore store, ServerConfig config, Supplier<Pipeline> pipeline,
                                     PrintStream log) {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(config, "config");
        Supplier<Pipeline> once = memoize(pipeline);
        // before listening: the first requests should not wait for the events to load
        store.warmUp();
        byte[] openApi = resource(OPENAPI_RESOURCE);
        Javalin app = Javalin.create(c -> configure(c, store, config, once, log, openApi));
        app.start(config.host(), config.port());
        return new AnnalsServer(app, store, config);
    }

    /**
     * A pool with {@code workers} threads for requests beside those Jetty keeps for itself (its acceptors and
     * selectors, by Jetty's own count for this many cores): requests beyond it queue, first come first served.
     */
    static QueuedThreadPool threadPool(int workers) {
        int cores = Runtime.getRuntime().availableProcessors();
        int jettyOwn = Math.max(1, Math.min(4, cores / 8)) + Math.max(1, Math.min(4, cores / 2));
        // no reserved threads: they would sit waiting for work beside the workers, past the limit
        QueuedThreadPool pool = new QueuedThreadPool(workers + jettyOwn, Math.min(8, workers + jettyOwn), 60_000, 0,
                null, null);
        pool.setName("annals-http");
        return pool;
    }

    private static void configure(JavalinConfig c, ArchiveStore store, ServerConfig config,
                                  Supplier<Pipeline> pipeline, PrintStream log, byte[] openApi) {
        c.startup.showJavalinBanner = false;
        c.startup.showOldJavalinVersionWarning = false;
        c.http.maxRequestSize = config.maxRequestBytes();
        c.jetty.threadPool = threadPool(config.threads());
        c.http.prefer405over404 = true;
        c.jsonMapper(new JavalinJackson(Json.MAPPER, false));
        c.staticFiles.add(files -> {
            files.hostedPath = "/";
            files.directory = WEB_RESOURCES;
            files.location = Location.CLASSPATH;
            files.headers = SECURITY_HEADERS;
        });
        if (!config.corsOrigins().isEmpty()) {
            c.bundledPlugins.enableCors(cors -> cors.addRule(rule -> {
                String first = config.corsOrigins().get(0);
                List<String> rest = config.corsOrigins().subList(1, config.corsOrigins().size());
                rule.allowHost(first, rest.toArray(String[]::new));
            }));
        }
        c.routes.before(AnnalsServer::headers);
        new ApiErrors(log, config.maxRequestBytes()).register(c.routes);
        new ArticleRoutes(store).register(c.routes);
        new EventRoutes(store).register(c.routes);
        new QuoteRoutes(store).register(c.routes);
        new IngestRoutes(store, config.ingestToken(), pipeline, config.maxRequestBytes(),
                PoliteFetcher.of(config.allowPrivate(), IngestRoutes.HOST_DELAY)).register(c.routes);
        c.routes.get("/api/openapi.json", ctx -> {
            new Params(ctx);
            ctx.contentType("application/json").result(openApi);
        });
    }

    private static void headers(Context ctx) {
        SECURITY_HEADERS.forEach(ctx::header);
        if (ctx.path().startsWith("/api/")) {
            ctx.header("Cache-Control", "no-store");
        }
    }

    /** The port the server listens on (the chosen one when started on port 0). */
    public int port() {
        return app.port();
    }

    /** The server's base URL, e.g. {@code http://127.0.0.1:8080/}. */
    public String url() {
        String host = config.host().contains(":") ? "[" + config.host() + "]" : config.host();
        return "http://" + host + ":" + port() + "/";
    }

    public ArchiveStore store() {
        return store;
    }

    /** The API's routes as "METHOD /path", for checking them against the OpenAPI description. */
    List<String> routes() {
        return app.unsafe.internalRouter.allHttpHandlers().stream()
                .map(h -> h.endpoint.method.name() + " " + h.endpoint.path)
                .filter(r -> r.contains(" /api/"))
                .sorted().toList();
    }

    /** Stops the server; the store is left open. */
    @Override
    public void close() {
        app.stop();
    }

    private static byte[] resource(String name) {
        try (InputStream in = AnnalsServer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> Supplier<T> memoize(Supplier<T> supplier) {
        return new Supplier<>() {
            private volatile T value;

            @Override
            public T get() {
                T v = value;
                if (v == null) {
                    synchronized (this) {
                        if (value == null) {
                            value = Objects.requireNonNull(supplier.get(), "pipeline");
                        }
                        v = value;
                    }
                }
                return v;
            }
        };
    }
}
