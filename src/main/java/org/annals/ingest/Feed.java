package org.annals.ingest;

import java.util.List;

/**
 * An RSS (2.0 or 1.0) or Atom feed as {@link FeedReader} read it.
 *
 * @param title    the feed's own title, or null
 * @param language the feed's language, an ISO 639 code ("it"), or null
 * @param items    the items in feed order
 * @param problems items dropped and why ("item 3: …"), in words meant for the user
 */
public record Feed(String title, String language, List<FeedItem> items, List<String> problems) {
    public Feed {
        items = List.copyOf(items);
        problems = List.copyOf(problems);
    }
}
