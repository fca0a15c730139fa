package org.annals.model;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * A publication time as precise as the source gives it: a date, optionally a time of day, optionally
 * the offset from UTC. News pages often give a date alone or a local time without a zone; keeping the
 * parts apart avoids inventing precision.
 *
 * @param date   the calendar date, never null
 * @param time   the time of day, or null when only the date is known
 * @param offset the UTC offset, or null when unknown; only meaningful with a time
 */
public record Timestamp(LocalDate date, LocalTime time, ZoneOffset offset) {
    public Timestamp {
        Objects.requireNonNull(date, "date");
        if (offset != null && time == null) {
            throw new IllegalArgumentException("an offset needs a time of day: " + date + " " + offset);
        }
    }

    public static Timestamp of(LocalDate date) {
        return new Timestamp(date, null, null);
    }

    public static Timestamp of(OffsetDateTime dateTime) {
        return new Timestamp(dateTime.toLocalDate(), dateTime.toLocalTime(), dateTime.getOffset());
    }

    public static Timestamp of(LocalDateTime dateTime) {
        return new Timestamp(dateTime.toLocalDate(), dateTime.toLocalTime(), null);
    }

    /**
     * Parses ISO-8601 forms: {@code 2024-06-19}, {@code 2024-06-19T11:50}, {@code 2024-06-19T11:50:00+02:00},
     * {@code 2024-06-19T09:50:00Z}, also with a space instead of 'T'.
     *
     * @throws IllegalArgumentException naming the value when it is none of these
     */
    public static Timestamp parse(String text) {
        Objects.requireNonNull(text, "text");
        String s = text.strip().replace(' ', 'T');
        try {
            if (s.length() == 10) {
                return of(LocalDate.parse(s));
            }
            try {
                return of(OffsetDateTime.parse(s));
            } catch (DateTimeParseException e) {
                return of(LocalDateTime.parse(s));
            }
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not an ISO-8601 date or date-time: '" + text + "'", e);
        }
    }

    public boolean hasTime() {
        return time != null;
    }

    /** ISO-8601 text: date, date-time, or date-time with offset, whichever is known. */
    public String toIso() {
        if (time == null) {
            return date.toString();
        }
        String t = (time.getSecond() == 0 && time.getNano() == 0)
                ? String.format("%02d:%02d", time.getHour(), time.getMinute())
                : time.withNano(0).toString();
        return date + "T" + t + (offset == null ? "" : offset.getId());
    }

    @Override
    public String toString() {
        return toIso();
    }
}
