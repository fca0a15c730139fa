package org.annals.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The author names a page states: JSON-LD first, then author meta tags, then the visible byline
 * (microdata, {@code rel=author}, author-named elements); read before boilerplate removal drops bylines. Values that are addresses
 * (profile links) are not names and are skipped; a leading "By"/"Von"/"Di" is dropped.
 *
 * <p>Stateless and thread-safe.
 */
final class Authors {

    private static final List<String> META = List.of("author", "article:author", "dc.creator", "parsely-author",
            "sailthru.author", "byl", "twitter:creator");
    private static final Pattern BY = Pattern.compile("(?i)^(?:by|von|di|de|par|por|text:?|autor:?|author:?)\\s+");

    private static final String BYLINE = "[itemprop=author], [rel=author], .author .fn, .vcard .fn, "
            + ".author-name, .authorname, .byline-name, .entry-author, .post-author";

    private Authors() {
    }

    static List<String> find(Document page, Map<String, String> meta, List<String> jsonLd) {
        List<String> out = new ArrayList<>();
        for (String a : jsonLd) {
            add(out, a);
        }
        if (out.isEmpty()) {
            for (String key : META) {
                add(out, meta.get(key));
                if (!out.isEmpty()) {
                    break;
                }
            }
        }
        if (out.isEmpty() && page.body() != null) {
            // the visible byline: microdata, rel=author, or a short element named as the author's
            // the first byline outside comment threads: commenters carry author markup too
            for (Element e : page.body().select(BYLINE)) {
                if (inComments(e)) {
                    continue;
                }
                Element name = e.selectFirst("[itemprop=name], .fn");
                String text = (name != null ? name : e).text();
                if (text.length() <= 60) {
                    add(out, text);
                }
                if (!out.isEmpty()) {
                    break;
                }
            }
        }
        return out;
    }

    private static boolean inComments(Element e) {
        for (Element p = e; p != null; p = p.parent()) {
            String names = (p.className() + " " + p.id()).toLowerCase(Locale.ROOT);
            if (names.contains("comment") || names.contains("kommentar") || names.contains("reply")) {
                return true;
            }
        }
        return false;
    }

    private static void add(List<String> out, String value) {
        if (value == null) {
            return;
        }
        String v = value.replaceAll("[\\s\\u00A0]+", " ").strip();
        v = BY.matcher(v).replaceFirst("");
        v = v.replaceAll("[,|·]+$", "").strip();
        if (v.isEmpty() || v.length() > 80 || v.contains("→") || v.contains("://") || v.startsWith("@") || v.startsWith("www.")) {
            return;
        }
        for (String o : out) {
            if (o.toLowerCase(Locale.ROOT).equals(v.toLowerCase(Locale.ROOT))) {
                return;
            }
        }
        out.add(v);
    }
}
