package org.annals.store;

import java.util.Objects;

/**
 * What {@link ArchiveStore#put} did with one article.
 *
 * @param outcome   stored, stored as a copy of an existing story, or already present
 * @param articleId the archive's id of the article (for a duplicate: the id of the copy already stored)
 * @param storyId   the id of the story the article belongs to (the first copy's id)
 * @param events    the number of events stored (0 for a duplicate)
 */
public record IngestReceipt(Outcome outcome, String articleId, String storyId, int events) {
    public enum Outcome { STORED, COPY, DUPLICATE }

    public IngestReceipt {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(storyId, "storyId");
        if (events < 0) {
            throw new IllegalArgumentException("events must not be negative: " + events);
        }
    }
}
