package org.annals.time;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The words of one language for temporal expressions, read from a TSV resource
 * ({@code time.<lang>.tsv}: category, phrase, value; see the header of {@code time.it.tsv}).
 *
 * <p>Immutable and thread-safe once built. Every line is validated at construction: an unknown
 * category, a malformed value or a phrase listed twice with different values fails with an
 * {@link IllegalArgumentException} naming the file and the line, so that a bad edit is found at
 * start-up rather than as silently wrong dates.
 */
final class TimeLexicon {

    /** Value syntax per category; "-" categories carry no value. */
    private static final Map<String, Pattern> CATEGORIES = Map.ofEntries(
            Map.entry("month", Pattern.compile("[1-9]|1[0-2]")),
            Map.entry("monthabbr", Pattern.compile("[1-9]|1[0-2]")),
            Map.entry("weekday", Pattern.compile("[1-7]")),
            Map.entry("weekdayabbr", Pattern.compile("[1-7]")),
            Map.entry("number", Pattern.compile("\\d{1,4}")),
            Map.entry("ordinal", Pattern.compile("\\d{1,2}")),
            Map.entry("relday", Pattern.compile("-?\\d{1,2}")),
            Map.entry("reldaypart", Pattern.compile("-?\\d (MO|AF|EV|NI)")),
            Map.entry("daypart", Pattern.compile("MO|AF|EV|NI")),
            Map.entry("unit", Pattern.compile("\\d?(D|W|M|Q|Y|DE|H|MIN|S)")),
            Map.entry("shift", Pattern.compile("-1|0|1")),
            Map.entry("ago", Pattern.compile("-1|1")),
            Map.entry("ahead", Pattern.compile("1")),
            Map.entry("season", Pattern.compile("SP|SU|FA|WI")),
            Map.entry("decade", Pattern.compile("\\d")),
            Map.entry("partof", Pattern.compile("START|MID|END")),
            Map.entry("weekend", Pattern.compile("WE")),
            Map.entry("holiday", Pattern.compile("(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])")),
            Map.entry("clock", Pattern.compile("([01]\\d|2[0-3]):[0-5]\\d")),
            Map.entry("now", Pattern.compile("PRESENT_REF")),
            Map.entry("few", Pattern.compile("\\d")),
            Map.entry("fraction", Pattern.compile("\\d{2}")),
            Map.entry("clockpart", Pattern.compile("15|30|45")),
            Map.entry("clockrel", Pattern.compile("-1|1")),
            Map.entry("oclock", Pattern.compile("-")),
            Map.entry("dayon", Pattern.compile("-")),
            Map.entry("atclock", Pattern.compile("-")),
            Map.entry("afternext", Pattern.compile("-")),
            Map.entry("era", Pattern.compile("-")),
            Map.entry("zone", Pattern.compile("[+-]\\d{2}:\\d{2}")),
            Map.entry("pointshift", Pattern.compile("-")),
            Map.entry("periodabbr", Pattern.compile("(START|END) (D|M|Y)")),
            Map.entry("decadehead", Pattern.compile("-")),
            Map.entry("needscontext", Pattern.compile("-")),
            Map.entry("at", Pattern.compile("-")),
            Map.entry("of", Pattern.compile("-")),
            Map.entry("det", Pattern.compile("-")),
            Map.entry("by", Pattern.compile("-")),
            Map.entry("and", Pattern.compile("-")),
            Map.entry("to", Pattern.compile("-")),
            Map.entry("from", Pattern.compile("-")),
            Map.entry("vague", Pattern.compile("-")),
            Map.entry("yearprep", Pattern.compile("-")),
            Map.entry("setting", Pattern.compile("DMY|MDY|elide|hyphen|yes|no")));

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private static final Set<String> SETTINGS = Set.of("date-order", "number-join", "weekday-abbr-alone", "spoken-clock", "twelve-hour-clock");

    private final String source;
    /** category → phrase (lower case, single spaces) → value. */
    private final Map<String, Map<String, String>> entries;

    private TimeLexicon(String source, Map<String, Map<String, String>> entries) {
        this.source = source;
        this.entries = entries;
    }

    /** Loads the bundled lexicon of a language ("it", "en"). */
    static TimeLexicon load(String language) {
        String name = "time." + language + ".tsv";
        InputStream in = TimeLexicon.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalArgumentException("no temporal lexicon for language '" + language + "' (" + name + ")");
        }
        try (in) {
            return parse(name, in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }

    /** Parses a lexicon; {@code name} is used in error messages. */
    static TimeLexicon parse(String name, InputStream in) throws IOException {
        Map<String, Map<String, String>> entries = new LinkedHashMap<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            if (cols.length != 3) {
                throw bad(name, number, "expected 3 TAB-separated columns, found " + cols.length);
            }
            String category = cols[0].strip();
            String phrase = normalise(cols[1]);
            String value = cols[2].strip();
            Pattern syntax = CATEGORIES.get(category);
            if (syntax == null) {
                throw bad(name, number, "unknown category '" + category + "'");
            }
            if (phrase.isEmpty()) {
                throw bad(name, number, "empty phrase");
            }
            if (!syntax.matcher(value).matches()) {
                throw bad(name, number, "bad value '" + value + "' for category " + category);
            }
            if (category.equals("setting") && !SETTINGS.contains(phrase)) {
                throw bad(name, number, "unknown setting '" + phrase + "'");
            }
            String previous = entries.computeIfAbsent(category, k -> new LinkedHashMap<>()).put(phrase, value);
            if (previous != null && !previous.equals(value)) {
                throw bad(name, number, "'" + phrase + "' already listed as " + category + " with value " + previous);
            }
        }
        Map<String, Map<String, String>> frozen = new LinkedHashMap<>();
        entries.forEach((k, v) -> frozen.put(k, Map.copyOf(v)));
        String order = frozen.getOrDefault("setting", Map.of()).getOrDefault("date-order", "DMY");
        if (!order.equals("DMY") && !order.equals("MDY")) {
            throw new IllegalArgumentException(name + ": setting date-order must be DMY or MDY, was " + order);
        }
        return new TimeLexicon(name, Map.copyOf(frozen));
    }

    private static IllegalArgumentException bad(String name, int line, String why) {
        return new IllegalArgumentException(name + ":" + line + ": " + why);
    }

    /** Lower case, typographic apostrophes made plain, runs of white space made single spaces. */
    static String normalise(String phrase) {
        return WHITESPACE.matcher(phrase.strip().toLowerCase(Locale.ROOT).replace('\u2019', '\'')).replaceAll(" ");
    }

    String source() {
        return source;
    }

    /** The value of a phrase in a category, or null. */
    String value(String category, String phrase) {
        if (phrase == null) {
            return null;
        }
        return entries.getOrDefault(category, Map.of()).get(normalise(phrase));
    }

    boolean has(String category, String phrase) {
        return value(category, phrase) != null;
    }

    String setting(String name, String fallback) {
        return entries.getOrDefault("setting", Map.of()).getOrDefault(name, fallback);
    }

    Map<String, String> category(String category) {
        return entries.getOrDefault(category, Map.of());
    }

    /**
     * A regular-expression alternation of the phrases of a category whose value passes the filter,
     * longest first so that "l'altro ieri" wins over "ieri"; spaces match any white space, and a
     * phrase ending in an apostrophe may be followed directly by the next word. Null when none.
     */
    String alternation(String category, Predicate<String> valueFilter) {
        List<String> phrases = new ArrayList<>();
        category(category).forEach((phrase, value) -> {
            if (valueFilter.test(value)) {
                phrases.add(phrase);
            }
        });
        if (phrases.isEmpty()) {
            return null;
        }
        phrases.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        return PhraseTrie.of(phrases, phrase -> "");
    }
}
