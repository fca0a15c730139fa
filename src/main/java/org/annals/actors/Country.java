package org.annals.actors;

/**
 * A state or territory of countries.tsv.
 *
 * @param iso3   ISO 3166-1 alpha-3 code ("RUS"); user-assigned codes start with X ("XKX")
 * @param cameo  CAMEO country code, the first three letters of its actor codes
 * @param status member, observer, partial or territory
 * @param name   English short name, the actor's name
 */
public record Country(String iso3, String cameo, String status, String name) {}
