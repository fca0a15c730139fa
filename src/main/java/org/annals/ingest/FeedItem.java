package org.annals.ingest;

import java.net.URI;
import java.util.List;
import org.annals.model.Timestamp;

/**
 * One item of an RSS feed or one entry of an Atom feed, as far as the feed tells. Every field may be null; an
 * item has at least a link or some content (the reader drops items with neither).
 *
 * @param link      the article's address (absolute http or https)
 * @param title     the title, as plain text
 * @param published the publication (else last update) time the item states
 * @param author    the author's name
 * @param content   the full text as HTML ({@code content:encoded}, Atom {@code content})
 * @param summary   the summary as HTML (RSS {@code description}, Atom {@code summary})
 * @param problems  what was wrong with the item but did not stop it being read (a date not understood)
 */
public record FeedItem(URI link, String title, Timestamp published, String author, String content,
                       String summary, List<String> problems) {
    public FeedItem {
        problems = List.copyOf(problems);
        if (link == null && content == null && summary == null) {
            throw new IllegalArgumentException("a feed item needs a link or some content");
        }
    }
}
