package org.annals.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The top-level command: lists the subcommands. */
@Command(name = "annals",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {"Annals reads news articles and turns each into a dated, sourced record: who did what to "
                + "whom, who said what through whom, which claims are made, and when."},
        subcommands = {AnalyzeCommand.class, IngestCommand.class, FetchCommand.class, SearchCommand.class,
            EventsCommand.class, DyadCommand.class, QuotesCommand.class, ActorsCommand.class, ExportCommand.class,
            ServeCommand.class, BenchCommand.class, CommandLine.HelpCommand.class},
        footer = {"", "Exit codes: 0 done, 1 some inputs failed, 2 usage error, 3 archive error (not found, locked "
                + "by another writer, corrupt, unavailable), 74 output error, 70 internal error.",
            "Run 'annals COMMAND --help' for the options of a command."})
public final class AnnalsCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "Missing command: try 'annals analyze FILE' or 'annals --help'");
    }
}
