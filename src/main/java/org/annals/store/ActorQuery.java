package org.annals.store;

import java.time.LocalDate;

/**
 * The most active actors or pairs of actors in a period.
 *
 * @param top  how many to list, 1–1,000
 * @param from first event date, inclusive, or null
 * @param to   last event date, inclusive, or null
 */
public record ActorQuery(int top, LocalDate from, LocalDate to) {
    public ActorQuery {
        if (top < 1 || top > 1000) {
            throw new IllegalArgumentException("top must be 1 to 1000: " + top);
        }
        Queries.range(from, to);
    }
}
