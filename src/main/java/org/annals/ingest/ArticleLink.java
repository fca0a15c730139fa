package org.annals.ingest;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import org.annals.model.DocumentHints;

/**
 * An article a feed or sitemap points to: where to fetch it, what the feed or sitemap said about it, and the
 * content the feed carried, if any.
 *
 * @param source   how failures and results name it: its address, or "feed#N" for an item without one
 * @param url      the article's address, or null when the feed gives only its content
 * @param hints    what the feed or sitemap said: address, title, publication date, language, publisher
 * @param html     the content the feed carried, as a whole HTML page, or null; an item without a link always
 *                 has it
 * @param problems what was wrong with the entry but did not stop it being read
 */
public record ArticleLink(String source, URI url, DocumentHints hints, String html, List<String> problems) {
    public ArticleLink {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(hints, "hints");
        if (url == null && html == null) {
            throw new IllegalArgumentException("an article link needs an address or content: " + source);
        }
        problems = List.copyOf(problems);
    }
}
