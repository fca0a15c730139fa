package org.annals.cli;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.annals.ingest.DocumentReader;
import org.annals.model.DocumentHints;
import org.annals.model.Timestamp;
import org.annals.pipeline.BatchAnalyzer;
import org.annals.pipeline.Outcome;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code annals analyze}: runs the whole pipeline on files, directories or standard input. */
@Command(name = "analyze",
        mixinStandardHelpOptions = true,
        description = {
            "Analyses news articles and prints, for each, its metadata, clean text, sentences, events, quotes, "
                    + "claims, times and problems (see the README's output contract).",
            "",
            "Inputs: plain text (.txt or anything that reads as text), HTML (.html, .htm, or sniffed), and JSON "
                    + "Lines (.jsonl: one article per line with \"id\", \"text\" or \"html\", and optional "
                    + "\"title\", \"published\", \"url\", \"language\", \"publisher\")."},
        footer = {"", "Exit codes: 0 every input read, 1 some inputs failed (each reported on stderr, the others "
                + "still printed), 2 usage error.",
            "", "Examples:",
            "  annals analyze ../shared/seed/000_696dc67a14f88ebb.txt",
            "  annals analyze --format text --lang it article.html",
            "  cat articles.jsonl | annals analyze --format jsonl -"})
public final class AnalyzeCommand implements Callable<Integer> {

    enum Format { json, jsonl, text }

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH",
            description = "A file, a directory (read recursively; hidden files skipped), or '-' for standard input.")
    List<String> inputs;

    @Option(names = "--format", defaultValue = "json", paramLabel = "json|jsonl|text",
            description = "Output: one JSON object for one article (an array for several), one JSON object "
                    + "per line, or a readable summary. Default: ${DEFAULT-VALUE}.")
    Format format;

    @Option(names = "--lang", defaultValue = "auto", paramLabel = "auto|it|en",
            description = "Language of the articles; 'auto' identifies it from each text. Default: ${DEFAULT-VALUE}.")
    String language;

    @Option(names = "--published", paramLabel = "DATE",
            description = "Publication date or date-time (ISO-8601: 2024-06-19, 2024-06-19T11:50, "
                    + "2024-06-19T11:50+02:00) for articles that do not state their own; relative dates "
                    + "are resolved against it.")
    String published;

    @Option(names = "--tokens",
            description = "List each sentence's tokens with part of speech, lemma and morphological features.")
    boolean tokens;

    @Option(names = "--threads", paramLabel = "N",
            description = "Worker threads. Default: the number of processors. Output order never depends on it.")
    Integer threads;

    @Option(names = "--max-size", defaultValue = "16M", paramLabel = "SIZE",
            description = "Largest single text or HTML document to read (e.g. 500K, 16M, 1G); larger ones are "
                    + "reported and skipped. JSON Lines files are streamed and limited per record. "
                    + "Default: ${DEFAULT-VALUE}.")
    String maxSize;

    private final CliContext context;

    AnalyzeCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        DocumentHints hints = hints();
        long maxBytes = parseSize(spec, "--max-size", maxSize);
        int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (workers < 1 || workers > 256) {
            throw usage("--threads must be between 1 and 256, was " + workers);
        }
        DocumentReader reader = new DocumentReader(maxBytes, hints);
        BatchAnalyzer batch = new BatchAnalyzer(context.pipeline().get(), reader, workers);
        ResultPrinter printer = ResultPrinter.forFormat(format, tokens, context.out());
        int[] counts = new int[2];
        batch.run(inputs, context::in, (Outcome outcome) -> {
            if (outcome.failed()) {
                counts[1]++;
                context.err().println("annals: " + outcome.failure());
            } else {
                counts[0]++;
                printer.print(outcome.result());
            }
        });
        printer.finish();
        context.out().flush();
        if (counts[1] > 0) {
            context.err().printf("annals: %d of %d inputs failed%n", counts[1], counts[0] + counts[1]);
            return ExitCodes.SOME_FAILED;
        }
        return ExitCodes.OK;
    }

    private DocumentHints hints() {
        String lang = language.toLowerCase(Locale.ROOT);
        if (!lang.equals("auto") && !lang.equals("it") && !lang.equals("en")) {
            throw usage("--lang must be auto, it or en, was '" + language + "'");
        }
        Timestamp date = null;
        if (published != null) {
            try {
                date = Timestamp.parse(published);
            } catch (IllegalArgumentException e) {
                throw usage("--published: " + e.getMessage());
            }
        }
        return DocumentHints.NONE.withLanguage(lang.equals("auto") ? null : lang).withPublished(date);
    }

    /** A size such as 500K, 16M or 1G given to {@code option}; a usage error naming the option otherwise. */
    static long parseSize(CommandSpec spec, String option, String text) {
        String s = text.strip().toUpperCase(Locale.ROOT);
        long unit = 1;
        if (s.endsWith("B")) {
            s = s.substring(0, s.length() - 1);
        }
        if (s.endsWith("K")) {
            unit = 1L << 10;
        } else if (s.endsWith("M")) {
            unit = 1L << 20;
        } else if (s.endsWith("G")) {
            unit = 1L << 30;
        }
        if (unit > 1) {
            s = s.substring(0, s.length() - 1);
        }
        try {
            long value = Long.parseLong(s.strip());
            if (value <= 0 || value > (1L << 40) / unit) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        option + " must be positive and at most 1T, was '" + text + "'");
            }
            return value * unit;
        } catch (NumberFormatException e) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    option + " must be a number with an optional K, M or G, was '" + text + "'");
        }
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
