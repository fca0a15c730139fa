package org.annals.ingest;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.annals.model.Timestamp;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;

/**
 * Reads RSS 2.0, RSS 1.0 and Atom feeds into their items: link, title, publication date, author, full content
 * and summary. Lenient, because real feeds carry junk: HTML entities, CDATA, HTML in titles, unclosed elements,
 * dates in many formats or none, relative links. An item the reader cannot use (no link and no content) is
 * dropped, and a date it cannot read is left out; each is reported in {@link Feed#problems}, and the other items
 * are kept.
 *
 * <p>Stateless and thread-safe.
 */
public final class FeedReader {
    private static final String FEED_DATE = "the feed's date";

    private FeedReader() {}

    /**
     * Reads a feed.
     *
     * @param xml  the feed's bytes (charset from a byte-order mark or the XML declaration, else UTF-8)
     * @param base the feed's own address, against which relative links are resolved; null for a local file (the
     *             feed's site link is used then)
     */
    public static Feed read(byte[] xml, URI base) {
        Document doc = XmlElements.parse(xml, base);
        Element root = doc.children().isEmpty() ? doc : doc.child(0);
        boolean atom = root.tag().localName().equalsIgnoreCase("feed");
        Element channel = atom ? root : XmlElements.child(root, "channel");
        if (channel == null) {
            channel = root;
        }
        URI linkBase = base != null ? base : XmlElements.webAddress(siteLink(channel, atom), null);
        List<FeedItem> items = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        List<Element> elements = XmlElements.all(root, atom ? "entry" : "item");
        for (int i = 0; i < elements.size(); i++) {
            FeedItem item = atom ? atomEntry(elements.get(i), linkBase, i + 1, problems)
                    : rssItem(elements.get(i), linkBase, i + 1, problems);
            if (item != null) {
                items.add(item);
            }
        }
        String language = atom ? root.attr("xml:lang") : XmlElements.text(channel, "language");
        return new Feed(plain(XmlElements.text(channel, "title")), language(language), items, problems);
    }

    private static String siteLink(Element channel, boolean atom) {
        if (!atom) {
            String text = XmlElements.text(channel, "link");
            if (text != null) {
                return text;
            }
        }
        return alternateLink(channel);
    }

    private static FeedItem rssItem(Element item, URI base, int n, List<String> problems) {
        String href = null;
        for (Element link : XmlElements.children(item, "link")) {
            // an RSS <link> holds text; an <atom:link> inside an RSS item holds an href
            String value = link.wholeText().isBlank() ? link.attr("href") : link.wholeText();
            if (!value.isBlank()) {
                href = value;
                break;
            }
        }
        Element guid = XmlElements.child(item, "guid");
        if (href == null && guid != null && !guid.attr("isPermaLink").equalsIgnoreCase("false")) {
            href = guid.wholeText();
        }
        List<String> notes = new ArrayList<>();
        return item(n, href, base, plain(XmlElements.text(item, "title")),
                FeedDates.parse(XmlElements.text(item, "pubDate", "date", "published", "updated"), FEED_DATE, notes),
                plain(XmlElements.text(item, "creator", "author")),
                XmlElements.text(item, "encoded"), XmlElements.text(item, "description"), notes, problems);
    }

    private static FeedItem atomEntry(Element entry, URI base, int n, List<String> problems) {
        String href = alternateLink(entry);
        if (href == null) {
            href = XmlElements.text(entry, "id");
        }
        Element title = XmlElements.child(entry, "title");
        Element author = XmlElements.child(entry, "author");
        List<String> notes = new ArrayList<>();
        return item(n, href, base, title == null ? null : plain(atomHtml(title)),
                FeedDates.parse(XmlElements.text(entry, "published", "updated"), FEED_DATE, notes),
                author == null ? null : plain(XmlElements.text(author, "name")),
                atomHtml(XmlElements.child(entry, "content")), atomHtml(XmlElements.child(entry, "summary")), notes,
                problems);
    }

    /** An Atom element's link to the page: rel "alternate" (the default), HTML preferred. */
    private static String alternateLink(Element parent) {
        String any = null;
        for (Element link : XmlElements.children(parent, "link")) {
            String rel = link.attr("rel").toLowerCase(Locale.ROOT);
            String href = link.attr("href");
            if (href.isBlank() || !(rel.isEmpty() || rel.equals("alternate"))) {
                continue;
            }
            String type = link.attr("type").toLowerCase(Locale.ROOT);
            if (type.isEmpty() || type.contains("html")) {
                return href;
            }
            any = any == null ? href : any;
        }
        return any;
    }

    /** An Atom text construct as HTML: type "html" holds escaped HTML, "xhtml" a div, "text" (the default) text. */
    private static String atomHtml(Element e) {
        if (e == null || e.hasAttr("src")) {
            return null;
        }
        String type = e.attr("type").toLowerCase(Locale.ROOT);
        String html = switch (type) {
            case "html", "text/html" -> e.wholeText();
            case "xhtml", "application/xhtml+xml" -> e.html();
            case "", "text", "text/plain" -> textToHtml(e.wholeText());
            default -> null;
        };
        return html == null || html.isBlank() ? null : html.strip();
    }

    private static String textToHtml(String text) {
        StringBuilder html = new StringBuilder();
        for (String paragraph : text.strip().split("\\n\\s*\\n")) {
            html.append("<p>").append(Entities.escape(paragraph.strip())).append("</p>\n");
        }
        return html.toString();
    }

    private static FeedItem item(int n, String href, URI base, String title, Timestamp published, String author,
                                 String content, String summary, List<String> notes, List<String> problems) {
        URI link = XmlElements.webAddress(href, base);
        if (href != null && link == null && !href.strip().startsWith("tag:") && !href.strip().startsWith("urn:")) {
            problems.add("item " + n + ": link '" + href.strip() + "' is not an http(s) address"
                    + (base == null ? " (a relative link needs the feed's address)" : ""));
        }
        if (link == null && content == null && summary == null) {
            problems.add("item " + n + (title == null ? "" : " (\"" + title + "\")")
                    + ": dropped, it has neither a link nor content");
            return null;
        }
        return new FeedItem(link, title, published, author, content, summary, notes);
    }

    /** Titles and names sometimes carry HTML; the text is what counts. */
    private static String plain(String text) {
        if (text == null) {
            return null;
        }
        String plain = text.indexOf('<') >= 0 || text.indexOf('&') >= 0 ? Jsoup.parse(text).text() : text;
        return plain.isBlank() ? null : plain.strip();
    }

    /** "it-IT", "en_us" → "it", "en"; null when blank. */
    static String language(String tag) {
        if (tag == null || tag.isBlank()) {
            return null;
        }
        String primary = tag.strip().split("[-_]")[0].toLowerCase(Locale.ROOT);
        return primary.matches("[a-z]{2,3}") ? primary : null;
    }
}
