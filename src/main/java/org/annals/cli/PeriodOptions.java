package org.annals.cli;

import java.time.LocalDate;
import picocli.CommandLine.Option;

/** {@code --from} and {@code --to}: a period of dates, each end inclusive and optional. */
public final class PeriodOptions {
    @Option(names = "--from", paramLabel = "DATE", converter = DateArguments.From.class,
            description = "From this day on, inclusive: YYYY-MM-DD, or YYYY-MM / YYYY for the first day of "
                    + "that month / year.")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", converter = DateArguments.To.class,
            description = "Up to this day, inclusive: YYYY-MM-DD, or YYYY-MM / YYYY for the last day of "
                    + "that month / year.")
    LocalDate to;
}
