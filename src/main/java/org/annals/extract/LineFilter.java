package org.annals.extract;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import org.annals.model.Timestamp;

/**
 * The line-level cleaning both extractors share: drops boilerplate lines, reads syndication footers
 * for the original publisher, and takes date lines ("Pubblicato: 19/06/2024 11:50", "Updated June 20,
 * 2024") out of the text while keeping their values.
 *
 * <p>Immutable and thread-safe; {@link #filter} keeps its state in the returned {@link Result}.
 */
final class LineFilter {

    /** A candidate piece of text: a line of a plain-text block, or a paragraph or heading of a page. */
    record Block(String text, boolean heading, int group) {
        Block {
            Objects.requireNonNull(text, "text");
        }
    }

    enum DateKind { PUBLISHED, UPDATED, PLAIN }

    /** A date found on a date line; {@code cue} is "it"/"en" when the wording shows the language. */
    record DateEntry(DateKind kind, DateLines.Parsed value, String cue) {}

    /**
     * What filtering found.
     *
     * @param kept      the blocks that are content, in order
     * @param publisher the publisher a syndication footer names (the last such footer), or null
     * @param dates     dates read from date lines, in order
     * @param removed   how many blocks were dropped as boilerplate or date lines
     */
    record Result(List<Block> kept, String publisher, List<DateEntry> dates, int removed) {

        /**
         * The publication time: the first labelled publication date, else the first bare date line,
         * else (with a problem noted) the first update date. A printed local time gets the offset of
         * the zone {@link PublisherZones} infers, or none when the zone is unknown.
         */
        Timestamp published(String url, String publisher, String language, List<String> problems) {
            DateEntry chosen = first(DateKind.PUBLISHED);
            if (chosen == null) {
                chosen = first(DateKind.PLAIN);
            }
            if (chosen == null) {
                chosen = first(DateKind.UPDATED);
                if (chosen != null) {
                    problems.add("publication date taken from a last-update line");
                }
            }
            if (chosen == null) {
                return null;
            }
            return toTimestamp(chosen.value(), url, publisher, language, chosen.cue(), problems);
        }

        private DateEntry first(DateKind kind) {
            for (DateEntry d : dates) {
                if (d.kind() == kind) {
                    return d;
                }
            }
            return null;
        }
    }

    /** A printed date as a timestamp, with the publisher's zone applied to a local time. */
    static Timestamp toTimestamp(DateLines.Parsed value, String url, String publisher, String language,
                                 String cue, List<String> problems) {
        if (value.time() != null && value.offset() != null) {
            return new Timestamp(value.date(), value.time(), value.offset());
        }
        ZoneId zone = null;
        if (value.time() != null) {
            zone = PublisherZones.infer(url, publisher, language)
                    .or(() -> PublisherZones.infer(null, null, cue != null ? cue : value.language()))
                    .orElse(null);
            if (zone == null) {
                problems.add("publication time " + value.time() + " has no known time zone; kept without offset");
            }
        }
        return PublisherZones.localize(value.date(), value.time(), zone);
    }

    /** Lines up to this long may be date lines in any wording. */
    private static final int SHORT_DATE_LINE = 80;

    private static final Pattern SEGMENT_SPLIT = Pattern.compile("\\s*\\|\\s*|\\s+[·•–—-]\\s+");
    private static final Pattern BYLINE_DATE = Pattern.compile("\\s(?:il|on|del|,|\\||-|–)\\s*(?=\\S)");

    private final BoilerplateRules rules;

    LineFilter(BoilerplateRules rules) {
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    /**
     * Whether the line announces a block around the article rather than a part of it ("Related",
     * "Das könnte Sie auch interessieren", "Comments"): a short line the rules call related.
     */
    boolean isSectionCue(String line) {
        return line.length() <= 60 && rules.classify(line).map(h -> h.kind() == BoilerplateRules.Kind.RELATED).orElse(false);
    }

    /** Whether the line is a syndication footer (which may be made mostly of links). */
    boolean isSyndication(String line) {
        return rules.classify(line).map(h -> h.publisher() != null).orElse(false);
    }

    /** Which numeric date order to assume for a document: US English reads 06/07 as June 7. */
    static DateLines.Order orderFor(String languageTag, String sample) {
        String tag = languageTag == null ? "" : languageTag.toLowerCase(Locale.ROOT).replace('_', '-');
        if (tag.equals("en-us")) {
            return DateLines.Order.MONTH_FIRST;
        }
        if (tag.startsWith("it") || tag.startsWith("en-gb")) {
            return DateLines.Order.DAY_FIRST;
        }
        return sample != null && DateLines.looksMonthFirst(sample) ? DateLines.Order.MONTH_FIRST
                : DateLines.Order.DAY_FIRST;
    }

    Result filter(List<Block> blocks, DateLines.Order order) {
        List<Block> kept = new ArrayList<>();
        List<DateEntry> dates = new ArrayList<>();
        String publisher = null;
        int removed = 0;
        for (Block b : blocks) {
            String line = b.text().strip();
            if (line.isEmpty()) {
                continue;
            }
            Optional<BoilerplateRules.Hit> hit = rules.classify(line);
            if (hit.isPresent()) {
                removed++;
                if (hit.get().publisher() != null) {
                    publisher = hit.get().publisher();
                }
                continue;
            }
            List<DateEntry> found = dateLine(line, order);
            if (!found.isEmpty()) {
                removed++;
                dates.addAll(found);
                continue;
            }
            kept.add(b);
        }
        return new Result(kept, publisher, dates, removed);
    }

    /** The dates of a line that is nothing but dates and their labels; empty for any other line. */
    List<DateEntry> dateLine(String line, DateLines.Order order) {
        if (line.length() > 200) {
            return List.of();
        }
        Optional<DateEntry> whole = segment(line, order);
        if (whole.isPresent()) {
            return List.of(whole.get());
        }
        String[] parts = SEGMENT_SPLIT.split(line);
        if (parts.length < 2) {
            return shortDateLine(line, order);
        }
        List<DateEntry> out = new ArrayList<>();
        for (String p : parts) {
            Optional<DateEntry> e = segment(p, order);
            if (e.isEmpty()) {
                return shortDateLine(line, order);
            }
            out.add(e.get());
        }
        return out;
    }

    /**
     * A short line that holds a date and little else, in any language: one other word (a weekday,
     * a section name: "Dienstag, 4. Juni 2019, 15:54", "8. November 2021 | Aktuelles"), or up to three
     * when one of them says published or updated ("Letzte Änderung 14.02.2019", "opublikowano: 7
     * kwietnia 2021"). The cue words are those of {@link PageDates}.
     */
    private static List<DateEntry> shortDateLine(String line, DateLines.Order order) {
        if (line.length() > SHORT_DATE_LINE) {
            return List.of();
        }
        java.time.LocalDate date = PageDates.inText(line, order);
        if (date == null) {
            return List.of();
        }
        PageDates.Kind kind = PageDates.kindOf(line);
        int words = PageDates.wordsBesideDates(line);
        if (words > 1 && (words > 3 || kind == PageDates.Kind.PLAIN)) {
            return List.of();
        }
        DateKind k = kind == PageDates.Kind.PUBLISHED ? DateKind.PUBLISHED
                : kind == PageDates.Kind.UPDATED ? DateKind.UPDATED : DateKind.PLAIN;
        return List.of(new DateEntry(k, new DateLines.Parsed(date, null, null, null), null));
    }

    private Optional<DateEntry> segment(String text, DateLines.Order order) {
        Optional<BoilerplateRules.Label> label = rules.dateLabel(text);
        if (label.isEmpty()) {
            return DateLines.parse(text, order).map(p -> new DateEntry(DateKind.PLAIN, p, p.language()));
        }
        BoilerplateRules.Label l = label.get();
        DateKind kind = l.kind() == BoilerplateRules.Kind.UPDATED ? DateKind.UPDATED : DateKind.PUBLISHED;
        String rest = l.rest();
        Optional<DateLines.Parsed> parsed = DateLines.parse(rest, order);
        if (parsed.isEmpty()) {
            // a labelled meta line may name the author first: "Pubblicato da Redazione il 19 giugno 2024"
            var m = BYLINE_DATE.matcher(rest);
            while (parsed.isEmpty() && m.find()) {
                String before = rest.substring(0, m.start());
                if (before.split("\\s+").length > 6) {
                    break;
                }
                parsed = DateLines.parse(rest.substring(m.end()), order);
            }
        }
        return parsed.map(p -> new DateEntry(kind, p, p.language() != null ? p.language() : l.language()));
    }
}
