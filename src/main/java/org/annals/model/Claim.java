package org.annals.model;

import java.util.List;
import java.util.Objects;

/**
 * A statement of fact made in the article, with its source and how surely it is made.
 *
 * @param text       the statement (the content clause, without the attribution frame when one is
 *                   cut off cleanly: "Secondo X, …" → "…")
 * @param source     who makes it, or null when the article asserts it itself
 * @param status     certainty of the statement
 * @param quantities the numbers it states
 * @param sentence   the sentence that holds the statement, or null when not known
 * @param start      offset of the sentence's first character in the article text, or -1 when unknown
 * @param end        offset after the sentence's last character, or -1 with {@code start}
 */
public record Claim(String text, Actor source, Status status, List<Quantity> quantities, String sentence,
                    int start, int end) {
    public Claim {
        Checks.nonBlank(text, "text");
        Objects.requireNonNull(status, "status");
        quantities = Checks.copy(quantities, "quantities");
        sentence = Checks.blankToNull(sentence);
        if (!(start == -1 && end == -1)) {
            Checks.span(start, end, "claim");
        }
    }

    /** A claim whose sentence is not known. */
    public Claim(String text, Actor source, Status status, List<Quantity> quantities) {
        this(text, source, status, quantities, null, -1, -1);
    }
}
