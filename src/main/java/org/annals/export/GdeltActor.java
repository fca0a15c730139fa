package org.annals.export;

import java.util.Arrays;
import java.util.List;

/**
 * The ten actor columns of a GDELT event line, in GDELT's order: Code, Name, CountryCode,
 * KnownGroupCode, EthnicCode, Religion1Code, Religion2Code, Type1Code, Type2Code, Type3Code. Empty
 * strings stand for unknown values, as in GDELT's files.
 */
public record GdeltActor(String code, String name, String countryCode, String knownGroupCode, String ethnicCode,
                         String religion1Code, String religion2Code, String type1Code, String type2Code,
                         String type3Code) {
    /** The number of columns an actor takes. */
    public static final int COLUMNS = 10;

    /** An actor the event does not have (a one-sided event's Actor2): ten empty columns. */
    public static final GdeltActor NONE = new GdeltActor("", "", "", "", "", "", "", "", "", "");

    public GdeltActor {
        for (String value : new String[] {code, name, countryCode, knownGroupCode, ethnicCode, religion1Code,
                religion2Code, type1Code, type2Code, type3Code}) {
            if (value == null) {
                throw new NullPointerException("GDELT actor fields are empty strings when unknown, never null");
            }
            if (value.indexOf('\t') >= 0 || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
                throw new IllegalArgumentException("GDELT actor fields hold no tabs or line breaks: '" + value + "'");
            }
        }
    }

    /** The ten columns in GDELT's order. */
    public List<String> columns() {
        return Arrays.asList(code, name, countryCode, knownGroupCode, ethnicCode, religion1Code, religion2Code,
                type1Code, type2Code, type3Code);
    }
}
