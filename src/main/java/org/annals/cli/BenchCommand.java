package org.annals.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.annals.ingest.DocumentReader;
import org.annals.ingest.ReadFailure;
import org.annals.model.DocumentHints;
import org.annals.model.RawDocument;
import org.annals.actors.ActorMatcherBenchmark;
import org.annals.model.AnalysisResult;
import org.annals.model.Sentence;
import org.annals.nlp.LanguageLayerBenchmark;
import org.annals.pipeline.Pipeline;
import org.annals.pipeline.PipelineBenchmark;
import org.annals.pipeline.Pipelines;
import org.annals.search.SearchBenchmark;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code annals bench}: prints throughput figures, each on one thread. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measures throughput, each part on one thread, and prints the figures.",
            "  nlp       the language layer (sentences, tokens, tags, lemmas, features) in tokens/s per language, "
                    + "on the UD test texts in ../shared (or a built-in text);",
            "  pipeline  the whole pipeline (reading excluded) in articles, sentences and tokens per second, with "
                    + "and without the stages after the language layer (times, quotes, claims, events);",
            "  actors    actor matching in sentences per second;",
            "  archive   the archive: fills --bench-archive with --articles synthetic articles (10 events each) "
                    + "unless it holds them already, measures ingest with the real pipeline on real-sized pages "
                    + "(the extraction evaluation set in ../shared, else PATH...) into a temporary archive, and "
                    + "query latency (events, dyad, search) on the large one. Not part of the default set;",
            "  search    the full-text index alone: indexes --articles made-up articles (300–600 words of Italian "
                    + "or English) in a temporary directory, then times --queries searches of each kind (no filter, "
                    + "language, site, date range, all three). Not part of the default set."},
        footer = {"", "Default inputs: the seed article in ../shared (when present) and the bundled examples/."})
public final class BenchCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Articles to measure on (files or directories).")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--seconds", defaultValue = "10", paramLabel = "S", description = "Measured time. Default: ${DEFAULT-VALUE}.")
    double seconds;

    @Option(names = "--warmup", defaultValue = "5", paramLabel = "S", description = "Warm-up time. Default: ${DEFAULT-VALUE}.")
    double warmup;

    @Option(names = "--only", paramLabel = "PART", split = ",",
            description = "Measure only these parts: nlp, pipeline, actors, archive, search. "
                    + "Default: nlp, pipeline, actors.")
    List<String> only = new ArrayList<>(List.of("nlp", "pipeline", "actors"));

    @Option(names = "--shared", defaultValue = "../shared", paramLabel = "DIR",
            description = "Where the shared reference material lies. Default: ${DEFAULT-VALUE}.")
    Path shared;

    @Option(names = "--bench-archive", defaultValue = "annals-bench", paramLabel = "LOC",
            description = "The archive the archive benchmark fills and queries. Default: ${DEFAULT-VALUE}.")
    String benchArchive;

    @Option(names = "--articles", defaultValue = "100000", paramLabel = "N",
            description = "Synthetic articles in the benchmark archive (10 events each) or search index. "
                    + "Default: ${DEFAULT-VALUE}.")
    int articles;

    @Option(names = "--queries", defaultValue = "300", paramLabel = "N",
            description = "Timed queries of each kind in the archive and search benchmarks. Default: ${DEFAULT-VALUE}.")
    int queries;

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
        for (String part : only) {
            if (!List.of("nlp", "pipeline", "actors", "archive", "search").contains(part)) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--only takes nlp, pipeline, actors, archive or search, was '" + part + "'");
            }
        }
        var out = context.out();
        if (only.contains("search") && (articles < 1 || queries < 1)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--articles and --queries must be 1 or more, were " + articles + " and " + queries);
        }
        if (only.contains("search")) {
            // made-up articles only: it needs no input files, so it runs before they are read
            out.printf("search index of %,d made-up articles:%n", articles);
            out.flush();
            SearchBenchmark.run(articles, queries).forEach(line -> out.println("  " + line));
            out.flush();
            if (only.stream().allMatch("search"::equals)) {
                return ExitCodes.OK;
            }
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
        DocumentReader.Batch batch = new DocumentReader(1 << 26, DocumentHints.NONE).readAll(paths);
        List<RawDocument> documents = batch.documents();
        List<ReadFailure> failures = batch.failures();
        failures.forEach(f -> context.err().println("annals: " + f));
        if (documents.isEmpty()) {
            context.err().println("annals: no articles to measure on; name some files");
            return ExitCodes.SOME_FAILED;
        }
        if (only.contains("nlp")) {
            out.println("language layer:");
            LanguageLayerBenchmark.run(shared, (int) Math.max(1, Math.round(seconds))).lines()
                    .forEach(line -> out.println("  " + line));
            out.flush();
        }
        Pipeline pipeline = context.pipeline().get();
        if (only.contains("pipeline")) {
            out.printf("pipeline on %d article(s) from %s:%n", documents.size(), paths);
            Pipeline language = Pipelines.of(Pipelines.Scope.LANGUAGE);
            Pipeline statements = Pipelines.of(Pipelines.Scope.STATEMENTS);
            // warm every wiring before measuring any, so none pays for another's JIT compilation; then
            // measure them in turns, so that a load that comes and goes weighs on all three alike
            for (Pipeline p : List.of(language, statements, pipeline)) {
                PipelineBenchmark.run(p, documents, warmup, seconds / 2);
            }
            List<PipelineBenchmark.Figures> figures = PipelineBenchmark.compare(
                    List.of(language, statements, pipeline), documents, 0, seconds);
            PipelineBenchmark.Figures base = figures.get(0);
            PipelineBenchmark.Figures middle = figures.get(1);
            PipelineBenchmark.Figures full = figures.get(2);
            out.println("  extraction + language layer:        " + base);
            out.println("  + times, quotes, claims:            " + middle);
            out.println("  + events (the standard pipeline):   " + full);
            out.printf(java.util.Locale.ROOT, "  times, quotes and claims keep %.0f%% of the language layer's throughput; "
                    + "with events %.0f%%%n", 100 * middle.tokensPerSecond() / base.tokensPerSecond(),
                    100 * full.tokensPerSecond() / base.tokensPerSecond());
            out.flush();
        }
        if (only.contains("actors")) {
            for (RawDocument d : documents) {
                AnalysisResult r = pipeline.analyze(d);
                List<String> sentences = r.analyzed().sentences().stream().map(Sentence::text).toList();
                LocalDate date = r.article().published() == null ? null : r.article().published().date();
                out.println(d.source() + ":");
                ActorMatcherBenchmark.run(sentences, r.article().language(), date, (long) (seconds * 1000))
                        .forEach(line -> out.println("  " + line));
            }
            out.flush();
        }
        if (only.contains("archive")) {
            new ArchiveBench(out, pipeline).run(benchArchive, articles, queries, shared, documents);
        }
        return failures.isEmpty() ? ExitCodes.OK : ExitCodes.SOME_FAILED;
    }
}
