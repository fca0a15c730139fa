package org.annals.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an input holds as a whole: a feed (RSS 2.0 or 1.0, Atom), a sitemap (a URL set or a sitemap index, Google
 * News sitemaps included), a web archive (WARC), or a single document (text, HTML, JSON Lines). Told by the
 * content, not the name: the XML root element, or the WARC version line, also inside gzip. Stateless.
 */
public enum InputFormat {
    FEED, SITEMAP, WARC, DOCUMENT;

    /** How much of an input's start is looked at. */
    static final int HEAD_BYTES = 16 * 1024;

    /** The first element's name after any XML declaration, comments, processing instructions and doctype. */
    private static final Pattern ROOT = Pattern.compile(
            "^\\s*(?:<\\?[^>]*\\?>\\s*|<!--.*?-->\\s*|<!DOCTYPE[^>\\[]*(?:\\[.*?\\])?\\s*>\\s*)*"
                    + "<(?:[A-Za-z_][\\w.-]*:)?([A-Za-z_][\\w.-]*)",
            Pattern.DOTALL);

    /**
     * Tells the format from an input's first bytes ({@link #HEAD_BYTES} are enough). Gzip-compressed content is
     * looked into.
     */
    public static InputFormat sniff(byte[] head) {
        return sniffPlain(Gzip.isGzip(head) ? Gzip.head(head, HEAD_BYTES) : head);
    }

    private static InputFormat sniffPlain(byte[] head) {
        String text = new String(head, 0, Math.min(head.length, HEAD_BYTES), StandardCharsets.ISO_8859_1);
        if (text.startsWith("\u00EF\u00BB\u00BF")) {
            text = text.substring(3);
        }
        if (text.startsWith("WARC/1.")) {
            return WARC;
        }
        Matcher root = ROOT.matcher(text);
        if (!root.find()) {
            return DOCUMENT;
        }
        String name = root.group(1).toLowerCase(Locale.ROOT);
        return switch (name) {
            case "rss", "feed" -> FEED;
            // RSS 1.0 is RDF whose root is rdf:RDF; other RDF documents are no feeds
            case "rdf" -> text.contains("purl.org/rss/1.0") ? FEED : DOCUMENT;
            case "urlset", "sitemapindex" -> SITEMAP;
            default -> DOCUMENT;
        };
    }
}
