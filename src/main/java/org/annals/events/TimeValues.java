package org.annals.events;

import java.util.regex.Matcher;

/** Event dates from time-expression values. Stateless and thread-safe. */
final class TimeValues {
    private TimeValues() {}

    private static final java.util.regex.Pattern DATE =
            java.util.regex.Pattern.compile("(\\d{4})(-(\\d{2}))?(-(\\d{2}))?(T.*)?");

    /**
     * The calendar date an ISO value names, truncated to day, month or year ("2024-06-18T10:00" →
     * "2024-06-18", "2023-09", "2000"); null for durations, weeks, seasons, intervals and unresolved values,
     * which date no single event.
     */
    static String date(String value) {
        if (value == null) {
            return null;
        }
        Matcher m = DATE.matcher(value);
        if (!m.matches()) {
            return null;
        }
        StringBuilder out = new StringBuilder(m.group(1));
        if (m.group(3) != null) {
            out.append('-').append(m.group(3));
            if (m.group(5) != null) {
                out.append('-').append(m.group(5));
            }
        }
        return out.toString();
    }
}
