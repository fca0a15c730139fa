package org.annals.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.annals.http.AnnalsServer;
import org.annals.http.ServerConfig;
import org.annals.store.ArchiveException;
import org.annals.store.ArchiveStore;
import org.annals.store.Archives;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code annals serve}: the JSON API and the web UI over an archive, until interrupted. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves an archive over HTTP: the web UI at / and the JSON API under /api/ "
                + "(described at /api/openapi.json). Read-only, except POST /api/ingest when an ingest token "
                + "is configured. Runs until interrupted (Ctrl-C)."},
        footer = {"", "The ingest token is read from --token-file (its first line) or the environment variable "
                + ServeCommand.TOKEN_ENV + "; without one, ingest answers 403.",
            "", "Examples:",
            "  annals serve --archive annals-data --port 8080",
            "  ANNALS_INGEST_TOKEN=$(cat secret) annals serve --archive postgresql://annals@db/annals"})
public final class ServeCommand implements Callable<Integer> {
    static final String TOKEN_ENV = "ANNALS_INGEST_TOKEN";

    @Spec
    CommandSpec spec;

    @Option(names = "--archive", defaultValue = Archives.DEFAULT_LOCATION, paramLabel = "DIR|postgresql://…",
            description = "The archive: a folder (embedded) or a PostgreSQL URL. Default: ${DEFAULT-VALUE}.")
    String archive;

    @Option(names = "--host", defaultValue = ServerConfig.DEFAULT_HOST, paramLabel = "ADDRESS",
            description = "Address to listen on. Default: ${DEFAULT-VALUE} (this machine only); "
                    + "0.0.0.0 exposes the archive to the network.")
    String host;

    @Option(names = "--port", defaultValue = "" + ServerConfig.DEFAULT_PORT, paramLabel = "N",
            description = "Port to listen on; 0 picks a free one. Default: ${DEFAULT-VALUE}.")
    int port;

    @Option(names = "--token-file", paramLabel = "FILE",
            description = "A file whose first line is the ingest token (at least "
                    + ServerConfig.MIN_TOKEN_LENGTH + " characters); enables POST /api/ingest.")
    Path tokenFile;

    @Option(names = "--cors-origin", paramLabel = "ORIGIN",
            description = "Let pages from this origin (https://example.org) call the API; repeatable. "
                    + "Default: none (no CORS headers).")
    List<String> corsOrigins = new ArrayList<>();

    @Option(names = "--allow-private",
            description = "Let POST /api/ingest fetch URLs on loopback, private and link-local addresses (an "
                    + "intranet). Without it they are refused, so that whoever holds the token cannot make the "
                    + "server read a service on its own network.")
    boolean allowPrivate;

    @Option(names = "--threads", paramLabel = "N",
            description = "Requests worked on at once; more wait their turn. Default: twice the cores, at least 4 "
                    + "(the work is all CPU: more at once would only make each slower).")
    Integer threads;

    @Option(names = "--max-request-size", defaultValue = "4M", paramLabel = "SIZE",
            description = "Largest request body (and ingested page) accepted. Default: ${DEFAULT-VALUE}.")
    String maxRequestSize;

    private final CliContext context;
    /** The environment, replaceable in tests. */
    Function<String, String> environment = System::getenv;
    /** Counted down to stop a running server (by the shutdown hook, or a test). */
    final CountDownLatch stop = new CountDownLatch(1);

    ServeCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        ServerConfig config = config();
        ArchiveStore store;
        try {
            store = Archives.open(archive, config.ingestToken() == null ? Archives.Mode.READ : Archives.Mode.WRITE);
        } catch (ArchiveException e) {
            context.err().println("annals: cannot open the archive: " + e.getMessage());
            return ExitCodes.ARCHIVE;
        }
        boolean interrupted = false;
        try (store) {
            AnnalsServer server;
            try {
                server = AnnalsServer.start(store, config, context.pipeline(), context.err());
            } catch (RuntimeException e) {
                context.err().println("annals: cannot listen on " + config.host() + ":" + config.port() + ": "
                        + (e.getCause() != null ? e.getCause().getMessage() : e.getMessage()));
                return ExitCodes.SOME_FAILED;
            }
            try (server) {
                Thread hook = new Thread(stop::countDown, "annals-serve-shutdown");
                Runtime.getRuntime().addShutdownHook(hook);
                context.err().println("annals: serving " + store.location() + " at " + server.url()
                        + " (ingest " + (config.ingestToken() == null ? "disabled" : "enabled") + "); Ctrl-C stops");
                context.err().flush();
                try {
                    stop.await();
                } catch (InterruptedException e) {
                    // stop as when asked; the flag is set again once the server and the archive are closed
                    interrupted = true;
                }
                try {
                    Runtime.getRuntime().removeShutdownHook(hook);
                } catch (IllegalStateException shuttingDown) {
                    // the JVM is already stopping: the hook has run
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        return ExitCodes.OK;
    }

    ServerConfig config() {
        long maxBytes = ReadOptions.parseSize(spec, "--max-request-size", maxRequestSize);
        try {
            return new ServerConfig(host, port, token(), corsOrigins, maxBytes, allowPrivate,
                    threads == null ? ServerConfig.defaultThreads() : threads);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    private String token() {
        if (tokenFile != null) {
            try {
                List<String> lines = Files.readAllLines(tokenFile, StandardCharsets.UTF_8);
                if (lines.isEmpty() || lines.get(0).isBlank()) {
                    throw new CommandLine.ParameterException(spec.commandLine(),
                            "--token-file " + tokenFile + " is empty");
                }
                return lines.get(0);
            } catch (IOException e) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--token-file " + tokenFile + " cannot be read: " + e.getMessage());
            }
        }
        String fromEnvironment = environment.apply(TOKEN_ENV);
        return fromEnvironment == null || fromEnvironment.isBlank() ? null : fromEnvironment;
    }
}
