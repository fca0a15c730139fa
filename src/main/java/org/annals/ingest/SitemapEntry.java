package org.annals.ingest;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import org.annals.model.Timestamp;

/**
 * One page a sitemap lists, with what a Google News sitemap adds about it. Every field but the address may be
 * null.
 *
 * @param loc          the page's absolute http or https address
 * @param lastModified {@code lastmod}: when the page last changed (not its publication)
 * @param title        {@code news:title}
 * @param published    {@code news:publication_date}
 * @param publisher    {@code news:publication/news:name}
 * @param language     {@code news:publication/news:language}, an ISO 639 code
 * @param problems     what was wrong with the entry but did not stop it being read (a date not understood)
 */
public record SitemapEntry(URI loc, Timestamp lastModified, String title, Timestamp published, String publisher,
                           String language, List<String> problems) {
    public SitemapEntry {
        Objects.requireNonNull(loc, "loc");
        problems = List.copyOf(problems);
    }
}
