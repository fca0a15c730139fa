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
 * (microdata, {@code rel=author}, elements named as bylines or authors); read before boilerplate
 * removal drops bylines.
 *
 * <p>Each value is cleaned of what surrounds a name in a byline ("By", "Von", "Autor:", "View all
 * posts by", a trailing date) and rejected when it is not a person's name: a profile address, a
 * handle, a date or reading time ("5 Minute Read"), a placeholder ("admin", "No Author"), or the
 * site's own name (many pages name their publisher as the author). A source that yields only rejected
 * values gives way to the next one.
 *
 * <p>Stateless and thread-safe.
 */
final class Authors {

    private static final List<String> META = List.of("author", "article:author", "og:article:author", "dc.creator",
            "parsely-author", "sailthru.author", "byl", "twitter:creator");

    /** What stands before a name in a byline, in several languages; removed repeatedly. */
    private static final Pattern LEADING = Pattern.compile("(?iu)^(?:view all posts by|see all posts by|posts by"
            + "|all posts by|zeige alle beiträge von|alle beiträge von|beiträge von|artikel von|ein beitrag von"
            + "|blog beitrag von|posted by|written by|geschrieben von|verfasst von|gespeichert von|pubblicato da"
            + "|scritto da|publié par|escrito por|publicado por|redaktion|by|von|di|de|par|por|from|text|autor|author"
            + "|autorin|auteur|autore|interview|foto|fotos|photo)\\b\\s*[:/-]?\\s*");
    /** What follows a name in a byline: a date, a time, a place or role after a separator. */
    private static final Pattern TRAILING = Pattern.compile("\\s+(?:am|on|le|il|el|em|\\||•|·|–|—|-|»)(?:\\s+.*)?$"
            + "|\\s+(?:\\p{L}{1,10}[.:,]?\\s+)?\\d.*$|\\s*\\((?:[^)]*)\\)\\s*$|[,|·•]+\\s*$");
    private static final Pattern PUNCTUATION = Pattern.compile("^[|:•·,;\\s-]+");
    /** Values that are not names: placeholders and reading times, in several languages. */
    private static final Pattern JUNK = Pattern.compile("(?iu)^(?:admin|administrator|wordpressadmin|webmaster|root"
            + "|no author|unknown|anonymous|anonym|guest|gast|staff|editor|redaktion|redazione|rédaction|redacción"
            + "|editorial team|the editors|follow|authors?|autor(?:en|in)?|auteurs?|autori|autores)$"
            + "|^(?:published|posted|updated|veröffentlicht|publiziert|erstellt|aktualisiert|pubblicato|publié|publicado)\\b"
            + "|\\b(?:min(?:ute)?s? read|lesezeit|minuten|minuti|tempo di lettura)\\b");
    /** A date or a time of day in a value: "12.05.2022", "14:30", "2022-05-12". */
    private static final Pattern DATE_LIKE = Pattern.compile("\\d{1,4}[./:-]\\d{1,2}|^\\d+$");

    private static final String BYLINE = "[itemprop=author], [rel=author], .author .fn, .vcard .fn, "
            + ".author-name, .authorname, .byline-name, .entry-author, .post-author, [class*=byline], "
            + "[class*=author], [class*=autor]";
    private static final int MAX_NAME = 80;
    /** More words than this are a sentence or a whole byline box, not names. */
    private static final int MAX_WORDS = 6;
    private static final int MAX_BYLINE = 100;

    private Authors() {
    }

    /**
     * The page's author names, in order, without duplicates; empty when none is found.
     *
     * @param siteName the site's or publisher's name as the metadata gives it, or null
     * @param url      the page's address, or null: a value naming its host is the site, not an author
     */
    static List<String> find(Document page, Map<String, String> meta, List<String> jsonLd, String siteName,
                             String url) {
        String site = siteKey(siteName);
        String host = hostKey(url);
        List<String> out = new ArrayList<>();
        for (String a : jsonLd) {
            add(out, a, site, host);
        }
        for (int i = 0; out.isEmpty() && i < META.size(); i++) {
            add(out, meta.get(META.get(i)), site, host);
        }
        if (out.isEmpty() && page.body() != null) {
            // the first byline outside comment threads: commenters carry author markup too
            for (Element e : page.body().select(BYLINE)) {
                if (inComments(e) || e.normalName().equals("body") || e.normalName().equals("article")) {
                    continue;
                }
                Element name = e.selectFirst("[itemprop=name], .fn");
                String text = (name != null ? name : e).text();
                if (text.length() <= MAX_BYLINE) {
                    add(out, text, site, host);
                }
                if (!out.isEmpty()) {
                    break;
                }
            }
        }
        return out;
    }

    /** A byline value cleaned down to the name, or null when what is left is not a person's name. */
    static String clean(String value, String site, String host) {
        if (value == null) {
            return null;
        }
        String v = Spaces.collapse(value);
        for (String before = ""; !before.equals(v); ) {
            before = v;
            v = LEADING.matcher(PUNCTUATION.matcher(v).replaceFirst("")).replaceFirst("").strip();
        }
        v = TRAILING.matcher(v).replaceFirst("").strip();
        // "Jane Example, Example News": the site named after the author is the employer, not a second author
        int comma = v.lastIndexOf(", ");
        if (comma > 0) {
            String last = siteKey(v.substring(comma + 2));
            if (!last.isEmpty() && (last.equals(site) || last.equals(host))) {
                v = v.substring(0, comma).strip();
            }
        }
        if (v.length() < 2 || v.length() > MAX_NAME || v.contains("→") || v.contains("://") || v.startsWith("@")
                || v.startsWith("www.") || v.contains("[at]") || v.matches("\\S+@\\S+") || DATE_LIKE.matcher(v).find()
                || JUNK.matcher(v).find() || v.split("\\s+").length > MAX_WORDS) {
            return null;
        }
        String key = siteKey(v);
        if (!key.isEmpty() && (key.equals(site) || key.equals(host))) {
            return null;
        }
        return v;
    }

    private static boolean inComments(Element e) {
        for (Element p = e; p != null; p = p.parent()) {
            String names = ClassWords.of(p);
            if (names.contains("comment") || names.contains("kommentar") || names.contains("reply")) {
                return true;
            }
        }
        return false;
    }

    private static void add(List<String> out, String value, String site, String host) {
        String v = clean(value, site, host);
        if (v == null) {
            return;
        }
        for (String o : out) {
            if (o.toLowerCase(Locale.ROOT).equals(v.toLowerCase(Locale.ROOT))) {
                return;
            }
        }
        out.add(v);
    }

    /** A name as letters and digits only, lower case, without a leading "www." or trailing TLD. */
    private static String siteKey(String name) {
        if (name == null) {
            return "";
        }
        return name.toLowerCase(Locale.ROOT).replaceFirst("^(?:https?://)?(?:www\\.)?", "")
                .replaceFirst("\\.(?:[a-z]{2,3}|co\\.uk)$", "").replaceAll("[^\\p{L}\\p{N}]", "");
    }

    /** The registrable part of an address's host ("nationalgeographic" for www.nationalgeographic.co.uk). */
    private static String hostKey(String url) {
        if (url == null) {
            return "";
        }
        String host = url.replaceFirst("^[a-z]+://", "").replaceFirst("[/?#:].*$", "").toLowerCase(Locale.ROOT);
        String[] parts = host.split("\\.");
        if (parts.length < 2) {
            return "";
        }
        int i = parts.length - 2;
        if (parts[i].length() <= 3 && parts.length > 2 && (parts[i].equals("co") || parts[i].equals("com"))) {
            i--;
        }
        return parts[i].replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
