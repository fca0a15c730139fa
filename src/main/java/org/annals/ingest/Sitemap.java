package org.annals.ingest;

import java.net.URI;
import java.util.List;

/**
 * A sitemap as {@link SitemapReader} read it: a URL set lists pages, a sitemap index lists other sitemaps.
 *
 * @param pages    the pages a URL set lists, in its order; empty for an index
 * @param sitemaps the sitemaps an index lists, in its order; empty for a URL set
 * @param problems entries dropped and why ("url 4: …"), in words meant for the user
 */
public record Sitemap(List<SitemapEntry> pages, List<URI> sitemaps, List<String> problems) {
    public Sitemap {
        pages = List.copyOf(pages);
        sitemaps = List.copyOf(sitemaps);
        problems = List.copyOf(problems);
    }
}
