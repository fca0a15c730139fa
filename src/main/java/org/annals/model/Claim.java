package org.annals.model;

import java.util.List;
import java.util.Objects;

/**
 * A statement of fact made in the article, with its source and how surely it is made.
 *
 * @param text       the statement
 * @param source     who makes it, or null when the article asserts it itself
 * @param status     certainty of the statement
 * @param quantities the numbers it states
 */
public record Claim(String text, Actor source, Status status, List<Quantity> quantities) {
    public Claim {
        Checks.nonBlank(text, "text");
        Objects.requireNonNull(status, "status");
        quantities = Checks.copy(quantities, "quantities");
    }
}
