package org.annals.export;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.annals.actors.Tsv;

/**
 * The FIPS 10-4 country codes that GDELT's geographic columns use, keyed by the ISO 3166-1 alpha-3
 * codes Annals keeps (resource {@code fips10-4.tsv}, documented in its header). Immutable and
 * thread-safe.
 */
public final class FipsCountries {
    static final String FILE = "fips10-4.tsv";

    /** One country: its FIPS code and English short name. */
    public record Entry(String iso3, String fips, String name) {}

    private final Map<String, Entry> byIso3;

    private FipsCountries(Map<String, Entry> byIso3) {
        this.byIso3 = byIso3;
    }

    /** The table shipped with Annals, loaded once. */
    public static FipsCountries standard() {
        return Standard.INSTANCE;
    }

    private static final class Standard {
        static final FipsCountries INSTANCE = parse(FILE, Tsv.resource(FipsCountries.class, FILE));
    }

    /**
     * Reads a table in the format of {@code fips10-4.tsv}.
     *
     * @throws org.annals.actors.DictionaryFormatException naming the file and line of a bad or repeated code
     */
    public static FipsCountries parse(String file, String content) {
        Map<String, Entry> map = new LinkedHashMap<>();
        Map<String, String> isoByFips = new LinkedHashMap<>();
        for (Tsv.Row row : Tsv.read(file, content, 4)) {
            String iso3 = row.col(0);
            String fips = row.col(1);
            if (!iso3.matches("[A-Z]{3}")) {
                throw row.fail("iso3 must be three capital letters, was '" + iso3 + "'");
            }
            if (!fips.matches("[A-Z]{2}")) {
                throw row.fail("fips must be two capital letters, was '" + fips + "'");
            }
            if (row.col(2).isEmpty()) {
                throw row.fail("the name of " + iso3 + " is empty");
            }
            if (map.containsKey(iso3)) {
                throw row.fail(iso3 + " is listed twice");
            }
            String other = isoByFips.putIfAbsent(fips, iso3);
            if (other != null) {
                throw row.fail("FIPS code " + fips + " is already given to " + other);
            }
            map.put(iso3, new Entry(iso3, fips, row.col(2)));
        }
        return new FipsCountries(Collections.unmodifiableMap(map));
    }

    /** The country with this ISO alpha-3 code, or null when the code is null or not listed. */
    public Entry get(String iso3) {
        return iso3 == null ? null : byIso3.get(iso3);
    }

    /** Every listed country by ISO alpha-3 code, in file order. */
    public Map<String, Entry> all() {
        return byIso3;
    }
}
