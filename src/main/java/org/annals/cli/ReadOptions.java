package org.annals.cli;

import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.annals.ingest.ArticleLink;
import org.annals.ingest.DocumentReader;
import org.annals.ingest.LinkReader;
import org.annals.ingest.WebFetcher;
import org.annals.model.DocumentHints;
import org.annals.model.Timestamp;
import org.annals.pipeline.BatchAnalyzer;
import org.annals.pipeline.Pipeline;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * How the commands that read articles ({@code analyze}, {@code ingest}, {@code fetch}) read them: language, publication
 * date, worker threads and the size limit. Each value is checked when asked for, naming the option.
 */
public final class ReadOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    @Option(names = "--lang", defaultValue = "auto", paramLabel = "auto|it|en",
            description = "Language of the articles; 'auto' identifies it from each text. Default: ${DEFAULT-VALUE}.")
    String language;

    @Option(names = "--published", paramLabel = "DATE",
            description = "Publication date or date-time (ISO-8601: 2024-06-19, 2024-06-19T11:50, "
                    + "2024-06-19T11:50+02:00) for articles that do not state their own; relative dates "
                    + "are resolved against it.")
    String published;

    @Option(names = "--threads", paramLabel = "N",
            description = "Worker threads. Default: the number of processors. Output order never depends on it.")
    Integer threads;

    @Option(names = "--max-size", defaultValue = "16M", paramLabel = "SIZE",
            description = "Largest single text or HTML document to read or fetch (e.g. 500K, 16M, 1G); larger "
                    + "ones are reported and skipped. JSON Lines files are streamed and limited per record. "
                    + "Default: ${DEFAULT-VALUE}.")
    String maxSize;

    /**
     * A reader with these options' hints and limit, fetching {@code http(s)://} inputs and the articles feeds and
     * sitemaps link to through {@code fetcher}.
     *
     * @param discovered told of each article a feed or sitemap links to, before it is read
     */
    DocumentReader reader(WebFetcher fetcher, LinkReader.Options links, Consumer<ArticleLink> discovered) {
        return new DocumentReader(maxBytes(), hints(), fetcher, links, discovered);
    }

    /** Checks every option, so that a usage error comes before anything is opened or loaded. */
    void check() {
        hints();
        maxBytes();
        workers();
    }

    /**
     * A batch over these options' threads and a reader that fetches politely, as {@code fetching} says. Every
     * option is checked before the pipeline is built, because building it takes seconds.
     */
    BatchAnalyzer batch(Supplier<Pipeline> pipeline, FetchOptions fetching) {
        return batch(pipeline, reader(fetching.fetcher(), fetching.links(), link -> { }));
    }

    /** A batch over these options' threads and {@code reader}. */
    BatchAnalyzer batch(Supplier<Pipeline> pipeline, DocumentReader reader) {
        int workers = workers();
        return new BatchAnalyzer(pipeline.get(), reader, workers);
    }

    int workers() {
        int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (workers < 1 || workers > 256) {
            throw usage("--threads must be between 1 and 256, was " + workers);
        }
        return workers;
    }

    DocumentHints hints() {
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

    long maxBytes() {
        return parseSize(mixee, "--max-size", maxSize);
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
        return new CommandLine.ParameterException(mixee.commandLine(), message);
    }
}
