package org.annals.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import org.annals.pipeline.Pipeline;
import org.annals.pipeline.Pipelines;

/** Runs {@code annals} commands in-process with the standard pipeline, built once for all tests. */
final class CliRunner {
    private static Pipeline pipeline;

    String stdout = "";
    String stderr = "";

    static synchronized Pipeline standardPipeline() {
        if (pipeline == null) {
            pipeline = Pipelines.standard();
        }
        return pipeline;
    }

    int run(String... args) {
        return run(CliRunner::standardPipeline, args);
    }

    int run(Supplier<Pipeline> pipelines, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new CliContext(new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                pipelines));
        stdout = out.toString(StandardCharsets.UTF_8);
        stderr = err.toString(StandardCharsets.UTF_8);
        return code;
    }
}
