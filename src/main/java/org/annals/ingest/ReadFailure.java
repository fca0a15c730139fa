package org.annals.ingest;

import java.util.Objects;

/**
 * An input that could not be read into a document: a missing path, an empty or binary file, a file
 * over the size limit, a JSON Lines record that is not JSON, a page that could not be fetched — or one left
 * alone on purpose ({@code skipped}): a page the site's robots.txt asks crawlers not to fetch. A skipped input
 * is reported but is no failure of the run.
 *
 * @param source  the input as the user named it, with ":LINE" for a JSON Lines record, "#N" for the N-th
 *                record of a feed or web archive, or the address of a page a feed or sitemap links to
 * @param reason  what is wrong, in words meant for the user
 * @param skipped whether the input was left alone on purpose rather than failed
 */
public record ReadFailure(String source, String reason, boolean skipped) {
    public ReadFailure {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(reason, "reason");
    }

    /** A failure proper: the input was meant to be read and could not be. */
    public ReadFailure(String source, String reason) {
        this(source, reason, false);
    }

    @Override
    public String toString() {
        return source + ": " + reason;
    }
}
