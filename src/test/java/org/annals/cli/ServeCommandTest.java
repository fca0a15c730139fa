package org.annals.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The options of {@code annals serve}: every bad one is a usage error naming it, before anything is opened. */
class ServeCommandTest {
    @TempDir
    Path dir;
    private String stderr;

    private int run(String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new CliContext(InputStream.nullInputStream(),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), () -> {
                    throw new AssertionError("serve builds the pipeline on the first ingest only");
                }));
        stderr = err.toString(StandardCharsets.UTF_8);
        return code;
    }

    @Test
    void badOptionsAreUsageErrors() throws Exception {
        assertEquals(ExitCodes.USAGE, run("serve", "--port", "70000"));
        assertTrue(stderr.contains("port must be 0 to 65535: 70000"), stderr);
        assertEquals(ExitCodes.USAGE, run("serve", "--cors-origin", "*"));
        assertTrue(stderr.contains("a CORS origin is a scheme and a host"), stderr);
        assertEquals(ExitCodes.USAGE, run("serve", "--threads", "0"));
        assertTrue(stderr.contains("request threads must be 1 to 1024: 0"), stderr);
        assertEquals(ExitCodes.USAGE, run("serve", "--max-request-size", "lots"));
        assertTrue(stderr.contains("--max-request-size must be a number"), stderr);
        assertEquals(ExitCodes.USAGE, run("serve", "--token-file", dir.resolve("missing").toString()));
        assertTrue(stderr.contains("--token-file") && stderr.contains("cannot be read"), stderr);
        Path shortToken = Files.writeString(dir.resolve("token"), "abc\n");
        assertEquals(ExitCodes.USAGE, run("serve", "--token-file", shortToken.toString()));
        assertTrue(stderr.contains("at least 16 characters"), stderr);
        assertTrue(!stderr.contains("abc"), "the token is never printed");
    }

    @Test
    void anArchiveThatCannotBeOpenedIsReported() {
        assertEquals(ExitCodes.ARCHIVE, run("serve", "--archive", dir.resolve("no-archive").toString(),
                "--port", "0"));
        assertTrue(stderr.startsWith("annals: cannot open the archive: "), stderr);
    }

    @Test
    void helpListsTheOptions() {
        assertEquals(ExitCodes.OK, run("serve", "--help"));
    }
}
