package org.annals.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annals.model.Timestamp;

/**
 * Reads the dates feeds and sitemaps carry, as leniently as real feeds need: ISO 8601 (Atom, sitemaps,
 * {@code dc:date}) and RFC 822 as RSS 2.0 uses it, with its variations in the wild — no weekday, one-digit
 * days, two-digit years, seconds left out, zones as names (GMT, UTC, EST, CEST…), as {@code +0200} or
 * {@code +02:00}, or missing — and English or Italian month names. Stateless.
 */
final class FeedDates {
    private static final Pattern RFC822 = Pattern.compile(
            "^(?:[\\p{L}]+\\.?,?\\s*)?(\\d{1,2})\\s+([\\p{L}]{3,})\\.?\\s+(\\d{2,4})"
                    + "(?:[\\sT,]+(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?"
                    + "\\s*([A-Za-z]{1,5}|[+-]\\d{2}:?\\d{2})?)?"
                    + "\\s*$");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
            Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10),
            Map.entry("nov", 11), Map.entry("dec", 12),
            Map.entry("gen", 1), Map.entry("mag", 5), Map.entry("giu", 6), Map.entry("lug", 7), Map.entry("ago", 8),
            Map.entry("set", 9), Map.entry("ott", 10), Map.entry("dic", 12));
    private static final Map<String, Integer> ZONE_HOURS = Map.ofEntries(
            Map.entry("GMT", 0), Map.entry("UT", 0), Map.entry("UTC", 0), Map.entry("Z", 0),
            Map.entry("EST", -5), Map.entry("EDT", -4), Map.entry("CST", -6), Map.entry("CDT", -5),
            Map.entry("MST", -7), Map.entry("MDT", -6), Map.entry("PST", -8), Map.entry("PDT", -7),
            Map.entry("CET", 1), Map.entry("CEST", 2), Map.entry("BST", 1), Map.entry("WET", 0), Map.entry("WEST", 1));

    private FeedDates() {}

    /** The date, or null when the text is blank or no form above. */
    static Timestamp parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String s = text.strip();
        try {
            return Timestamp.parse(s);
        } catch (IllegalArgumentException e) {
            // not ISO 8601: try RFC 822 below
        }
        Matcher m = RFC822.matcher(s);
        if (!m.matches()) {
            return null;
        }
        Integer month = MONTHS.get(m.group(2).substring(0, 3).toLowerCase(Locale.ROOT));
        if (month == null) {
            return null;
        }
        try {
            int year = Integer.parseInt(m.group(3));
            // RFC 822 years had two digits; news feeds of the last century are not expected
            year = m.group(3).length() == 2 ? 2000 + year : year;
            LocalDate date = LocalDate.of(year, month, Integer.parseInt(m.group(1)));
            if (m.group(4) == null) {
                return Timestamp.of(date);
            }
            LocalTime time = LocalTime.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                    m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
            return new Timestamp(date, time, offset(m.group(7)));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    /**
     * The date, or null; a date that is there but cannot be read is reported as "{@code what} '…' not
     * understood; left out".
     *
     * @param what names the date for the user ("the feed's date")
     */
    static Timestamp parse(String text, String what, List<String> problems) {
        Timestamp date = parse(text);
        if (date == null && text != null && !text.isBlank()) {
            problems.add(what + " '" + text.strip() + "' not understood; left out");
        }
        return date;
    }

    /** The offset a zone stands for, or null when none is given or the name is unknown. */
    private static ZoneOffset offset(String zone) {
        if (zone == null) {
            return null;
        }
        if (zone.startsWith("+") || zone.startsWith("-")) {
            return ZoneOffset.of(zone.length() == 5 ? zone.substring(0, 3) + ":" + zone.substring(3) : zone);
        }
        Integer hours = ZONE_HOURS.get(zone.toUpperCase(Locale.ROOT));
        return hours == null ? null : ZoneOffset.ofHours(hours);
    }
}
