package org.annals.cli;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.annals.ingest.DocumentReader;
import org.annals.ingest.DocumentSink;
import org.annals.ingest.ReadFailure;
import org.annals.model.DocumentHints;
import org.annals.model.RawDocument;
import org.annals.pipeline.Pipeline;
import org.annals.pipeline.PipelineBenchmark;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code annals bench}: prints throughput figures of the whole pipeline on one thread. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measures the throughput of the whole pipeline (reading excluded) on one thread and",
            "prints articles, sentences and tokens per second."},
        footer = {"", "Default inputs: the seed article in ../shared (when present) and the bundled examples/."})
public final class BenchCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Articles to measure on (files or directories).")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--seconds", defaultValue = "10", paramLabel = "S", description = "Measured time. Default: ${DEFAULT-VALUE}.")
    double seconds;

    @Option(names = "--warmup", defaultValue = "5", paramLabel = "S", description = "Warm-up time. Default: ${DEFAULT-VALUE}.")
    double warmup;

    @Option(names = "--shared", defaultValue = "../shared", paramLabel = "DIR",
            description = "Where the shared reference material lies. Default: ${DEFAULT-VALUE}.")
    Path shared;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final CliContext context;

    BenchCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        if (seconds <= 0 || warmup < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--seconds must be positive and --warmup not negative, were " + seconds + " and " + warmup);
        }
        List<String> paths = new ArrayList<>(inputs);
        if (paths.isEmpty()) {
            Path seed = shared.resolve("seed");
            if (Files.isDirectory(seed)) {
                paths.add(seed.toString());
            }
            if (Files.isDirectory(Path.of("examples"))) {
                paths.add("examples");
            }
        }
        List<RawDocument> documents = new ArrayList<>();
        List<ReadFailure> failures = new ArrayList<>();
        new DocumentReader(1 << 26, DocumentHints.NONE).read(paths, InputStream::nullInputStream, new DocumentSink() {
            @Override
            public void accept(RawDocument document) {
                documents.add(document);
            }

            @Override
            public void fail(ReadFailure failure) {
                failures.add(failure);
            }
        });
        failures.forEach(f -> context.err().println("annals: " + f));
        if (documents.isEmpty()) {
            context.err().println("annals: no articles to measure on; name some files");
            return ExitCodes.SOME_FAILED;
        }
        Pipeline pipeline = context.pipeline().get();
        context.out().printf("pipeline on %d article(s) from %s%n", documents.size(), paths);
        context.out().println("  " + PipelineBenchmark.run(pipeline, documents, warmup, seconds));
        context.out().flush();
        return failures.isEmpty() ? ExitCodes.OK : ExitCodes.SOME_FAILED;
    }
}
