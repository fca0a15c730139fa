package org.annals.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

import org.annals.time.ClauseTense.Tense;

/** Calendar arithmetic and TIMEX3-style value formatting shared by the grammar. Stateless. */
final class TimeMath {
    private TimeMath() {}

    static String week(LocalDate d) {
        return String.format("%04d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    static String month(YearMonth ym) {
        return ym.toString();
    }

    static String quarter(int year, int q) {
        return year + "-Q" + q;
    }

    static int quarterOf(LocalDate d) {
        return (d.getMonthValue() - 1) / 3 + 1;
    }

    static boolean forward(Tense t) {
        return t == Tense.FUTURE || t == Tense.CONDITIONAL;
    }

    /**
     * A weekday read by the tense of its clause: past → the last one on or before publication (a
     * Tuesday article's "agreed on Tuesday" is that day), future → the next one after, else the nearest.
     */
    static LocalDate weekday(int dow, Tense tense, LocalDate pub) {
        int today = pub.getDayOfWeek().getValue();
        if (forward(tense)) {
            return pub.with(TemporalAdjusters.next(DayOfWeek.of(dow)));
        }
        if (tense == Tense.PAST) {
            return pub.with(TemporalAdjusters.previousOrSame(DayOfWeek.of(dow)));
        }
        int d = dow - today;
        if (d > 3) {
            d -= 7;
        } else if (d < -3) {
            d += 7;
        }
        return pub.plusDays(d);
    }

    /**
     * A month without a year: future → this year's if not before the current month, else next year's;
     * otherwise (past, present, no tense) this year's if not after the current month, else last year's.
     * News reports what happened: a month in a present-tense clause ("la visita segue quella di
     * settembre") is nearly always a past one, while a coming month is announced in the future tense.
     */
    static YearMonth month(int m, Tense tense, LocalDate pub) {
        int y = pub.getYear();
        int cur = pub.getMonthValue();
        if (forward(tense)) {
            return YearMonth.of(m >= cur ? y : y + 1, m);
        }
        return YearMonth.of(m <= cur ? y : y - 1, m);
    }

    /**
     * A day and month without a year: the year that agrees with the tense (past → not after publication,
     * future → not before), nearest to publication; with a weekday, the nearest year where the date falls on it.
     * Null when the day does not exist in any candidate year.
     */
    static LocalDate dayMonth(int day, int m, int dow, Tense tense, LocalDate pub) {
        int span = dow > 0 ? 11 : 1;
        LocalDate best = null;
        long bestD = Long.MAX_VALUE;
        LocalDate fallback = null;
        long fallbackD = Long.MAX_VALUE;
        for (int yy = pub.getYear() - span; yy <= pub.getYear() + span; yy++) {
            LocalDate c = date(yy, m, day);
            if (c == null || dow > 0 && c.getDayOfWeek().getValue() != dow) {
                continue;
            }
            long d = Math.abs(ChronoUnit.DAYS.between(pub, c));
            if (d < fallbackD) {
                fallbackD = d;
                fallback = c;
            }
            boolean agrees = tense == Tense.PAST ? !c.isAfter(pub) : !forward(tense) || !c.isBefore(pub);
            if (agrees && d < bestD) {
                bestD = d;
                best = c;
            }
        }
        return best != null ? best : fallback;
    }

    /**
     * A day of the month written alone ("on the 24th"), with a weekday if given ("Tuesday the 19th"): of the
     * months around publication where that day exists (and falls on the weekday), future → the first not
     * before publication, past → the last not after it, otherwise the nearest. Null when none fits.
     */
    static LocalDate dayOfMonth(int day, int dow, Tense tense, LocalDate pub) {
        int span = dow > 0 ? 14 : 2;
        YearMonth here = YearMonth.from(pub);
        LocalDate best = null;
        for (int i = -span; i <= span; i++) {
            YearMonth ym = here.plusMonths(i);
            LocalDate c = date(ym.getYear(), ym.getMonthValue(), day);
            if (c == null || dow > 0 && c.getDayOfWeek().getValue() != dow) {
                continue;
            }
            if (forward(tense)) {
                if (!c.isBefore(pub) && (best == null || c.isBefore(best))) {
                    best = c;
                }
            } else if (tense == Tense.PAST) {
                if (!c.isAfter(pub) && (best == null || c.isAfter(best))) {
                    best = c;
                }
            } else if (best == null || Math.abs(ChronoUnit.DAYS.between(pub, c)) < Math.abs(ChronoUnit.DAYS.between(pub, best))) {
                best = c;
            }
        }
        return best;
    }

    static LocalDate date(int y, int m, int d) {
        if (m < 1 || m > 12 || d < 1 || d > YearMonth.of(y, m).lengthOfMonth()) {
            return null;
        }
        return LocalDate.of(y, m, d);
    }

    /** First day of a season instance: {@code year}-WI is the winter that ends in March of {@code year}. */
    static LocalDate seasonStart(String s, int year) {
        return switch (s) {
            case "SP" -> LocalDate.of(year, 3, 21);
            case "SU" -> LocalDate.of(year, 6, 21);
            case "FA" -> LocalDate.of(year, 9, 23);
            default -> LocalDate.of(year - 1, 12, 21);
        };
    }

    /** Day after the last day of a season instance. */
    static LocalDate seasonEnd(String s, int year) {
        return switch (s) {
            case "SP" -> LocalDate.of(year, 6, 21);
            case "SU" -> LocalDate.of(year, 9, 24);
            case "FA" -> LocalDate.of(year, 12, 22);
            default -> LocalDate.of(year, 3, 21);
        };
    }

    /**
     * The year of a season instance: shift -1 → the last one that has ended, +1 → the next one not begun,
     * 0 or none → the one under way, else by tense (past → last ended, future → next, else nearest).
     */
    static int seasonYear(String s, Integer shift, Tense tense, LocalDate pub) {
        int y = pub.getYear();
        Integer containing = null;
        int lastEnded = Integer.MIN_VALUE;
        int nextStart = Integer.MAX_VALUE;
        for (int yy = y - 1; yy <= y + 2; yy++) {
            LocalDate a = seasonStart(s, yy);
            LocalDate b = seasonEnd(s, yy);
            if (!pub.isBefore(a) && pub.isBefore(b)) {
                containing = yy;
            } else if (!b.isAfter(pub)) {
                lastEnded = Math.max(lastEnded, yy);
            } else if (a.isAfter(pub)) {
                nextStart = Math.min(nextStart, yy);
            }
        }
        if (shift != null && shift < 0) {
            return lastEnded;
        }
        if (shift != null && shift > 0) {
            return nextStart;
        }
        if (containing != null) {
            return containing;
        }
        if (tense == Tense.PAST) {
            return lastEnded;
        }
        if (forward(tense)) {
            return nextStart;
        }
        long back = ChronoUnit.DAYS.between(seasonEnd(s, lastEnded), pub);
        long ahead = ChronoUnit.DAYS.between(pub, seasonStart(s, nextStart));
        return ahead < back ? nextStart : lastEnded;
    }

    /** A date-time at the precision of a unit: hour {@code 2024-06-19T11}, minute {@code T11:50}, second {@code T11:50:05}. */
    static String instant(java.time.LocalDateTime t, String unit) {
        String d = t.toLocalDate().toString();
        return switch (unit) {
            case "H" -> d + String.format("T%02d", t.getHour());
            case "MIN" -> d + String.format("T%02d:%02d", t.getHour(), t.getMinute());
            default -> d + String.format("T%02d:%02d:%02d", t.getHour(), t.getMinute(), t.getSecond());
        };
    }

    /** ISO duration of a count of units (D, W, M, Q, Y, DE, H, MIN, S). */
    static String duration(long n, String unit) {
        return switch (unit) {
            case "D" -> "P" + n + "D";
            case "W" -> "P" + n + "W";
            case "M" -> "P" + n + "M";
            case "Q" -> "P" + (3 * n) + "M";
            case "Y" -> "P" + n + "Y";
            case "DE" -> "P" + (10 * n) + "Y";
            case "H" -> "PT" + n + "H";
            case "MIN" -> "PT" + n + "M";
            default -> "PT" + n + "S";
        };
    }

    /** The value of the unit-sized period containing a date shifted by n units; null for units below a day. */
    static String period(LocalDate pub, long n, String unit) {
        return switch (unit) {
            case "D" -> pub.plusDays(n).toString();
            case "W" -> week(pub.plusWeeks(n));
            case "M" -> YearMonth.from(pub).plusMonths(n).toString();
            case "Q" -> {
                LocalDate d = pub.plusMonths(3 * n);
                yield quarter(d.getYear(), quarterOf(d));
            }
            case "Y" -> String.valueOf(pub.getYear() + n);
            case "DE" -> String.valueOf((pub.getYear() + 10 * n) / 10);
            default -> null;
        };
    }
}
