package org.annals.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annals.model.DocumentKind;
import org.annals.model.RawDocument;
import org.annals.pipeline.Pipelines;
import org.annals.store.ArchiveStore;
import org.annals.store.Archives;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code annals serve} for real: opens an archive, answers over HTTP, and stops when interrupted. */
class ServeCommandIT {
    @TempDir
    Path dir;

    @Test
    void servesAnArchiveUntilInterrupted() throws Exception {
        Path archive = dir.resolve("archive");
        try (ArchiveStore store = Archives.open(archive.toString(), Archives.Mode.WRITE)) {
            store.put(Pipelines.standard().analyze(new RawDocument("summit.txt", DocumentKind.TEXT,
                    "Leaders meet in Geneva\n\nThe presidents of France and Brazil met in Geneva on Thursday.")));
        }
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
        AtomicInteger code = new AtomicInteger(-1);
        Thread serve = new Thread(() -> code.set(Main.run(new String[] {"serve", "--archive", archive.toString(),
                "--port", "0"}, new CliContext(InputStream.nullInputStream(), new PrintStream(new ByteArrayOutputStream()),
                errStream, () -> {
                    throw new AssertionError("read-only");
                }))));
        serve.start();
        Matcher url = null;
        for (int i = 0; i < 300 && (url == null || !url.find(0)); i++) {
            Thread.sleep(100);
            url = Pattern.compile("at (http://127\\.0\\.0\\.1:\\d+/)").matcher(err.toString(StandardCharsets.UTF_8));
        }
        assertTrue(url.find(0), err.toString(StandardCharsets.UTF_8));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("ingest disabled"));
        HttpResponse<String> stats = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(url.group(1) + "api/stats")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, stats.statusCode());
        assertTrue(stats.body().contains("\"articles\":1"), stats.body());
        HttpResponse<String> page = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(url.group(1))).build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(page.body().contains("<title>Annals</title>"));
        serve.interrupt();
        serve.join(10_000);
        assertEquals(ExitCodes.OK, code.get());
        // the archive is released: it opens again for writing
        try (ArchiveStore again = Archives.open(archive.toString(), Archives.Mode.WRITE)) {
            assertEquals(1, again.stats().articles());
        }
        assertTrue(Files.isDirectory(archive));
    }
}
