package org.annals.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ActorsCommandTest {
    private String stdout;
    private String stderr;

    private int run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new CliContext(InputStream.nullInputStream(),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                () -> {
                    throw new AssertionError("lookup needs no pipeline");
                }));
        stdout = out.toString(StandardCharsets.UTF_8);
        stderr = err.toString(StandardCharsets.UTF_8);
        return code;
    }

    @Test
    void lookupResolvesByDate() {
        assertEquals(0, run("actors", "lookup", "Kim", "Jong", "Un", "--date", "2024-06-19"));
        assertTrue(stdout.contains("code=PRKGOV"), stdout);
        assertTrue(stdout.contains("country=PRK"), stdout);
    }

    @Test
    void lookupSaysWhenANameIsUnknown() {
        assertEquals(0, run("actors", "lookup", "Zorblax Quintavalle"));
        assertTrue(stdout.contains("not in the dictionaries"), stdout);
    }

    @Test
    void badDatesAreUsageErrors() {
        assertEquals(2, run("actors", "lookup", "Putin", "--date", "ieri"));
        assertTrue(stderr.contains("'ieri'"), stderr);
    }
}
