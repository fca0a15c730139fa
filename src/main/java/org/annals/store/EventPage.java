package org.annals.store;

import java.util.List;

/**
 * One page of events and how many match the query in all.
 *
 * @param total  the events matching, every page together
 * @param events the page, newest event date first, then by id
 */
public record EventPage(long total, List<StoredEvent> events) {
    public EventPage {
        if (total < 0) {
            throw new IllegalArgumentException("total must not be negative: " + total);
        }
        events = List.copyOf(events);
    }
}
