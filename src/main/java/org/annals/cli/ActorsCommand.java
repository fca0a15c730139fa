package org.annals.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.annals.actors.ActorLookup;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code annals actors}: questions about the actor dictionaries. */
@Command(name = "actors", mixinStandardHelpOptions = true,
        description = "Questions about the actor dictionaries.",
        subcommands = {ActorsCommand.Lookup.class})
public final class ActorsCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand: try 'annals actors lookup NAME'");
    }

    /** {@code annals actors lookup NAME [--date D] [--lang L]}: how a name resolves, and why. */
    @Command(name = "lookup", mixinStandardHelpOptions = true,
            description = {"Shows how a name or description resolves to an actor: the dictionary entry it matched,",
                "the terms of office considered, and the CAMEO code and country chosen for the date."},
            footer = {"", "Examples:", "  annals actors lookup Putin --date 2010-01-01",
                "  annals actors lookup \"il presidente russo\" --lang it",
                "  annals actors lookup \"fonti di intelligence sudcoreane\""})
    static final class Lookup implements Callable<Integer> {
        @Parameters(arity = "1..*", paramLabel = "NAME", description = "The name or description, as an article writes it.")
        List<String> words;

        @Option(names = "--date", paramLabel = "DATE", description = "Resolve as of this date (YYYY-MM-DD). Default: the latest office.")
        String date;

        @Option(names = "--lang", paramLabel = "it|en", description = "Language of the words. Default: both.")
        String language;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            LocalDate when = null;
            if (date != null) {
                try {
                    when = LocalDate.parse(date.strip());
                } catch (DateTimeParseException e) {
                    throw new CommandLine.ParameterException(spec.commandLine(),
                            "--date must be YYYY-MM-DD, was '" + date + "'");
                }
            }
            String lang = language == null ? null : language.toLowerCase(Locale.ROOT);
            if (lang != null && !lang.equals("it") && !lang.equals("en")) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--lang must be it or en, was '" + language + "'");
            }
            var out = spec.commandLine().getOut();
            ActorLookup.explain(String.join(" ", words), lang, when).forEach(out::println);
            out.flush();
            return ExitCodes.OK;
        }
    }
}
