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

    /** How the entry constrains the case of the text it matches. */
    enum CaseRule { ANY, CAPITALISED, ALL_CAPS }

    /**
     * Case rule, read from the surface as written: a short all-capital acronym ("US", "UN", "AP")
     * must be written in capitals in the text, so the pronoun "us" and the article "un" never
     * match; a form written with a capital must start with one; a lower-case form matches any case.
     */
    CaseRule caseRule() {
        int letters = 0;
        boolean allUpper = true;
        for (int i = 0; i < surface.length(); i++) {
            char c = surface.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (!Character.isUpperCase(c)) {
                    allUpper = false;
                }
            }
        }
        if (allUpper && letters > 0 && letters <= 4) {
            return CaseRule.ALL_CAPS;
        }
        char first = surface.charAt(0);
        return Character.isUpperCase(first) ? CaseRule.CAPITALISED : CaseRule.ANY;
    }
}
