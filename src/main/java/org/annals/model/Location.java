package org.annals.model;

/**
 * A place where an event happened.
 *
 * @param name    the place name as written or normalised ("Pyongyang")
 * @param country ISO 3166-1 alpha-3 code of its country, or null
 */
public record Location(String name, String country) {
    public Location {
        Checks.nonBlank(name, "name");
        country = Checks.blankToNull(country);
    }
}
