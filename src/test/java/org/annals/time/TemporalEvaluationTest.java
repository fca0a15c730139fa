package org.annals.time;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;

import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.annals.model.TimeExpression;
import org.annals.model.Timestamp;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Scores the extractor on Duckling's time corpora ({@code shared/corpora/temporal/duckling-{it,en}.tsv},
 * read at test time, never copied). Skips when the shared directory is absent.
 *
 * <p>Each row's text is run alone, published 2013-02-12T04:30-02:00 (a Tuesday; Duckling's reference time and offset). A row is <b>covered</b> when the
 * longest expression found leaves nothing of the text but function words (articles, prepositions of the
 * lexicon). On covered rows, a value is <b>right</b> when it denotes the same time at the row's grain: the
 * start (and, for interval rows, the exclusive end) truncated to the grain agree, and the value is at least
 * as precise as the grain. Value ranges: a date is its day, {@code TMO} 04–12, {@code TAF} 12–19,
 * {@code TEV} 18–24, {@code TNI} 00–04 of the next day, a weekend Friday 18:00 to Monday 00:00 (Duckling's
 * bounds), seasons astronomical. Two scores:
 * <ul>
 *   <li><b>A, Duckling convention</b>: the extractor with {@code futureForBareExpressions}, value must match;</li>
 *   <li><b>B, news convention</b>: the default extractor (bare weekday/month/season by tense; with no verb, the
 *       nearest); right when it matches, or when it differs from the future reading only by being the
 *       nearest past occurrence of the same bare expression and the future reading matches.</li>
 * </ul>
 */
class TemporalEvaluationTest {

    /** Duckling's test reference time: 2013-02-12T04:30 at UTC-2 (the offset matters for "8:00 GMT"). */
    private static final Timestamp REF = Timestamp.of(java.time.OffsetDateTime.of(2013, 2, 12, 4, 30, 0, 0, java.time.ZoneOffset.ofHours(-2)));
    private static final List<String> GRAINS = List.of("decade", "year", "quarter", "month", "week", "day", "hour", "minute", "second");

    /** How many misses to print per language; {@code -Dannals.time.misses=1000} lists them all. */
    private static final int MISSES = Integer.getInteger("annals.time.misses", 20);

    record Range(LocalDateTime start, LocalDateTime end, String grain) {}

    @ParameterizedTest(name = "{0}")
    @CsvSource({"it, 0.82, 0.96, 0.96", "en, 0.86, 0.95, 0.95"})
    void duckling(String lang, double minCoverage, double minAccuracyA, double minAccuracyB) throws IOException {
        String shared = System.getProperty("annals.shared");
        assumeTrue(shared != null, "annals.shared not set");
        Path file = Path.of(shared, "corpora", "temporal", "duckling-" + lang + ".tsv");
        assumeTrue(Files.isRegularFile(file), "no " + file);

        GrammarTimeExtractor news = new GrammarTimeExtractor();
        GrammarTimeExtractor future = news.withFutureForBareExpressions(true);
        Set<String> function = functionWords(TimeLexicon.load(lang));

        int rows = 0, covered = 0, rightA = 0, rightB = 0;
        Map<String, int[]> perGrain = new LinkedHashMap<>(); // rows, covered, A, B
        List<String> misses = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t");
            if (cols.length < 3) {
                continue;
            }
            String text = cols[0].replace("\\\"", "\"");
            String gold = cols[1];
            String grain = cols[2];
            rows++;
            int[] g = perGrain.computeIfAbsent(grain, k -> new int[4]);
            g[0]++;
            TimeExpression bestNews = best(news.extract(text, List.of(), lang, REF));
            TimeExpression bestFuture = best(future.extract(text, List.of(), lang, REF));
            if (bestNews == null || !covers(text, bestNews, function)) {
                if (misses.size() < MISSES) {
                    misses.add("UNCOVERED " + text + "  gold " + gold + "  found " + (bestNews == null ? "-" : bestNews.text() + "=" + bestNews.value()));
                }
                continue;
            }
            covered++;
            g[1]++;
            Range goldRange = gold(gold, grain);
            boolean a = bestFuture != null && same(goldRange, range(bestFuture.value()));
            boolean exact = same(goldRange, range(bestNews.value()));
            boolean pastOfBare = !exact && a && bestNews.value() != null && bestFuture.value() != null
                    && !bestNews.value().equals(bestFuture.value()) && earlier(bestNews.value(), bestFuture.value());
            boolean b = exact || pastOfBare;
            if (a) {
                rightA++;
                g[2]++;
            }
            if (b) {
                rightB++;
                g[3]++;
            }
            if ((!a || !b) && misses.size() < MISSES) {
                misses.add("WRONG " + text + "  gold " + gold + " (" + grain + ")  news " + bestNews.value()
                        + "  future " + (bestFuture == null ? null : bestFuture.value()));
            }
        }
        double coverage = (double) covered / rows;
        double accA = covered == 0 ? 0 : (double) rightA / covered;
        double accB = covered == 0 ? 0 : (double) rightB / covered;
        StringBuilder report = new StringBuilder();
        report.append(String.format(Locale.ROOT, "%n=== Duckling %s: %d rows, coverage %.1f%% (%d)%n", lang, rows, 100 * coverage, covered));
        report.append(String.format(Locale.ROOT, "  A  Duckling convention (future for bare expressions): %.1f%% of covered (%d), %.1f%% of all%n",
                100 * accA, rightA, 100.0 * rightA / rows));
        report.append(String.format(Locale.ROOT, "  B  news convention (same point, nearest past for bare):  %.1f%% of covered (%d), %.1f%% of all%n",
                100 * accB, rightB, 100.0 * rightB / rows));
        report.append("  grain      rows covered  A-right  B-right\n");
        perGrain.forEach((k, v) -> report.append(String.format(Locale.ROOT, "  %-9s %5d %7d %8d %8d%n", k, v[0], v[1], v[2], v[3])));
        report.append("  first misses:\n");
        misses.forEach(m -> report.append("    ").append(m).append('\n'));
        System.out.println(report);
        assertTrue(coverage >= minCoverage, "coverage " + coverage + " below " + minCoverage + report);
        assertTrue(accA >= minAccuracyA, "accuracy A " + accA + " below " + minAccuracyA + report);
        assertTrue(accB >= minAccuracyB, "accuracy B " + accB + " below " + minAccuracyB + report);
    }

    private static TimeExpression best(List<TimeExpression> found) {
        TimeExpression best = null;
        for (TimeExpression e : found) {
            if (best == null || e.end() - e.start() > best.end() - best.start()) {
                best = e;
            }
        }
        return best;
    }

    private static Set<String> functionWords(TimeLexicon lex) {
        Set<String> words = new HashSet<>();
        for (String cat : List.of("det", "at", "of", "from", "to", "yearprep")) {
            for (String phrase : lex.category(cat).keySet()) {
                for (String w : phrase.split(" ")) {
                    words.add(w.replace("'", ""));
                }
            }
        }
        return words;
    }

    /** True when the text outside the expression holds function words and punctuation only. */
    private static boolean covers(String text, TimeExpression e, Set<String> function) {
        String rest = text.substring(0, e.start()) + " " + text.substring(e.end());
        Matcher m = Pattern.compile("[\\p{L}\\p{N}]+").matcher(rest.toLowerCase(Locale.ROOT));
        while (m.find()) {
            if (!function.contains(m.group())) {
                return false;
            }
        }
        return true;
    }

    // ---- gold values -------------------------------------------------------------------------

    private static Range gold(String value, String grain) {
        try {
            String[] parts = value.split("/");
            LocalDateTime a = goldPoint(parts[0]);
            if (parts.length == 2) {
                return new Range(a, goldPoint(parts[1]), grain);
            }
            return new Range(a, plus(a, grain), grain);
        } catch (RuntimeException e) {
            return null; // BC years and the like: never matched
        }
    }

    private static LocalDateTime goldPoint(String s) {
        // "2013-00-00T00:00:00": Duckling writes 00 for the month or day of coarse values
        return LocalDateTime.parse(s.replace("-00-00T", "-01-01T").replace("-00T", "-01T"));
    }

    private static LocalDateTime plus(LocalDateTime t, String grain) {
        return switch (grain) {
            case "decade" -> t.plusYears(10);
            case "year" -> t.plusYears(1);
            case "quarter" -> t.plusMonths(3);
            case "month" -> t.plusMonths(1);
            case "week" -> t.plusWeeks(1);
            case "day" -> t.plusDays(1);
            case "hour" -> t.plusHours(1);
            case "minute" -> t.plusMinutes(1);
            default -> t.plusSeconds(1);
        };
    }

    // ---- our values --------------------------------------------------------------------------

    private static final Pattern DATE_TIME = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})T(\\d{2}):(\\d{2})(?::(\\d{2}))?");
    private static final Pattern DATE_PART = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})T(MO|AF|EV|NI)");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})(-WE)?");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern SEASON = Pattern.compile("(\\d{4})-(SP|SU|FA|WI)");

    /** The time span a value of ours denotes, with its grain; null for durations and nulls. */
    static Range range(String value) {
        if (value == null || value.startsWith("P") && !value.equals("PRESENT_REF")) {
            return null;
        }
        if (value.contains("/")) {
            String[] p = value.split("/");
            Range a = range(p[0]);
            Range b = range(p[1]);
            if (a == null || b == null) {
                return null;
            }
            String grain = GRAINS.indexOf(a.grain()) > GRAINS.indexOf(b.grain()) ? a.grain() : b.grain();
            return new Range(a.start(), b.end(), grain);
        }
        if (value.equals("PRESENT_REF")) {
            LocalDateTime t = REF.date().atTime(REF.time());
            return new Range(t, t.plusSeconds(1), "second");
        }
        Matcher m;
        if ((m = DATE_TIME.matcher(value)).matches()) {
            LocalDateTime t = LocalDate.parse(m.group(1)).atTime(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
                    m.group(4) == null ? 0 : Integer.parseInt(m.group(4)));
            return m.group(4) == null ? new Range(t, t.plusMinutes(1), "minute") : new Range(t, t.plusSeconds(1), "second");
        }
        if ((m = DATE_PART.matcher(value)).matches()) {
            LocalDate d = LocalDate.parse(m.group(1));
            return switch (m.group(2)) {
                case "MO" -> new Range(d.atTime(4, 0), d.atTime(12, 0), "hour");
                case "AF" -> new Range(d.atTime(12, 0), d.atTime(19, 0), "hour");
                case "EV" -> new Range(d.atTime(18, 0), d.plusDays(1).atStartOfDay(), "hour");
                default -> new Range(d.plusDays(1).atStartOfDay(), d.plusDays(1).atTime(4, 0), "hour");
            };
        }
        if (value.matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}")) {
            LocalDateTime t = LocalDateTime.parse(value + ":00");
            return new Range(t, t.plusHours(1), "hour");
        }
        if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
            LocalDateTime t = LocalDate.parse(value).atStartOfDay();
            return new Range(t, t.plusDays(1), "day");
        }
        if ((m = WEEK.matcher(value)).matches()) {
            LocalDate monday = LocalDate.of(Integer.parseInt(m.group(1)), 6, 1)
                    .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(m.group(2))).with(DayOfWeek.MONDAY);
            if (m.group(3) != null) {
                return new Range(monday.plusDays(4).atTime(18, 0), monday.plusDays(7).atStartOfDay(), "hour");
            }
            return new Range(monday.atStartOfDay(), monday.plusDays(7).atStartOfDay(), "week");
        }
        if ((m = QUARTER.matcher(value)).matches()) {
            LocalDateTime t = LocalDate.of(Integer.parseInt(m.group(1)), 3 * Integer.parseInt(m.group(2)) - 2, 1).atStartOfDay();
            return new Range(t, t.plusMonths(3), "quarter");
        }
        if ((m = SEASON.matcher(value)).matches()) {
            int y = Integer.parseInt(m.group(1));
            return new Range(TimeMath.seasonStart(m.group(2), y).atStartOfDay(), TimeMath.seasonEnd(m.group(2), y).atStartOfDay(), "day");
        }
        if (value.matches("\\d{4}-\\d{2}")) {
            LocalDateTime t = LocalDate.parse(value + "-01").atStartOfDay();
            return new Range(t, t.plusMonths(1), "month");
        }
        if (value.matches("\\d{4}")) {
            LocalDateTime t = LocalDate.of(Integer.parseInt(value), 1, 1).atStartOfDay();
            return new Range(t, t.plusYears(1), "year");
        }
        if (value.matches("\\d{3}")) {
            LocalDateTime t = LocalDate.of(Integer.parseInt(value) * 10, 1, 1).atStartOfDay();
            return new Range(t, t.plusYears(10), "decade");
        }
        return null;
    }

    /** Same time at the gold grain: starts (and ends of intervals) agree when truncated to it. */
    static boolean same(Range gold, Range ours) {
        if (gold == null || ours == null) {
            return false;
        }
        String grain = gold.grain();
        if (GRAINS.indexOf(ours.grain()) < GRAINS.indexOf(grain) && !(grain.equals("second") || grain.equals("minute"))) {
            return false; // coarser than the gold: "2013" does not say "2013-02-05"
        }
        boolean interval = !gold.end().equals(plus(gold.start(), grain));
        if (!truncate(gold.start(), grain).equals(truncate(ours.start(), grain))) {
            return false;
        }
        // ends compared by their last instant, so that an inclusive "11:00" meets an exclusive "11:01" or "12:00"
        return !interval || truncate(gold.end().minusNanos(1), grain).equals(truncate(ours.end().minusNanos(1), grain));
    }

    private static LocalDateTime truncate(LocalDateTime t, String grain) {
        return switch (grain) {
            case "decade" -> LocalDate.of(t.getYear() / 10 * 10, 1, 1).atStartOfDay();
            case "year" -> LocalDate.of(t.getYear(), 1, 1).atStartOfDay();
            case "quarter" -> LocalDate.of(t.getYear(), (t.getMonthValue() - 1) / 3 * 3 + 1, 1).atStartOfDay();
            case "month" -> t.toLocalDate().withDayOfMonth(1).atStartOfDay();
            case "week" -> t.toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).atStartOfDay();
            case "day" -> t.toLocalDate().atStartOfDay();
            case "hour" -> t.truncatedTo(ChronoUnit.HOURS);
            case "minute" -> t.truncatedTo(ChronoUnit.MINUTES);
            default -> t.truncatedTo(ChronoUnit.SECONDS);
        };
    }

    private static boolean earlier(String a, String b) {
        Range ra = range(a);
        Range rb = range(b);
        return ra != null && rb != null && ra.start().isBefore(rb.start());
    }

}
