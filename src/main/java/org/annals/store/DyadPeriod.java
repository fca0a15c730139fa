package org.annals.store;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Events from one actor to another in one period.
 *
 * @param start         the first day of the period
 * @param source        the source actor code as queried (the dyad's first or second actor)
 * @param target        the target actor code as queried
 * @param events        the number of events
 * @param meanGoldstein the mean Goldstein score of those events
 * @param quadClass     events per QuadClass: index 0 verbal cooperation, 1 material cooperation,
 *                      2 verbal conflict, 3 material conflict
 */
public record DyadPeriod(LocalDate start, String source, String target, long events, double meanGoldstein,
                         long[] quadClass) {
    public DyadPeriod {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        if (quadClass == null || quadClass.length != 4) {
            throw new IllegalArgumentException("quadClass needs four counts");
        }
        quadClass = quadClass.clone();
    }

    @Override
    public long[] quadClass() {
        return quadClass.clone();
    }
}
