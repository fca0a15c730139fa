package org.annals.cli;

import java.time.LocalDate;
import java.util.function.Supplier;
import org.annals.store.ArchiveStore;
import org.annals.store.Archives;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * What every query command shares: the archive to ask, the period, the output format, and the one place where
 * a query's own argument checks become usage errors.
 */
public final class QueryOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    @Mixin
    ArchiveOption archive;

    @Mixin
    PeriodOptions period;

    @Option(names = "--format", defaultValue = "table", paramLabel = "table|json|csv",
            description = "Output: an aligned table (long text cut with …), JSON, or CSV (RFC 4180, every "
                    + "column, nothing cut). Default: ${DEFAULT-VALUE}.")
    OutputFormat format;

    /**
     * Builds a query, turning the query record's own check of its arguments (a reversed date range, page 0,
     * a malformed code) into a usage error that names the value.
     */
    <T> T query(Supplier<T> build) {
        try {
            return build.get();
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(mixee.commandLine(), e.getMessage());
        }
    }

    /** The first day of the period asked for, or null. */
    LocalDate from() {
        return period.from;
    }

    /** The last day of the period asked for, or null. */
    LocalDate to() {
        return period.to;
    }

    /** Opens the archive for reading; a missing, locked or corrupt one is an archive error naming it. */
    ArchiveStore open() {
        return Archives.open(archive.location(), Archives.Mode.READ);
    }

    ListingPrinter printer(CliContext context) {
        boolean styles = context.terminal() && System.getenv("NO_COLOR") == null;
        return new ListingPrinter(format, context.out(), styles, TerminalWidth.of(context.terminal()));
    }
}
