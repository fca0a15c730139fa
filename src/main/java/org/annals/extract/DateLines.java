package org.annals.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates news pages print: "19/06/2024 11:50", "19 giugno 2024 alle 11:50",
 * "June 19, 2024 11:50 AM", "2024-06-19T11:50:00+02:00", with or without a weekday. A value is read
 * only when the whole string is a date (plus an optional time and zone), so that prose mentioning a
 * date is never taken for a date line.
 *
 * <p>Stateless and thread-safe.
 */
final class DateLines {
    private DateLines() {}

    /** Which field comes first in an ambiguous numeric date such as 06/07/2024. */
    enum Order { DAY_FIRST, MONTH_FIRST }

    /**
     * A date as printed.
     *
     * @param date     the calendar date
     * @param time     the time of day, or null
     * @param offset   the UTC offset the text states (an ISO offset or a zone abbreviation), or null
     * @param language "it" or "en" when month or weekday words or the time's wording tell, else null
     */
    record Parsed(LocalDate date, LocalTime time, ZoneOffset offset, String language) {}

    private static final Map<String, Integer> MONTHS = new HashMap<>();
    private static final Map<String, String> MONTH_LANGUAGE = new HashMap<>();

    private static void months(String language, String... names) {
        for (int i = 0; i < names.length; i++) {
            for (String n : names[i].split("\\|")) {
                MONTHS.put(n, i + 1);
                // a word both languages share (e.g. "mar") tells nothing about the language
                MONTH_LANGUAGE.merge(n, language, (a, b) -> a.equals(b) ? a : "");
            }
        }
    }

    static {
        months("it", "gennaio|gen", "febbraio|feb", "marzo|mar", "aprile|apr", "maggio|mag", "giugno|giu",
                "luglio|lug", "agosto|ago", "settembre|set|sett", "ottobre|ott", "novembre|nov", "dicembre|dic");
        months("en", "january|jan", "february|feb", "march|mar", "april|apr", "may", "june|jun",
                "july|jul", "august|aug", "september|sep|sept", "october|oct", "november|nov", "december|dec");
    }

    private static final String IT_WEEKDAYS = "lunedì|lunedi|martedì|martedi|mercoledì|mercoledi|giovedì|giovedi"
            + "|venerdì|venerdi|sabato|domenica|lun|mar|mer|gio|ven|sab|dom";
    private static final String EN_WEEKDAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
            + "|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun";

    private static final Map<String, ZoneOffset> ZONE_ABBREVIATIONS = Map.of(
            "utc", ZoneOffset.UTC, "gmt", ZoneOffset.UTC, "z", ZoneOffset.UTC,
            "cet", ZoneOffset.ofHours(1), "cest", ZoneOffset.ofHours(2),
            "bst", ZoneOffset.ofHours(1), "est", ZoneOffset.ofHours(-5), "edt", ZoneOffset.ofHours(-4),
            "pst", ZoneOffset.ofHours(-8), "pdt", ZoneOffset.ofHours(-7));

    private static final String MONTH_ALT;

    static {
        List<String> names = new ArrayList<>(MONTHS.keySet());
        // longest first, so that "giugno" is not read as "giu" followed by junk
        names.sort(Comparator.comparingInt(String::length).reversed());
        MONTH_ALT = String.join("|", names);
    }

    private static final String WEEKDAY = "(?:(?<wd>" + IT_WEEKDAYS + "|" + EN_WEEKDAYS + ")\\.?,?\\s+)?";
    private static final String TIME = "(?:\\s*(?<conn>,|-|–|—|\\||/|·|alle ore|alle|ore|h|at|@)?\\s*"
            + "(?<h>\\d{1,2})(?:[:.](?<mi>\\d{2})(?::(?<s>\\d{2}))?)?\\s*(?<ampm>[ap]\\.?\\s?m\\.?)?"
            + "(?:\\s*\\(?(?<tz>utc|gmt|cest|cet|bst|edt|est|pdt|pst|(?:utc|gmt)?[+-]\\d{1,2}(?::?\\d{2})?)\\)?)?)?";

    private static final Pattern DMY_WORDS = Pattern.compile(WEEKDAY
            + "(?<d>\\d{1,2})(?:°|º|st|nd|rd|th)?\\s+(?:of\\s+)?(?<mon>" + MONTH_ALT + ")\\.?,?\\s+(?<y>\\d{4})" + TIME);
    private static final Pattern MDY_WORDS = Pattern.compile(WEEKDAY
            + "(?<mon>" + MONTH_ALT + ")\\.?\\s+(?<d>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?<y>\\d{4})" + TIME);
    private static final Pattern NUMERIC = Pattern.compile(WEEKDAY
            + "(?<a>\\d{1,2})(?<sep>[/.-])(?<b>\\d{1,2})\\k<sep>(?<y>\\d{4}|\\d{2})" + TIME);
    private static final Pattern ISO = Pattern.compile(
            "(?<y>\\d{4})-(?<m>\\d{2})-(?<d>\\d{2})(?:[t ](?<h>\\d{2}):(?<mi>\\d{2})(?::(?<s>\\d{2})(?:[.,]\\d+)?)?"
                    + "\\s*(?<off>z|[+-]\\d{2}(?::?\\d{2})?)?)?");

    /** An ISO-like machine date that {@link #ISO} refuses: only its day is read. */
    private static final Pattern ISO_LOOSE = Pattern.compile(
            "(?<y>\\d{4})-(?<m>\\d{1,2})-(?<d>\\d{1,2})(?:[t ][\\d:.,]+\\s*(?:z|[+-][\\d:]+)?)?");

    private static final Pattern LEADING_CONNECTORS = Pattern.compile(
            "^(?:[:\\-–—|·,]\\s*|il\\s+|in data\\s+|del\\s+|on\\s+|the\\s+|at\\s+|alle\\s+|:\\s*)+");
    private static final Pattern TRAILING = Pattern.compile("[\\s.,;|]+$");

    /**
     * Parses a string that is a date and nothing else (leading connectors such as ":", "il", "on" and
     * trailing punctuation are allowed).
     */
    static Optional<Parsed> parse(String text, Order order) {
        if (text == null) {
            return Optional.empty();
        }
        String s = BoilerplateRules.normalise(text);
        s = LEADING_CONNECTORS.matcher(s).replaceAll("");
        s = TRAILING.matcher(s).replaceAll("");
        if (s.length() < 6 || s.length() > 80 || !Character.isLetterOrDigit(s.charAt(0))) {
            return Optional.empty();
        }
        try {
            Matcher m = ISO.matcher(s);
            if (m.matches()) {
                LocalDate date = LocalDate.of(num(m, "y"), num(m, "m"), num(m, "d"));
                LocalTime time = m.group("h") == null ? null
                        : LocalTime.of(num(m, "h"), num(m, "mi"), m.group("s") == null ? 0 : num(m, "s"));
                ZoneOffset off = m.group("off") == null || time == null ? null : isoOffset(m.group("off"));
                return Optional.of(new Parsed(date, time, off, null));
            }
            m = ISO_LOOSE.matcher(s);
            if (m.matches()) {
                // unpadded ("2022-5-6") or with a garbled time ("22:06:08:684z"): the day is still sure
                return Optional.of(new Parsed(LocalDate.of(num(m, "y"), num(m, "m"), num(m, "d")), null, null, null));
            }
            m = DMY_WORDS.matcher(s);
            if (!m.matches()) {
                m = MDY_WORDS.matcher(s);
                if (!m.matches()) {
                    m = null;
                }
            }
            if (m != null) {
                String mon = m.group("mon");
                LocalDate date = LocalDate.of(num(m, "y"), MONTHS.get(mon), num(m, "d"));
                String lang = language(MONTH_LANGUAGE.get(mon), m);
                return withTime(date, m, lang);
            }
            m = NUMERIC.matcher(s);
            if (m.matches()) {
                int a = num(m, "a");
                int b = num(m, "b");
                int y = num(m, "y");
                if (y < 100) {
                    y += 2000;
                }
                boolean monthFirst = a <= 12 && (b > 12 || (order == Order.MONTH_FIRST && a <= 12));
                LocalDate date = monthFirst ? LocalDate.of(y, a, b) : LocalDate.of(y, b, a);
                return withTime(date, m, language(null, m));
            }
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static String language(String fromMonth, Matcher m) {
        if (fromMonth != null && !fromMonth.isEmpty()) {
            return fromMonth;
        }
        String wd = m.group("wd");
        if (wd != null && wd.length() > 3) {
            return wd.matches(EN_WEEKDAYS) ? "en" : "it";
        }
        String conn = m.group("conn");
        if (conn != null && (conn.startsWith("alle") || conn.equals("ore"))) {
            return "it";
        }
        if (conn != null && conn.equals("at") || m.group("ampm") != null) {
            return "en";
        }
        return null;
    }

    private static Optional<Parsed> withTime(LocalDate date, Matcher m, String lang) {
        if (m.group("h") == null) {
            return Optional.of(new Parsed(date, null, null, lang));
        }
        int h = num(m, "h");
        int mi = m.group("mi") == null ? 0 : num(m, "mi");
        String ampm = m.group("ampm");
        String conn = m.group("conn");
        boolean hourWord = conn != null && (conn.equals("ore") || conn.equals("alle ore") || conn.equals("h"));
        if (m.group("mi") == null && ampm == null && !hourWord) {
            // a bare number after a date is not a time ("19 June 2024 3" is something else)
            return Optional.empty();
        }
        if (ampm != null) {
            if (h < 1 || h > 12) {
                return Optional.empty();
            }
            boolean pm = ampm.charAt(0) == 'p';
            h = (h % 12) + (pm ? 12 : 0);
        }
        LocalTime time = LocalTime.of(h, mi, m.group("s") == null ? 0 : num(m, "s"));
        String tz = m.group("tz");
        ZoneOffset off = tz == null ? null : zone(tz);
        return Optional.of(new Parsed(date, time, off, lang));
    }

    private static ZoneOffset zone(String tz) {
        ZoneOffset named = ZONE_ABBREVIATIONS.get(tz);
        if (named != null) {
            return named;
        }
        return isoOffset(tz.replaceFirst("^(?:utc|gmt)", ""));
    }

    private static ZoneOffset isoOffset(String text) {
        if (text.equals("z")) {
            return ZoneOffset.UTC;
        }
        String sign = text.substring(0, 1);
        String digits = text.substring(1).replace(":", "");
        int hours;
        int minutes = 0;
        if (digits.length() <= 2) {
            hours = Integer.parseInt(digits);
        } else {
            hours = Integer.parseInt(digits.substring(0, digits.length() - 2));
            minutes = Integer.parseInt(digits.substring(digits.length() - 2));
        }
        int sgn = sign.equals("-") ? -1 : 1;
        return ZoneOffset.ofHoursMinutes(sgn * hours, sgn * minutes);
    }

    private static int num(Matcher m, String group) {
        return Integer.parseInt(m.group(group));
    }

    /** True when the string holds an English month-first date ("June 19, 2024"): a sign of US usage. */
    static boolean looksMonthFirst(String text) {
        return MONTH_FIRST_HINT.matcher(text.toLowerCase(Locale.ROOT)).find();
    }

    private static final Pattern MONTH_FIRST_HINT = Pattern.compile(
            "\\b(?:january|february|march|april|may|june|july|august|september|october|november|december)"
                    + "\\s+\\d{1,2}(?:st|nd|rd|th)?,\\s+\\d{4}\\b");
}
