package org.annals.cli;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import picocli.CommandLine;

/**
 * Dates on the command line: a day {@code YYYY-MM-DD}, a month {@code YYYY-MM} or a year {@code YYYY}. A month
 * or a year stands for its first day where a period starts ({@code --from}) and for its last day where it ends
 * ({@code --to}), so {@code --from 2023 --to 2023} is the whole of 2023.
 */
final class DateArguments {
    private DateArguments() {}

    /** The first day of what {@code text} names. */
    static LocalDate first(String text) {
        return parse(text, false);
    }

    /** The last day of what {@code text} names. */
    static LocalDate last(String text) {
        return parse(text, true);
    }

    private static LocalDate parse(String text, boolean end) {
        String s = text.strip();
        try {
            if (s.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return LocalDate.parse(s);
            }
            if (s.matches("\\d{4}-\\d{2}")) {
                YearMonth month = YearMonth.parse(s);
                return end ? month.atEndOfMonth() : month.atDay(1);
            }
            if (s.matches("\\d{4}")) {
                Year year = Year.parse(s);
                return end ? year.atMonth(12).atEndOfMonth() : year.atDay(1);
            }
        } catch (DateTimeParseException e) {
            throw new CommandLine.TypeConversionException("'" + text + "' is not a date: " + e.getMessage());
        }
        throw new CommandLine.TypeConversionException("'" + text + "' is not a date: use YYYY-MM-DD, YYYY-MM or YYYY");
    }

    /** Reads {@code --from}: a month or year is its first day. */
    static final class From implements CommandLine.ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            return first(value);
        }
    }

    /** Reads {@code --to}: a month or year is its last day. */
    static final class To implements CommandLine.ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            return last(value);
        }
    }
}
