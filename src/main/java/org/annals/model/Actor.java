package org.annals.model;

/**
 * Someone who acts or is acted upon, resolved as far as the dictionaries allow.
 *
 * @param name    the name as best known ("Vladimir Putin", "Russia"), never blank
 * @param code    CAMEO actor code ("RUSGOV"), or null when unresolved
 * @param country ISO 3166-1 alpha-3 code ("RUS"), or null for international or unknown actors
 */
public record Actor(String name, String code, String country) {
    public Actor {
        Checks.nonBlank(name, "name");
        code = Checks.blankToNull(code);
        country = Checks.blankToNull(country);
        if (country != null && !country.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("country must be ISO 3166-1 alpha-3, was '" + country + "'");
        }
    }
}
