package org.annals.store;

import java.util.Objects;

/**
 * How often two actors met in events, both directions together.
 *
 * @param a             one actor code (the smaller of the two, alphabetically)
 * @param b             the other actor code
 * @param events        the number of events between them
 * @param meanGoldstein the mean Goldstein score of those events
 */
public record DyadCount(String a, String b, long events, double meanGoldstein) {
    public DyadCount {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
    }
}
