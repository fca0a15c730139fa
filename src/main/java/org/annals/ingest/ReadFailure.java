package org.annals.ingest;

import java.util.Objects;

/**
 * An input that could not be read into a document: a missing path, an empty or binary file, a file
 * over the size limit, a JSON Lines record that is not JSON.
 *
 * @param source the input as the user named it, with ":LINE" for a JSON Lines record
 * @param reason what is wrong, in words meant for the user
 */
public record ReadFailure(String source, String reason) {
    public ReadFailure {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public String toString() {
        return source + ": " + reason;
    }
}
