package org.annals.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;

/**
 * The author names a page states: JSON-LD first, then author meta tags. Values that are addresses
 * (profile links) are not names and are skipped; a leading "By"/"Von"/"Di" is dropped.
 *
 * <p>Stateless and thread-safe.
 */
final class Authors {

    private static final List<String> META = List.of("author", "article:author", "dc.creator", "parsely-author",
            "sailthru.author", "byl", "twitter:creator");
    private static final Pattern BY = Pattern.compile("(?i)^(?:by|von|di|de|par|por|text:?|autor:?|author:?)\\s+");

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
        return out;
    }

    private static void add(List<String> out, String value) {
        if (value == null) {
            return;
        }
        String v = value.replaceAll("[\\s\\u00A0]+", " ").strip();
        v = BY.matcher(v).replaceFirst("");
        if (v.isEmpty() || v.length() > 80 || v.contains("://") || v.startsWith("@") || v.startsWith("www.")) {
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
