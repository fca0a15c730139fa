package org.annals.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * What feeds and sitemaps need of XML, on jsoup's XML parser because real feeds are rarely well-formed: HTML
 * entities ({@code &nbsp;}, {@code &eacute;}) are decoded, CDATA is kept, an unclosed element is closed where
 * the next one starts, and no external entity or DTD is ever loaded. Elements are matched by local name,
 * whatever prefix a feed binds to a namespace ({@code content:encoded}, {@code news:title}). Stateless.
 */
final class XmlElements {
    private XmlElements() {}

    /** Parses XML bytes, choosing the charset from a byte-order mark or the XML declaration, else UTF-8. */
    static Document parse(byte[] bytes, URI base) {
        try {
            return Jsoup.parse(new ByteArrayInputStream(bytes), null, base == null ? "" : base.toString(),
                    Parser.xmlParser());
        } catch (IOException e) {
            throw new UncheckedIOException("reading bytes held in memory cannot fail", e);
        }
    }

    /** Every element under {@code root} (itself included) with this local name, in document order. */
    static List<Element> all(Element root, String localName) {
        return named(root.getAllElements(), localName);
    }

    /** The children of {@code parent} with this local name, in document order. */
    static List<Element> children(Element parent, String localName) {
        return named(parent.children(), localName);
    }

    private static List<Element> named(List<Element> elements, String localName) {
        List<Element> found = new ArrayList<>();
        for (Element e : elements) {
            if (e.tag().localName().equalsIgnoreCase(localName)) {
                found.add(e);
            }
        }
        return found;
    }

    /** The first child with one of these local names, tried in order; null when none. */
    static Element child(Element parent, String... localNames) {
        for (String name : localNames) {
            List<Element> found = children(parent, name);
            if (!found.isEmpty()) {
                return found.get(0);
            }
        }
        return null;
    }

    /** The text of the first child with one of these names, stripped; null when none or blank. */
    static String text(Element parent, String... localNames) {
        Element e = child(parent, localNames);
        if (e == null) {
            return null;
        }
        String text = e.wholeText().strip();
        return text.isEmpty() ? null : text;
    }

    /**
     * An http or https address, made absolute against {@code base} when relative; null when it is none (a
     * {@code tag:} URI, a relative link without a base, a malformed address).
     */
    static URI webAddress(String href, URI base) {
        if (href == null || href.isBlank()) {
            return null;
        }
        try {
            URI uri = new URI(href.strip().replace(" ", "%20"));
            if (!uri.isAbsolute()) {
                if (base == null) {
                    return null;
                }
                uri = base.resolve(uri);
            }
            String scheme = Redirects.scheme(uri);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null ? uri : null;
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }
}
