package org.annals.ingest;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.annals.model.Timestamp;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads XML sitemaps (sitemaps.org): a {@code urlset} into its pages, with the Google News extension's title,
 * publication date, publication name and language where present, and a {@code sitemapindex} into the sitemaps it
 * lists. Lenient as {@link FeedReader} is: an entry without a usable address is dropped and reported in
 * {@link Sitemap#problems}, a date it cannot read is left out, and the others are kept. Gzip-compressed sitemaps
 * are inflated by the caller.
 *
 * <p>Stateless and thread-safe.
 */
public final class SitemapReader {
    private SitemapReader() {}

    /**
     * Reads a sitemap.
     *
     * @param xml  the sitemap's bytes (charset from a byte-order mark or the XML declaration, else UTF-8)
     * @param base the sitemap's own address, against which a relative {@code loc} is resolved; null for a local
     *             file (sitemaps must list absolute addresses anyway)
     */
    public static Sitemap read(byte[] xml, URI base) {
        Document doc = XmlElements.parse(xml, base);
        Element root = doc.children().isEmpty() ? doc : doc.child(0);
        boolean index = root.tag().localName().equalsIgnoreCase("sitemapindex");
        List<SitemapEntry> pages = new ArrayList<>();
        List<URI> sitemaps = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        List<Element> entries = XmlElements.all(root, index ? "sitemap" : "url");
        for (int i = 0; i < entries.size(); i++) {
            Element entry = entries.get(i);
            String where = (index ? "sitemap " : "url ") + (i + 1);
            String loc = XmlElements.text(entry, "loc");
            URI uri = XmlElements.webAddress(loc, base);
            if (uri == null) {
                problems.add(where + ": " + (loc == null ? "no <loc>" : "'" + loc + "' is not an http(s) address")
                        + "; dropped");
            } else if (index) {
                sitemaps.add(uri);
            } else {
                pages.add(page(entry, uri));
            }
        }
        return new Sitemap(pages, sitemaps, problems);
    }

    private static SitemapEntry page(Element url, URI loc) {
        List<String> notes = new ArrayList<>();
        Timestamp modified = FeedDates.parse(XmlElements.text(url, "lastmod"), "the sitemap's lastmod", notes);
        Element news = XmlElements.child(url, "news");
        if (news == null) {
            return new SitemapEntry(loc, modified, null, null, null, null, notes);
        }
        Element publication = XmlElements.child(news, "publication");
        return new SitemapEntry(loc, modified, XmlElements.text(news, "title"),
                FeedDates.parse(XmlElements.text(news, "publication_date"), "the sitemap's publication date", notes),
                publication == null ? null : XmlElements.text(publication, "name"),
                publication == null ? null : FeedReader.language(XmlElements.text(publication, "language")), notes);
    }
}
