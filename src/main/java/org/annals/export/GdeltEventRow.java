package org.annals.export;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.annals.model.Actor;
import org.annals.model.Event;
import org.annals.model.Location;
import org.annals.store.StoredEvent;

/**
 * One stored event as a line of the GDELT 2.0 Events table: the 61 columns of GDELT's codebook, in its
 * order and encodings, so that tools written for GDELT's files read Annals' exports. Conventions where
 * Annals knows less than GDELT (README, "Exporting events"):
 * <ul>
 *   <li>SQLDATE, MonthYear, Year, FractionDate: the stored event date; empty when the event has none.
 *       FractionDate is GDELT's YYYY.FFFF, FFFF = ((month − 1) × 30 + day) / 365 truncated to four
 *       digits, as GDELT computes it (2014-02-02 → 2014.0876).</li>
 *   <li>Actor columns: see {@link GdeltActorCodes}.</li>
 *   <li>NumMentions: the mentions merged into the event in its article; NumSources and NumArticles: 1,
 *       since each stored event comes from one article; AvgTone: 0, since Annals computes no tone yet.</li>
 *   <li>Geography: Annals resolves places to countries only, so each geo block is either country-level
 *       (Geo_Type 1, the FIPS 10-4 code as CountryCode, ADM1Code and FeatureID, as GDELT writes
 *       countries; no coordinates) or empty (Geo_Type 0). Actor1Geo and Actor2Geo are the actors'
 *       countries (named in English); ActionGeo is the event's location, named as the article writes it.</li>
 *   <li>DATEADDED: the day the article was stored, at midnight (the archive keeps no time of day).</li>
 *   <li>Text fields hold no tabs or line breaks; numbers never depend on the locale.</li>
 * </ul>
 * Immutable and thread-safe.
 */
public final class GdeltEventRow {
    /** GDELT 2.0's column names, in order. */
    public static final List<String> COLUMNS = columnNames();

    private static final int GEO_COLUMNS = 8;
    private static final DateTimeFormatter MONTH_YEAR = DateTimeFormatter.ofPattern("uuuuMM", Locale.ROOT);

    private final GdeltActorCodes actors;
    private final FipsCountries fips;

    public GdeltEventRow(GdeltActorCodes actors, FipsCountries fips) {
        this.actors = Objects.requireNonNull(actors, "actors");
        this.fips = Objects.requireNonNull(fips, "fips");
    }

    /** With the shipped code lists. */
    public static GdeltEventRow standard() {
        return new GdeltEventRow(GdeltActorCodes.standard(), FipsCountries.standard());
    }

    /** The event's 61 fields in GDELT's order; empty strings where unknown. */
    public List<String> fields(StoredEvent stored) {
        Event e = stored.event();
        List<String> f = new ArrayList<>(COLUMNS.size());
        f.add(Long.toString(stored.id()));
        dates(stored.date(), f);
        f.addAll(actors.columns(e.source()).columns());
        f.addAll(actors.columns(e.target()).columns());
        f.add(stored.rootEvent() ? "1" : "0");
        String cameo = e.cameo();
        f.add(cameo);
        f.add(cameo.length() > 3 ? cameo.substring(0, 3) : cameo);
        f.add(cameo.substring(0, 2));
        f.add(Integer.toString(e.quadClass()));
        f.add(goldstein(e.goldstein()));
        f.add(Integer.toString(e.mentions()));
        f.add("1");
        f.add("1");
        f.add("0");
        actorGeo(e.source(), f);
        actorGeo(e.target(), f);
        Location where = e.location();
        geo(where == null ? null : fips.get(where.country()), where == null ? null : where.name(), f);
        f.add(stored.added().format(DateTimeFormatter.BASIC_ISO_DATE) + "000000");
        f.add(GdeltText.clean(stored.url()));
        return f;
    }

    /** The event as one line: the fields joined by tabs, without the line break. */
    public String line(StoredEvent stored) {
        return String.join("\t", fields(stored));
    }

    private static void dates(LocalDate date, List<String> f) {
        if (date == null) {
            f.addAll(List.of("", "", "", ""));
            return;
        }
        f.add(date.format(DateTimeFormatter.BASIC_ISO_DATE));
        f.add(date.format(MONTH_YEAR));
        f.add(Integer.toString(date.getYear()));
        f.add(fractionDate(date));
    }

    /** GDELT's FractionDate: YYYY.FFFF with FFFF = ((month − 1) × 30 + day) / 365, truncated. */
    static String fractionDate(LocalDate date) {
        int days = (date.getMonthValue() - 1) * 30 + date.getDayOfMonth();
        return String.format(Locale.ROOT, "%d.%04d", date.getYear(), days * 10_000 / 365);
    }

    /** One decimal, a point as separator, never "-0.0". */
    static String goldstein(double value) {
        return String.format(Locale.ROOT, "%.1f", value + 0.0);
    }

    private void actorGeo(Actor actor, List<String> f) {
        FipsCountries.Entry country = actor == null ? null : fips.get(actor.country());
        geo(country, country == null ? null : country.name(), f);
    }

    /** A country-level geo block (Geo_Type 1), or an empty one (Geo_Type 0) when the country is unknown. */
    private static void geo(FipsCountries.Entry country, String name, List<String> f) {
        if (country == null) {
            f.add("0");
            for (int i = 1; i < GEO_COLUMNS; i++) {
                f.add("");
            }
            return;
        }
        f.addAll(List.of("1", GdeltText.clean(name), country.fips(), country.fips(), "", "", "", country.fips()));
    }

    private static List<String> columnNames() {
        List<String> names = new ArrayList<>(List.of("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate"));
        for (String actor : List.of("Actor1", "Actor2")) {
            for (String column : List.of("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode",
                    "Religion1Code", "Religion2Code", "Type1Code", "Type2Code", "Type3Code")) {
                names.add(actor + column);
            }
        }
        names.addAll(List.of("IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
                "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone"));
        for (String geo : List.of("Actor1Geo_", "Actor2Geo_", "ActionGeo_")) {
            for (String column : List.of("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long",
                    "FeatureID")) {
                names.add(geo + column);
            }
        }
        names.addAll(List.of("DATEADDED", "SOURCEURL"));
        return List.copyOf(names);
    }
}
