package org.annals.extract;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.annals.model.Timestamp;

/**
 * Chooses a page's publication date among what its metadata, its address and its visible text say.
 *
 * <p>The order of trust is: the publication date in the metadata (JSON-LD, meta tags, microdata),
 * a {@code <time>} element, a date in the address, a date line in the article text, a date shown
 * in the page's date elements, the date printed next to the article's heading, and last the
 * last-modified date. Two corrections override that order, because metadata often carries a time
 * converted to UTC (a day off from the publisher's own calendar) or the date of a template, a first
 * draft or a re-publication:
 * <ul>
 * <li>a metadata date that no other witness confirms loses to a day two witnesses agree on (a
 * {@code <time>} element, the address, a date line, the first date element);</li>
 * <li>the date the reader sees next to the heading is the article's date when something else backs
 * it, unless the page shows the chosen day with a publication cue or shows it with day and month
 * swapped; it also beats a date line of the text that nothing else backs.</li>
 * </ul>
 * The heading's date is taken when
 * <ul>
 * <li>a date from the metadata, a {@code <time>} element, the address or a date line in the text
 * falls on that day, or</li>
 * <li>a machine-readable date written in UTC lies within a day of it, or</li>
 * <li>a date element of the page shows it too, and the address does not confirm the other choice.</li>
 * </ul>
 * Stateless.
 */
final class PublicationDate {

    /** A machine-readable date, with whether it was written in UTC ({@code Z}, {@code +00:00}). */
    record Stamp(Timestamp value, boolean utc) {}

    /** What the page says; lists in order of trust, any part may be empty or null. */
    record Evidence(List<Stamp> published, List<Stamp> timeElements, LocalDate inUrl, Timestamp inLines,
                    List<PageDates.Found> visible, LocalDate nearTitle, List<Stamp> modified) {
        Evidence {
            published = List.copyOf(published);
            timeElements = List.copyOf(timeElements);
            visible = List.copyOf(visible);
            modified = List.copyOf(modified);
        }
    }

    /** The date chosen and whether it is only the last-modified date (no publication date was found). */
    record Choice(Timestamp value, boolean fromModified) {}

    private PublicationDate() {
    }

    /** The publication date the evidence supports best, or null when the page gives none. */
    static Choice choose(Evidence e) {
        Choice base = outvoted(e, byTrust(e));
        LocalDate near = e.nearTitle();
        if (near == null || labelledPublished(e, base) || base != null && swapped(near, base.value().date())) {
            return base;
        }
        // a date line in the text that nothing else backs: the date at the heading is the nearer one
        if (e.published().isEmpty() && e.timeElements().isEmpty() && e.inUrl() == null && e.inLines() != null
                && !e.inLines().date().equals(near)
                && e.visible().stream().noneMatch(f -> f.date().equals(e.inLines().date()))) {
            return new Choice(Timestamp.of(near), false);
        }
        List<Stamp> machine = new ArrayList<>(e.published());
        machine.addAll(e.timeElements());
        machine.addAll(e.modified());
        if (e.inUrl() != null) {
            machine.add(new Stamp(Timestamp.of(e.inUrl()), false));
        }
        if (e.inLines() != null) {
            machine.add(new Stamp(e.inLines(), false));
        }
        for (Stamp s : machine) {
            if (s.value().date().equals(near)) {
                return new Choice(s.value(), false);
            }
        }
        // a date line in the text on the same day gives the time of day as well
        Timestamp nearest = e.inLines() != null && e.inLines().date().equals(near) ? e.inLines() : Timestamp.of(near);
        for (Stamp s : machine) {
            if (s.utc() && Math.abs(ChronoUnit.DAYS.between(s.value().date(), near)) <= 1) {
                return new Choice(nearest, false);
            }
        }
        boolean shown = e.visible().stream().anyMatch(f -> f.date().equals(near));
        boolean urlConfirms = base != null && e.inUrl() != null && e.inUrl().equals(base.value().date());
        return shown && !urlConfirms ? new Choice(nearest, false) : base;
    }

    /**
     * Whether one day is the other with day and month swapped (1 November printed "11/01"): a page
     * that prints the metadata's day in the other order confirms it rather than contradicts it.
     */
    private static boolean swapped(LocalDate a, LocalDate b) {
        return !a.equals(b) && a.getYear() == b.getYear() && a.getMonthValue() == b.getDayOfMonth()
                && a.getDayOfMonth() == b.getMonthValue();
    }

    /**
     * Whether the page shows the day chosen from machine-readable dates with a publication cue
     * ("Veröffentlicht am", "Published"): the date next to the heading is then most often the update
     * or a date of the site's header.
     */
    private static boolean labelledPublished(Evidence e, Choice base) {
        boolean machine = !e.published().isEmpty() || !e.timeElements().isEmpty();
        return base != null && machine && e.visible().stream()
                .anyMatch(f -> f.kind() == PageDates.Kind.PUBLISHED && f.date().equals(base.value().date()));
    }

    /**
     * The metadata's date, unless it stands alone against two other witnesses that agree on another
     * day (a {@code <time>} element, the address, a date line, the first date element not shown as an
     * update): then the metadata holds a template's or a re-publication's date.
     */
    private static Choice outvoted(Evidence e, Choice base) {
        if (base == null || e.published().isEmpty()) {
            return base;
        }
        List<Timestamp> witnesses = new ArrayList<>();
        if (!e.timeElements().isEmpty()) {
            witnesses.add(e.timeElements().get(0).value());
        }
        if (e.inUrl() != null) {
            witnesses.add(Timestamp.of(e.inUrl()));
        }
        if (e.inLines() != null) {
            witnesses.add(e.inLines());
        }
        // a date shown as an update ("Aktualisiert am") witnesses no publication day; one shown on the
        // <time> element's day is most often that element itself, not a second witness
        LocalDate timeDay = e.timeElements().isEmpty() ? null : e.timeElements().get(0).value().date();
        e.visible().stream().filter(f -> f.kind() != PageDates.Kind.UPDATED).findFirst()
                .filter(f -> !f.date().equals(timeDay))
                .ifPresent(f -> witnesses.add(Timestamp.of(f.date())));
        LocalDate claimed = base.value().date();
        if (witnesses.stream().anyMatch(w -> w.date().equals(claimed))) {
            return base;
        }
        for (Timestamp w : witnesses) {
            if (witnesses.stream().filter(o -> o.date().equals(w.date())).count() >= 2) {
                return new Choice(w, false);
            }
        }
        return base;
    }

    private static Choice byTrust(Evidence e) {
        if (!e.published().isEmpty()) {
            return new Choice(e.published().get(0).value(), false);
        }
        if (!e.timeElements().isEmpty()) {
            return new Choice(e.timeElements().get(0).value(), false);
        }
        if (e.inUrl() != null) {
            return new Choice(Timestamp.of(e.inUrl()), false);
        }
        if (e.inLines() != null) {
            return new Choice(e.inLines(), false);
        }
        PageDates.Found shown = PageDates.best(e.visible());
        if (shown != null) {
            return new Choice(Timestamp.of(shown.date()), false);
        }
        if (e.nearTitle() != null) {
            return new Choice(Timestamp.of(e.nearTitle()), false);
        }
        return e.modified().isEmpty() ? null : new Choice(e.modified().get(0).value(), true);
    }
}
