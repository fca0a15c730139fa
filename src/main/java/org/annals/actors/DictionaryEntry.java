package org.annals.actors;

/**
 * One written form the matcher looks for, with what it stands for. Exactly the fields that fit the
 * kind are set; the others are null.
 *
 * @param key      folded tokens joined by spaces ("corea del nord")
 * @param surface  the form as written in the dictionary ("Corea del Nord")
 * @param kind     what the form names
 * @param language ISO 639-1 code of the file it came from, or null when it holds for every language
 * @param country  the country, for COUNTRY, DEMONYM and SEAT entries
 * @param role     the CAMEO role, for SEAT and AGENT entries
 * @param office   the office an AGENT word names ("presidente" → PRESIDENT), or null
 * @param person   the person, for PERSON entries
 * @param org      the organisation, for ORGANISATION entries
 * @param ref      what a REFERENCE phrase points back to
 */
public record DictionaryEntry(String key, String surface, Kind kind, String language, Country country,
        CameoRole role, Office office, Person person, Organisation org, RefKind ref) {

    /** The kinds of entries, in the order of preference when one form has several. */
    public enum Kind { PERSON, ORGANISATION, SEAT, COUNTRY, DEMONYM, AGENT, REFERENCE }

    /** What an in-article reference phrase points back to. */
    public enum RefKind {
        /** "i due leader", "the two leaders": the last two distinct leaders. */
        TWO_LEADERS,
        /** "entrambi i paesi", "the two sides": the last two distinct countries. */
        TWO_COUNTRIES
    }
}
