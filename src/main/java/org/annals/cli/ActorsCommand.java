package org.annals.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.annals.actors.ActorLookup;
import org.annals.store.ActorCount;
import org.annals.store.ActorQuery;
import org.annals.store.ArchiveStore;
import org.annals.store.DyadCount;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code annals actors}: the most active actors (or pairs of actors) in the archive; {@code annals actors
 * lookup NAME} asks the actor dictionaries how a name resolves.
 */
@Command(name = "actors", mixinStandardHelpOptions = true,
        description = {"Lists the most active actors or pairs of actors; 'actors lookup NAME' explains a name.",
            "Counts the events each actor took part in as source or target; with --pairs, the most active pairs "
                    + "of actors (both directions together) and their mean Goldstein score.",
            "'annals actors lookup NAME' shows how the actor dictionaries resolve a name (no archive needed)."},
        subcommands = {ActorsCommand.Lookup.class},
        footer = {"", "Examples:",
            "  annals actors --top 20",
            "  annals actors --top 10 --from 2024-01 --to 2024-06 --pairs",
            "  annals actors lookup Putin --date 2010-01-01",
            "", "Exit codes: 0 done, 2 bad argument, 3 archive error."})
public final class ActorsCommand implements Callable<Integer> {
    @Mixin
    QueryOptions query;

    @Option(names = "--top", defaultValue = "20", paramLabel = "N",
            description = "How many to list, 1 to 1,000. Default: ${DEFAULT-VALUE}.")
    int top;

    @Option(names = "--pairs", description = "List pairs of actors (dyads) instead of single actors.")
    boolean pairs;

    private final CliContext context;

    ActorsCommand(CliContext context) {
        this.context = context;
    }

    /** An actor or pair with its place in the ranking. */
    record Ranked<T>(int rank, T item) {}

    @Override
    public Integer call() {
        ActorQuery q = query.query(() -> new ActorQuery(top, query.from(), query.to()));
        try (ArchiveStore store = query.open()) {
            ListingPrinter printer = query.printer(context);
            if (pairs) {
                List<Ranked<DyadCount>> rows = ranked(store.topDyads(q));
                printer.print(pairListing(), rows, null, rows.isEmpty() ? List.of("no events") : List.of());
            } else {
                List<Ranked<ActorCount>> rows = ranked(store.topActors(q));
                printer.print(actorListing(), rows, null, rows.isEmpty() ? List.of("no events") : List.of());
            }
        }
        return ExitCodes.OK;
    }

    private static <T> List<Ranked<T>> ranked(List<T> items) {
        List<Ranked<T>> rows = new ArrayList<>(items.size());
        for (T item : items) {
            rows.add(new Ranked<>(rows.size() + 1, item));
        }
        return rows;
    }

    static Listing<Ranked<ActorCount>> actorListing() {
        return Listing.of(List.of(
                Column.number("rank", "#", 4, 0, Ranked::rank),
                Column.text("code", "code", 15, r -> r.item().code()),
                Column.text("name", "name", Column.FLEX, r -> r.item().name()),
                Column.number("events", "events", 9, 0, r -> r.item().events()),
                Column.number("asSource", "as source", 9, 0, r -> r.item().asSource()),
                Column.number("asTarget", "as target", 9, 0, r -> r.item().asTarget())));
    }

    static Listing<Ranked<DyadCount>> pairListing() {
        return Listing.of(List.of(
                Column.number("rank", "#", 4, 0, Ranked::rank),
                Column.text("a", "actor", 15, r -> r.item().a()),
                Column.text("b", "actor", 15, r -> r.item().b()),
                Column.number("events", "events", 9, 0, r -> r.item().events()),
                Column.number("meanGoldstein", "mean goldstein", 6, 2, r -> r.item().meanGoldstein())));
    }

    /** {@code annals actors lookup NAME [--date D] [--lang L]}: how a name resolves, and why. */
    @Command(name = "lookup", mixinStandardHelpOptions = true,
            description = {"Shows how a name or description resolves to an actor.",
                "Lists the dictionary entry it matched, the terms of office considered, and the CAMEO code and "
                        + "country chosen for the date."},
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
