package org.annals.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.annals.export.EventWriter;
import org.annals.export.EventWriters;
import org.annals.export.ExportFormat;
import org.annals.model.Status;
import org.annals.store.ArchiveException;
import org.annals.store.ArchiveStore;
import org.annals.store.Archives;
import org.annals.store.EventQuery;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code annals export}: writes what the archive holds in formats other tools read. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Exports from the archive in formats other tools read.",
        subcommands = {ExportCommand.Events.class})
public final class ExportCommand implements Runnable {
    /** The environment variable naming the default archive. */
    static final String ARCHIVE_VARIABLE = ArchiveOption.ENVIRONMENT;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand: try 'annals export events'");
    }

    /** The archive to open: {@code --archive}, else {@value #ARCHIVE_VARIABLE}, else the default folder. */
    static String archiveLocation(String option, Map<String, String> environment) {
        return ArchiveOption.resolve(option, environment.get(ARCHIVE_VARIABLE));
    }

    /** Text fit for messages: every PostgreSQL URL in it loses its password. */
    static String printable(String text) {
        return text.replaceAll("(postgres(?:ql)?://[^:/@\\s]*):[^@/\\s]*@", "$1:***@");
    }

    /** {@code annals export events}: stored events, filtered, as GDELT, JSON Lines, CSV or Parquet. */
    @Command(name = "events", mixinStandardHelpOptions = true,
            description = {"Writes the archive's events, filtered, in the GDELT 2.0 Events layout (61 tab-separated "
                    + "columns), as JSON Lines, CSV or Parquet (see the README, \"Exporting events\"). A summary "
                    + "line goes to standard error."},
            footer = {"", "Exit codes: 0 exported, 2 usage error, 3 archive error, 74 the output could not be written.",
                "", "Examples:",
                "  annals export events --format gdelt > events.tsv",
                "  annals export events --format parquet --output events.parquet --from 2024-01-01",
                "  annals export events --archive postgresql://annals@localhost/annals --source RUS --cameo 05"})
    static final class Events implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--archive", paramLabel = "DIR|postgresql://…",
                description = "The archive: a folder (embedded) or a PostgreSQL URL. Default: $" + ARCHIVE_VARIABLE
                        + ", else '" + Archives.DEFAULT_LOCATION + "'.")
        String archive;

        @Option(names = "--format", defaultValue = "jsonl", paramLabel = "gdelt|jsonl|csv|parquet",
                description = "Output format. Default: ${DEFAULT-VALUE}.")
        String format;

        @Option(names = "--output", paramLabel = "FILE",
                description = "The file to write (replaced if it exists). Default: standard output, or '-'; "
                        + "parquet needs a file.")
        String output;

        @Option(names = "--source", paramLabel = "CODE",
                description = "Source actor: a CAMEO code or its country prefix (RUS matches RUSGOV and RUSMIL).")
        String source;

        @Option(names = "--target", paramLabel = "CODE", description = "Target actor, as --source.")
        String target;

        @Option(names = "--cameo", paramLabel = "PREFIX", description = "CAMEO event code prefix (05 matches 050–057).")
        String cameo;

        @Option(names = "--status", paramLabel = "S",
                description = "Only events of this status: asserted, reported, alleged, planned, hypothetical, negated.")
        String status;

        @Option(names = "--from", paramLabel = "DATE", description = "First event date, inclusive (YYYY-MM-DD).")
        String from;

        @Option(names = "--to", paramLabel = "DATE", description = "Last event date, inclusive (YYYY-MM-DD).")
        String to;

        private final CliContext context;

        Events(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            ExportFormat fmt = parseFormat();
            EventQuery query = query();
            Path file = output == null || output.strip().equals("-") ? null : Path.of(output.strip());
            if (file == null && fmt.needsFile()) {
                throw usage("--format " + fmt.label() + " writes a file: give --output FILE");
            }
            String location = archiveLocation(archive, System.getenv());
            String target = file == null ? "standard output" : file.toString();
            long[] written = {0};
            try (ArchiveStore store = Archives.open(location, Archives.Mode.READ)) {
                try (EventWriter writer = file == null ? EventWriters.toStream(fmt, context.out())
                        : EventWriters.toFile(fmt, file)) {
                    store.exportEvents(query, event -> {
                        try {
                            writer.write(event);
                            written[0]++;
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
                }
            } catch (ArchiveException e) {
                discard(file);
                String message = printable(e.getMessage());
                String where = printable(location);
                context.err().println("annals: archive " + (message.contains(where) ? "" : where + ": ") + message);
                return ExitCodes.ARCHIVE;
            } catch (IOException | UncheckedIOException e) {
                discard(file);
                IOException cause = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
                context.err().println("annals: cannot write " + target + ": " + cause.getMessage());
                return ExitCodes.OUTPUT;
            }
            context.err().printf("annals: %d events written to %s (%s)%n", written[0], target, fmt.label());
            return ExitCodes.OK;
        }

        private ExportFormat parseFormat() {
            try {
                return ExportFormat.parse(format);
            } catch (IllegalArgumentException e) {
                throw usage("--format: " + e.getMessage());
            }
        }

        private EventQuery query() {
            Status wanted = null;
            if (status != null) {
                try {
                    wanted = Status.valueOf(status.strip().toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    throw usage("--status must be one of " + Arrays.stream(Status.values()).map(Status::label)
                            .collect(Collectors.joining(", ")) + ", was '" + status + "'");
                }
            }
            try {
                return new EventQuery(source, target, cameo, null, wanted, date("--from", from), date("--to", to),
                        null, null, 1, EventQuery.MAX_SIZE);
            } catch (IllegalArgumentException e) {
                throw usage(e.getMessage());
            }
        }

        private LocalDate date(String option, String text) {
            if (text == null) {
                return null;
            }
            try {
                return LocalDate.parse(text.strip());
            } catch (DateTimeParseException e) {
                throw usage(option + " must be a date YYYY-MM-DD, was '" + text + "'");
            }
        }

        /** A failed export leaves no partial file behind. */
        private void discard(Path file) {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // the failure being reported matters more than a leftover file
                }
            }
        }

        private CommandLine.ParameterException usage(String message) {
            return new CommandLine.ParameterException(spec.commandLine(), message);
        }
    }
}
