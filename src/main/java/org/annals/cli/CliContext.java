package org.annals.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.Objects;
import java.util.function.Supplier;
import org.annals.pipeline.Pipeline;

/**
 * What commands need from the outside world, passed in rather than taken from {@code System}, so that
 * tests run commands in-process.
 *
 * @param in       standard input
 * @param out      standard output (results)
 * @param err      standard error (failures, progress)
 * @param pipeline builds the analysis pipeline; called at most once per command, after the
 *                 arguments have been checked, because loading the models takes time
 * @param terminal whether a person watches: standard output and error are a terminal, so tables may use
 *                 ANSI styles and progress may redraw one line
 */
public record CliContext(InputStream in, PrintStream out, PrintStream err, Supplier<Pipeline> pipeline,
                         boolean terminal) {
    public CliContext {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(err, "err");
        Objects.requireNonNull(pipeline, "pipeline");
    }

    /** A context without a terminal, as tests and pipes have. */
    public CliContext(InputStream in, PrintStream out, PrintStream err, Supplier<Pipeline> pipeline) {
        this(in, out, err, pipeline, false);
    }
}
