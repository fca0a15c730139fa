package org.annals.extract;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.annals.model.Article;
import org.annals.model.DocumentHints;
import org.annals.model.RawDocument;
import org.annals.model.Timestamp;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;

/**
 * Extracts an article from an HTML page with jsoup.
 *
 * <p>Metadata comes from Open Graph and article meta tags, JSON-LD ({@code NewsArticle},
 * {@code Article} and kin, also inside {@code @graph}), common date meta tags, {@code <time>} elements,
 * {@code <title>} (without the site's suffix) and {@code <html lang>}. The main text comes from
 * {@code [itemprop=articleBody]}, {@code <article>} or {@code <main>} when present, else from the
 * container with the most paragraph text at low link density, after navigation, share, cookie,
 * comment and similar blocks are dropped. Paragraphs and headings are emitted in document order and
 * then cleaned by the same line rules as plain text ({@link LineFilter}); a visible date line is the
 * last resort for the publication date.
 *
 * <p>Immutable and thread-safe; never throws for bad content (problems say what was missing).
 */
public final class HtmlArticleExtractor implements ArticleExtractor {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_SINGLE_QUOTES)
            .build();

    private static final Set<String> ARTICLE_TYPES = Set.of("newsarticle", "article", "reportagenewsarticle",
            "analysisnewsarticle", "opinionnewsarticle", "backgroundnewsarticle", "reviewnewsarticle",
            "blogposting", "liveblogposting", "report", "socialmediaposting");

    private static final List<String> DATE_META = List.of("article:published_time", "datepublished",
            "og:published_time", "date", "pubdate", "publishdate", "publish-date", "publish_date",
            "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date", "parsely-pub-date", "sailthru.date",
            "article.published", "published_time", "cxenseparse:recs:publishtime", "article:published",
            "publication_date", "citation_publication_date", "citation_date", "bepress_citation_date",
            "dc.date.created", "uploaddate", "datecreated", "schema:datecreated");
    private static final List<String> MODIFIED_META = List.of("article:modified_time", "datemodified",
            "og:updated_time", "last-modified", "dcterms.modified");

    private static final String DROPPED_TAGS = "script, style, noscript, nav, aside, form, iframe, svg, button, "
            + "template, select, input, textarea, object, embed, canvas, dialog, figcaption, "
            + "[hidden], [role=navigation], [role=contentinfo], [role=complementary], [role=banner], "
            + "[aria-hidden=true], [style~=(?i)display:\\s*none]";

    /** Class or id words that mark blocks around an article rather than in it. */
    private static final Pattern NOISE = Pattern.compile("(?:^|[^a-z])(?:share|sharing|sharer|social|socials"
            + "|cookie|cookies|consent|gdpr|newsletter|comment|comments|disqus|related|correlati|breadcrumb"
            + "|breadcrumbs|menu|navbar|nav|navigation|sidebar|widget|widgets|advert|advertisement|adv|ads|ad"
            + "|adsbygoogle|banner|promo|sponsor|sponsored|subscribe|subscription|paywall|popup|modal|tags"
            + "|tagcloud|outbrain|taboola|recommended|mostread|most-read|skip-link|footer|byline-share"
            // bylines, author boxes and picture credits: their dates are read before they go
            + "|byline|author|authors|autor|bio|caption|credit|credits|pagination|pager|rating)(?:[^a-z]|$)");

    private static final Pattern COMMENTS = Pattern.compile("comment|kommentar|disqus|respond|reply|discussion");

    private static final Set<String> EMPHASIS = Set.of("b", "strong", "i", "em", "a", "u", "mark");
    private static final Set<String> BLOCK_TEXT = Set.of("p", "pre", "dd", "dt", "address");
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
    private static final Set<String> INLINE = Set.of("a", "span", "em", "strong", "b", "i", "u", "small", "sup",
            "sub", "mark", "abbr", "cite", "q", "time", "code", "font", "s", "label", "bdi", "bdo", "data", "var",
            "kbd", "ins", "del", "img", "wbr");
    private static final Set<String> CONTAINERS_OF_BLOCKS = Set.of("p", "div", "section", "article", "ul", "ol",
            "table", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "li", "main", "header", "dl", "figure",
            "tr", "form");

    /** A paragraph this long is prose, not a teaser or a link list. */
    private static final int PROSE = 250;
    /** How many characters of prose one character of other text (links, labels) in a container costs. */
    private static final double NON_PROSE_COST = 5;
    /** A paragraph this long is prose: the headings after the last one head no article text. */
    private static final int TAIL_PROSE = 150;
    /** A heading must head at least this much text, else it titles a box emptied as boilerplate. */
    private static final int HEADED_TEXT = 20;
    /** A title this long is not found at the end of an ordinary line by chance. */
    private static final int MIN_TITLE_LINE = 20;
    /** How many words of a breadcrumb or kicker may stand before the title on its line. */
    private static final int TITLE_PREFIX_WORDS = 5;
    /** How many opening paragraphs may start with the article's dateline. */
    private static final int DATELINE_PARAGRAPHS = 3;
    /** A block of other text this short (a date, a byline) may stand between a lead and the body. */
    private static final int SHORT_LABEL = 80;
    /** How many levels above the body's container a lead is looked for. */
    private static final int LEAD_LEVELS = 3;
    /** A header whose own text runs this long holds a lead, not just a title, logo or date. */
    private static final int HEADER_LEAD = 60;

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");
    private static final Pattern SEPARATOR_END = Pattern.compile("[|:»«·–—/-]$");
    private static final Pattern SEPARATOR_START = Pattern.compile("^[|:»«·–—/(-]");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    /** The share of the shorter title's words a heading must share with the metadata title. */
    private static final double SIMILAR_TITLE = 0.4;
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[-|–—·:]{1,2}\\s+");

    private final LineFilter filter;
    private final PageKindClassifier pageKinds = new PageKindClassifier();

    /** An extractor with the shipped boilerplate rules. */
    public HtmlArticleExtractor() {
        this(BoilerplateRules.load());
    }

    public HtmlArticleExtractor(BoilerplateRules rules) {
        this.filter = new LineFilter(Objects.requireNonNull(rules, "rules"));
    }

    /**
     * An article with what the model does not carry: the author names the page states (JSON-LD,
     * meta tags, bylines), in order, without duplicates; empty when none is found.
     */
    record Detailed(Article article, List<String> authors) {
        Detailed {
            authors = List.copyOf(authors);
        }
    }

    @Override
    public Article extract(RawDocument document) {
        return extractDetailed(document).article();
    }

    /** As {@link #extract}, with the authors; for evaluation and for stages that want bylines. */
    Detailed extractDetailed(RawDocument document) {
        Objects.requireNonNull(document, "document");
        try {
            return extractHtml(document);
        } catch (RuntimeException | StackOverflowError e) {
            // content must never make extraction fail; deeply nested garbage can exhaust the stack
            return new Detailed(new Extracted(null, null, null, null, null, "", List.of(),
                    List.of("HTML extraction failed: " + e)).toArticle(document), List.of());
        }
    }

    private Detailed extractHtml(RawDocument document) {
        DocumentHints hints = document.hints();
        List<String> problems = new ArrayList<>();
        String content = TextArticleExtractor.normaliseNewlines(document.content());
        Document page = Jsoup.parse(content, hints.url() != null ? hints.url() : "");
        PageSignals signals = pageKinds.measure(page);

        Map<String, String> meta = metaTags(page);
        JsonLd ld = jsonLd(page, problems);
        String languageTag = first(page.selectFirst("html") == null ? null : page.selectFirst("html").attr("lang"),
                meta.get("content-language"), meta.get("og:locale"), meta.get("dc.language"), ld.language);
        String language = primaryLanguage(languageTag);

        String siteName = first(meta.get("og:site_name"), ld.publisher, meta.get("application-name"));
        String url = first(meta.get("og:url"), attr(page.selectFirst("link[rel=canonical]"), "abs:href"), ld.url);
        String h1 = text(page.selectFirst("h1"));
        String pageTitle = text(page.selectFirst("title"));
        String title = first(stripSiteName(meta.get("og:title"), siteName), stripSiteName(ld.headline, siteName),
                stripSiteName(meta.get("twitter:title"), siteName), stripSiteName(pageTitle, siteName), h1);
        title = similarHeading(page, headingWithin(page, title, siteName), siteName);

        List<String> dateCandidates = new ArrayList<>();
        for (String name : DATE_META) {
            addIfPresent(dateCandidates, meta.get(name));
            if (name.equals("datepublished")) {
                addIfPresent(dateCandidates, ld.published);
            }
        }
        for (Element e : page.select("[itemprop=datePublished]")) {
            addIfPresent(dateCandidates, first(e.attr("datetime"), e.attr("content"), e.text()));
        }
        for (Element e : page.select("abbr.published[title], [property=schema:datePublished][content]")) {
            addIfPresent(dateCandidates, first(e.attr("content"), e.attr("title")));
        }
        for (Element e : page.select("time[pubdate]")) {
            addIfPresent(dateCandidates, first(e.attr("datetime"), e.text()));
        }
        List<String> modifiedCandidates = new ArrayList<>();
        addIfPresent(modifiedCandidates, ld.modified);
        for (String name : MODIFIED_META) {
            addIfPresent(modifiedCandidates, meta.get(name));
        }

        // date lines often sit in page headers that boilerplate removal drops: read them first
        List<String> authors = Authors.find(page, meta, ld.authors, siteName, first(hints.url(), url));
        DateLines.Order preOrder = LineFilter.orderFor(languageTag, "");
        List<PageDates.Found> visibleDates = PageDates.visible(page.body(), preOrder);
        LocalDate nearTitle = PageDates.nearTitle(page.body(), preOrder, title);
        Element root = mainContent(page);
        // a <time> in the article (or, failing that, what is left of the page) is weaker than metadata
        Element time = root == null ? null : root.selectFirst("time[datetime]");
        if (time == null && page.body() != null) {
            time = page.body().selectFirst("time[datetime]");
        }
        List<String> weakCandidates = new ArrayList<>();
        if (time != null) {
            addIfPresent(weakCandidates, time.attr("datetime"));
        }
        List<LineFilter.Block> blocks = root == null ? List.of() : dropRelatedSections(blocks(root, filter), filter);
        String sample = root == null ? "" : root.text();
        DateLines.Order order = LineFilter.orderFor(languageTag, sample.length() > 5000 ? sample.substring(0, 5000) : sample);
        LineFilter.Result filtered = filter.filter(blocks, order);

        String publisher = first(filtered.publisher(), ld.publisher, meta.get("og:site_name"), meta.get("application-name"));
        String zonePublisher = first(hints.publisher(), publisher);
        String zoneUrl = first(hints.url(), url);

        List<String> dateProblems = new ArrayList<>();
        Timestamp inLines = filtered.published(zoneUrl, zonePublisher, languageTag, dateProblems);
        if (inLines == null) {
            LocalDate dateline = firstParagraphDateline(filtered.kept(), order);
            inLines = dateline == null ? null : Timestamp.of(dateline);
        }
        PublicationDate.Choice choice = PublicationDate.choose(new PublicationDate.Evidence(
                stamps(dateCandidates, order, zoneUrl, zonePublisher, languageTag),
                stamps(weakCandidates, order, zoneUrl, zonePublisher, languageTag),
                PageDates.inUrl(first(hints.url(), url)), inLines, visibleDates, nearTitle,
                stamps(modifiedCandidates, order, zoneUrl, zonePublisher, languageTag)));
        Timestamp published = choice == null ? null : choice.value();
        if (published != null && published == inLines) {
            problems.addAll(dateProblems);
        }
        if (choice != null && choice.fromModified()) {
            problems.add("publication date taken from the last-modified time");
        }
        if (published != null && published.time() != null && published.offset() == null) {
            problems.add("publication time " + published.time() + " has no known time zone; kept without offset");
        }

        String finalTitle = hints.title() != null ? hints.title() : title;
        List<String> paragraphs = new ArrayList<>();
        List<String> headings = new ArrayList<>();
        List<LineFilter.Block> kept = dropTitleAndDanglingHeadings(filtered.kept(), finalTitle);
        for (int k = 0; k < kept.size(); k++) {
            LineFilter.Block b = kept.get(k);
            // lines of one <p> split at <br> come back together once boilerplate lines are out
            if (!b.heading() && k > 0 && !kept.get(k - 1).heading() && kept.get(k - 1).group() == b.group()) {
                paragraphs.set(paragraphs.size() - 1, paragraphs.get(paragraphs.size() - 1) + "\n" + b.text());
                continue;
            }
            paragraphs.add(b.text());
            if (b.heading()) {
                headings.add(b.text());
            }
        }
        String text = String.join("\n\n", paragraphs);
        if (text.isEmpty()) {
            problems.add(root == null || blocks.isEmpty() ? "no main text found in the page"
                    : "no text left after removing boilerplate");
        }
        Article article = new Extracted(title, url, published, publisher, language, text, headings, problems)
                .toArticle(document);
        return new Detailed(pageKinds.review(signals, article), authors);
    }

    // ---- metadata ----------------------------------------------------------------------------

    /** meta tags by lower-cased name, property, itemprop or http-equiv; the first value wins. */
    private static Map<String, String> metaTags(Document page) {
        Map<String, String> out = new HashMap<>();
        for (Element m : page.select("meta")) {
            String value = m.attr("content").strip();
            if (value.isEmpty()) {
                continue;
            }
            for (String key : List.of("property", "name", "itemprop", "http-equiv")) {
                String k = m.attr(key).strip().toLowerCase(Locale.ROOT);
                if (!k.isEmpty()) {
                    out.putIfAbsent(k, value);
                }
            }
        }
        return out;
    }

    /**
     * The date one of the first paragraphs of the text opens with, as press releases do (after a
     * byline, perhaps); null when none does.
     */
    private static LocalDate firstParagraphDateline(List<LineFilter.Block> blocks, DateLines.Order order) {
        int paragraphs = 0;
        for (LineFilter.Block b : blocks) {
            if (!b.heading()) {
                LocalDate d = PageDates.leading(b.text(), order);
                if (d != null || ++paragraphs == DATELINE_PARAGRAPHS) {
                    return d;
                }
            }
        }
        return null;
    }

    /** The dates among the candidates, as the page's zone gives them, marked when written in UTC. */
    private static List<PublicationDate.Stamp> stamps(List<String> candidates, DateLines.Order order, String url,
                                                      String publisher, String language) {
        List<PublicationDate.Stamp> out = new ArrayList<>();
        for (String candidate : candidates) {
            Optional<DateLines.Parsed> p = DateLines.parse(candidate, order);
            if (p.isPresent()) {
                boolean utc = p.get().offset() != null && p.get().offset().getTotalSeconds() == 0;
                Timestamp local = utc ? localMidnight(p.get(), url, publisher, language) : null;
                out.add(local != null ? new PublicationDate.Stamp(local, false) : new PublicationDate.Stamp(
                        LineFilter.toTimestamp(p.get(), url, publisher, language, null, new ArrayList<>()), utc));
            }
        }
        return out;
    }

    /**
     * The publisher's day when a UTC time is its local midnight (23:00Z for Berlin in winter), else
     * null: a content system that stores a bare date as local midnight and writes it out in UTC puts
     * it on the day before.
     */
    static Timestamp localMidnight(DateLines.Parsed utc, String url, String publisher, String language) {
        if (utc.time() == null || utc.time().getMinute() != 0 || utc.time().getSecond() != 0) {
            return null;
        }
        Optional<ZoneId> zone = PublisherZones.infer(url, publisher, language);
        if (zone.isEmpty()) {
            return null;
        }
        ZonedDateTime there = utc.date().atTime(utc.time()).atZone(ZoneOffset.UTC).withZoneSameInstant(zone.get());
        return there.toLocalTime().equals(LocalTime.MIDNIGHT) && !there.getOffset().equals(ZoneOffset.UTC)
                ? Timestamp.of(there.toLocalDate()) : null;
    }

    /** What the first article object in the page's JSON-LD says. */
    private record JsonLd(String headline, String published, String modified, String publisher, String url,
                          String language, List<String> authors) {}

    private static JsonLd jsonLd(Document page, List<String> problems) {
        List<JsonNode> objects = new ArrayList<>();
        for (Element script : page.select("script[type~=(?i)application/ld\\+json]")) {
            String json = script.data().strip();
            if (json.isEmpty()) {
                continue;
            }
            try {
                collect(JSON.readTree(json), objects, 0);
            } catch (JsonProcessingException e) {
                problems.add("unreadable JSON-LD block skipped");
            }
        }
        Map<String, JsonNode> byId = new LinkedHashMap<>();
        JsonNode article = null;
        for (JsonNode o : objects) {
            String id = o.path("@id").asText("");
            if (!id.isEmpty()) {
                byId.putIfAbsent(id, o);
            }
            if (article == null && isArticle(o)) {
                article = o;
            }
        }
        // pages whose JSON-LD describes only the WebPage (common with SEO plugins) still date it
        String anyPublished = null;
        for (JsonNode o : objects) {
            anyPublished = first(anyPublished, string(o.get("datePublished")));
        }
        if (article == null) {
            // SEO plugins put the author on the WebPage when they describe no article
            JsonNode authored = null;
            for (JsonNode o : objects) {
                authored = authored == null && o.has("author") ? o : authored;
            }
            return new JsonLd(null, anyPublished, null, null, null, null, authorNames(authored, byId));
        }
        JsonNode publisher = resolve(article.get("publisher"), byId);
        List<String> authors = authorNames(article, byId);
        JsonNode page0 = article.get("mainEntityOfPage");
        String url = first(string(article.get("url")),
                page0 == null ? null : page0.isTextual() ? page0.asText() : string(page0.get("@id")));
        return new JsonLd(first(string(article.get("headline")), string(article.get("name"))),
                first(string(article.get("datePublished")), anyPublished), string(article.get("dateModified")),
                name(publisher), url, string(article.get("inLanguage")), authors);
    }

    /** The names of an object's authors, references to objects of the page resolved; empty when none. */
    private static List<String> authorNames(JsonNode object, Map<String, JsonNode> byId) {
        List<String> authors = new ArrayList<>();
        JsonNode author = object == null ? null : object.get("author");
        if (author != null) {
            for (JsonNode a : author.isArray() ? author : List.of(author)) {
                addIfPresent(authors, name(resolve(a, byId)));
            }
        }
        return authors;
    }

    private static void collect(JsonNode node, List<JsonNode> out, int depth) {
        if (node == null || depth > 6) {
            return;
        }
        if (node.isArray()) {
            for (JsonNode n : node) {
                collect(n, out, depth + 1);
            }
        } else if (node.isObject()) {
            out.add(node);
            collect(node.get("@graph"), out, depth + 1);
            JsonNode main = node.get("mainEntity");
            if (main != null && main.isObject()) {
                collect(main, out, depth + 1);
            }
        }
    }

    private static boolean isArticle(JsonNode o) {
        JsonNode type = o.get("@type");
        if (type == null) {
            return false;
        }
        for (JsonNode t : type.isArray() ? type : List.of(type)) {
            String s = t.asText("").toLowerCase(Locale.ROOT).replaceFirst("^https?://schema\\.org/", "");
            if (ARTICLE_TYPES.contains(s)) {
                return true;
            }
        }
        return false;
    }

    /** A reference {"@id": ...} replaced by the object it names, when the page defines it. */
    private static JsonNode resolve(JsonNode node, Map<String, JsonNode> byId) {
        if (node != null && node.isArray() && node.size() > 0) {
            node = node.get(0);
        }
        if (node != null && node.isObject() && node.size() == 1 && node.has("@id")) {
            JsonNode target = byId.get(node.get("@id").asText());
            return target != null ? target : node;
        }
        return node;
    }

    private static String name(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isTextual()) {
            return blankToNull(node.asText());
        }
        return string(node.get("name"));
    }

    private static String string(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isArray()) {
            return node.size() == 0 ? null : string(node.get(0));
        }
        return node.isValueNode() ? blankToNull(node.asText()) : null;
    }

    /**
     * The title without the site's name: "Title - Site", "Title | Site", "Site | Title". The part
     * dropped must match the site name, or be short next to a longer title.
     */
    static String stripSiteName(String title, String siteName) {
        String t = blankToNull(title);
        if (t == null) {
            return null;
        }
        t = SPACES.matcher(t).replaceAll(" ");
        var m = TITLE_SEPARATOR.matcher(t);
        int lastStart = -1;
        int lastEnd = -1;
        int firstStart = -1;
        int firstEnd = -1;
        while (m.find()) {
            if (firstStart < 0) {
                firstStart = m.start();
                firstEnd = m.end();
            }
            lastStart = m.start();
            lastEnd = m.end();
        }
        if (lastStart < 0) {
            return t;
        }
        String head = t.substring(0, lastStart).strip();
        String tail = t.substring(lastEnd).strip();
        if (sameSite(tail, siteName)) {
            return head;
        }
        String lead = t.substring(0, firstStart).strip();
        if (sameSite(lead, siteName)) {
            return t.substring(firstEnd).strip();
        }
        // a short brand after the title ("… - ANSA" on a site that names itself "ANSA.it Agenzia")
        boolean brandLike = isShort(tail) && !tail.isEmpty()
                && (Character.isUpperCase(tail.charAt(0)) || Character.isDigit(tail.charAt(0)));
        if (brandLike && words(head) >= 4 && head.length() > tail.length()
                && !t.substring(lastStart, lastEnd).contains(":")) {
            return head;
        }
        return t;
    }

    /**
     * The page's own heading when the metadata title is that heading plus extras ("Kicker: Heading",
     * "Heading | Blog name", "Site » Archive » Heading"): the heading is the article's title as shown.
     * A heading that names the site is not taken. A heading split into a kicker and a headline
     * ({@code <h1><span>Klimaschutz</span><span>: </span><span>Bohren, bis es heiß wird</span></h1>},
     * in an {@code <h1>} or an {@code <h2>}) offers its headline as well.
     */
    static String headingWithin(Document page, String title, String siteName) {
        if (title == null) {
            return null;
        }
        String titleKey = key(title);
        List<String> candidates = new ArrayList<>();
        for (Element h : page.select("h1")) {
            candidates.add(text(h));
            candidates.add(splitHeadline(h));
        }
        for (Element h : page.select("h2")) {
            candidates.add(splitHeadline(h));
        }
        for (String text : candidates) {
            if (text == null || text.length() < 8 || text.length() >= title.length() || sameSite(text, siteName)) {
                continue;
            }
            String k = key(text);
            int at = titleKey.indexOf(k);
            if (at < 0) {
                continue;
            }
            // what is left must be set off by punctuation: a separator or a kicker's colon
            String before = titleKey.substring(0, at).strip();
            String after = titleKey.substring(at + k.length()).strip();
            if ((before.isEmpty() || SEPARATOR_END.matcher(before).find())
                    && (after.isEmpty() || SEPARATOR_START.matcher(after).find())) {
                return text;
            }
        }
        return title;
    }

    /**
     * The headline of a heading made of a kicker and a headline in elements of their own, with at
     * most separators between them: the text of its last child, when that is longer than the first
     * child's. Null for any other heading, and for one whose parts are bold, italic or linked words:
     * those set off part of a title ({@code <b>Editor's Letter:</b> <i>…</i>}), not a kicker.
     */
    private static String splitHeadline(Element h) {
        Elements parts = h.children();
        if (parts.size() < 2 || !NON_WORD.matcher(h.ownText()).replaceAll("").isEmpty()
                || EMPHASIS.contains(parts.first().normalName()) || EMPHASIS.contains(parts.last().normalName())) {
            return null;
        }
        String kicker = text(parts.first());
        String headline = text(parts.last());
        return kicker == null || headline == null || kicker.length() >= headline.length() ? null : headline;
    }

    /**
     * The page's own heading ({@code <h1>}, else {@code <h2>}) when it words the metadata title a
     * little differently (editors rewrite titles for search engines and social networks): the
     * heading the reader sees is the article's title. They must share at least two words and most of
     * the shorter one's. A heading that goes on after the whole metadata title completes it (search
     * titles get cut); one that puts words before it adds a kicker or a section name: then the
     * metadata title stays. Headings naming the site are skipped.
     */
    static String similarHeading(Document page, String title, String siteName) {
        if (title == null) {
            return null;
        }
        Set<String> titleWords = wordSet(key(title));
        for (String query : List.of("h1", "h2")) {
            for (Element h : page.select(query)) {
                String text = text(h);
                if (text == null || sameSite(text, siteName)) {
                    continue;
                }
                String k = key(text);
                if (k.startsWith(key(title))) {
                    return text;
                }
                if (k.contains(key(title))) {
                    return title;
                }
                Set<String> headingWords = wordSet(key(text));
                int shared = 0;
                for (String w : headingWords) {
                    shared += titleWords.contains(w) ? 1 : 0;
                }
                if ((shared >= 2 || headingWords.equals(titleWords))
                        && shared >= SIMILAR_TITLE * Math.min(headingWords.size(), titleWords.size())) {
                    return text;
                }
            }
        }
        return title;
    }

    private static Set<String> wordSet(String text) {
        Set<String> out = new HashSet<>();
        for (String w : NON_WORD.split(text)) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    private static boolean sameSite(String part, String siteName) {
        if (siteName == null || part.isEmpty()) {
            return false;
        }
        String a = siteKey(part);
        String b = siteKey(siteName);
        return !a.isEmpty() && !b.isEmpty() && (a.equals(b) || a.contains(b) || b.contains(a));
    }

    private static String siteKey(String s) {
        return s.toLowerCase(Locale.ROOT).replaceFirst("^(?:https?://)?(?:www\\.)?", "")
                .replaceFirst("\\.(?:it|com|net|org|co\\.uk|uk|info|eu|news)$", "").replaceAll("[^\\p{L}\\p{N}]", "");
    }

    private static boolean isShort(String s) {
        return s.length() <= 30 && words(s) <= 3;
    }

    // ---- main text ---------------------------------------------------------------------------

    /** The element holding the article body after noise is removed, or null for a page without body. */
    static Element mainContent(Document page) {
        Element body = page.body();
        if (body == null) {
            return null;
        }
        int bodyText = body.text().length();
        Set<Element> protectedRoots = new HashSet<>(page.select("[itemprop=articleBody], article, main, [role=main]"));
        for (Element e : page.select("header")) {
            // a page's masthead goes; an article's own header (title, lead, byline, date) stays
            if (e.parents().stream().noneMatch(p -> p.normalName().equals("article")) && !coversMostOf(e, bodyText)
                    && !isArticleHeader(e)) {
                e.remove();
            }
        }
        for (Element e : page.select("footer")) {
            if (!coversMostOf(e, bodyText)) {
                e.remove();
            }
        }
        for (Element e : body.select(DROPPED_TAGS)) {
            // whole-page forms (ASP.NET) and the like hold the article: keep those; so are pages
            // (and posts) whose text is only there for browsers without scripts
            if (e.normalName().equals("noscript") && paragraphText(e) >= 200) {
                e.unwrap();
            } else if (!e.normalName().equals("form") || !coversMostOf(e, bodyText)) {
                e.remove();
            }
        }
        TextMass unpruned = new TextMass(body);
        double bodyProse = unpruned.mass(body);
        for (Element e : body.select("[class], [id]")) {
            if (e.parent() == null || protectedRoots.contains(e) || e == body) {
                continue;
            }
            String words = ClassWords.of(e);
            // a long comment thread can outweigh the article: comments go whatever their size
            boolean comments = COMMENTS.matcher(words).find();
            if (NOISE.matcher(words).find() && !containsAny(e, protectedRoots)
                    && (comments || !coversMostOf(e, bodyText) && !holdsTheProse(e, words, unpruned, bodyProse))) {
                e.remove();
            }
        }
        TextMass prose = new TextMass(body);
        Element scored = prose.best();
        double scoredMass = scored == null ? 0 : prose.mass(scored);
        // the page's own markup names the body; trust it unless it misses most of the prose (a
        // teaser <article>, an author box marked up as the article)
        for (String query : List.of("[itemprop=articleBody]", "article", "main, [role=main]")) {
            Element best = null;
            double bestMass = 0;
            for (Element e : body.select(query)) {
                double m = prose.mass(e);
                if (m > bestMass) {
                    best = e;
                    bestMass = m;
                }
            }
            if (best != null && bestMass >= 200 && bestMass >= scoredMass * 0.5) {
                return withLead(widest(prose, best, body), prose, body);
            }
        }
        return scored == null ? body : withLead(widest(prose, scored, body), prose, body);
    }

    /**
     * The root with the prose blocks right before it moved in: a lead or standfirst that sits in a
     * block of its own before the body, possibly a level or two up, separated from it by pictures or
     * short lines (a date, a byline) only. The search stops at anything else, or at the page's main
     * heading: what comes before the title is not the article. The page is this extractor's own
     * parsed copy, so moving the blocks costs nothing and keeps a single root to walk.
     */
    private static Element withLead(Element root, TextMass prose, Element body) {
        List<Element> lead = new ArrayList<>();
        Element level = root;
        search:
        for (int depth = 0; depth < LEAD_LEVELS && level != null && level != body; depth++) {
            for (Element s = level.previousElementSibling(); s != null; s = s.previousElementSibling()) {
                int text = prose.text(s);
                double mass = prose.mass(s);
                if (text == 0) {
                    continue;
                }
                if (mass > 0 && mass >= text * 0.8) {
                    lead.add(s);
                    continue;
                }
                if (text > SHORT_LABEL || s.normalName().equals("h1") || s.selectFirst("h1") != null) {
                    break search;
                }
            }
            level = level.parent();
        }
        for (Element s : lead) {
            root.prependChild(s);
        }
        return root;
    }

    /**
     * The container, or the ancestor of it up to the body, that best balances prose gained against
     * other text gained: a body split over sibling blocks (a lead or teaser before the text, text
     * blocks between pictures, a second column) is taken whole, while an ancestor that adds link
     * lists, labels or widgets is not. Each character of non-prose costs {@link #NON_PROSE_COST}
     * characters of prose, so only ancestors whose additions are almost all prose are taken.
     */
    private static Element widest(TextMass prose, Element start, Element body) {
        Element best = start;
        double bestObj = Double.NEGATIVE_INFINITY;
        for (Element e = start; e != null; e = e.parent()) {
            double m = prose.mass(e);
            double obj = m - NON_PROSE_COST * (prose.text(e) - m);
            if (obj > bestObj) {
                bestObj = obj;
                best = e;
            }
            if (e == body) {
                break;
            }
        }
        return best;
    }

    /**
     * Whether a {@code <header>} outside any {@code <article>} is the article's own header rather than
     * the site's masthead: it holds the page's main heading and a lead, a paragraph of prose that
     * mastheads (logo, menu, search) do not have.
     */
    private static boolean isArticleHeader(Element header) {
        if (header.selectFirst("h1") == null) {
            return false;
        }
        for (Element p : header.select("p, div, h2")) {
            if (p.ownText().length() >= HEADER_LEAD) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a block with a noise-like name ("box article modal-enabled", "o-row
     * c-fixed-sidebar-layout", "elementor-widget-text-editor") still holds most of the page's prose, or
     * a tenth of it (a paragraph's worth at least) with (almost) nothing but prose: then the name describes a layout or a state, not
     * boilerplate. Comment sections can be long, so they never qualify.
     */
    private static boolean holdsTheProse(Element e, String words, TextMass prose, double bodyProse) {
        if (bodyProse < 500 || COMMENTS.matcher(words).find()) {
            return false;
        }
        double mass = prose.mass(e);
        // page builders wrap each text block of an article in a "widget": a block that is all prose
        // and a fair share of the page's is a part of the article
        return mass >= bodyProse * 0.5 || mass >= Math.max(PROSE, bodyProse * 0.1) && mass >= prose.text(e) * 0.9;
    }

    private static boolean coversMostOf(Element e, int bodyText) {
        return bodyText > 0 && e.text().length() > bodyText * 0.6;
    }

    private static boolean containsAny(Element e, Set<Element> roots) {
        for (Element r : roots) {
            for (Element p = r; p != null; p = p.parent()) {
                if (p == e) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int paragraphText(Element e) {
        int len = 0;
        for (Element p : e.select("p, pre, blockquote")) {
            len += p.text().length();
        }
        return len > 0 ? len : e.ownText().length();
    }

    /**
     * The container whose paragraphs hold the most text not in links: each paragraph scores its
     * length for its parent and half for its grandparent.
     */
    private static Element bestByParagraphs(Element body) {
        Map<Element, Double> score = new HashMap<>();
        for (Element p : body.select("p, pre, td, blockquote")) {
            String text = p.text();
            if (text.length() < 25) {
                continue;
            }
            double weight = text.length() * (1 - linkDensity(p));
            Element parent = p.parent();
            if (parent != null) {
                score.merge(parent, weight, Double::sum);
                if (parent.parent() != null) {
                    score.merge(parent.parent(), weight / 2, Double::sum);
                }
            }
        }
        return score.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    private static double linkDensity(Element e) {
        int total = e.text().length();
        if (total == 0) {
            return 0;
        }
        int links = 0;
        for (Element a : e.select("a")) {
            links += a.text().length();
        }
        return Math.min(1.0, (double) links / total);
    }

    /** Paragraphs and headings of the root, in document order. */
    private static List<LineFilter.Block> blocks(Element root, LineFilter filter) {
        List<LineFilter.Block> out = new ArrayList<>();
        // group[0]: the last paragraph group; group[1]: link characters in the pending inline run
        int[] group = {0, 0};
        StringBuilder inline = new StringBuilder();
        new Walker(filter).walk(root, out, inline, group, 0);
        flush(inline, out, group, filter);
        return out;
    }

    /**
     * Drops the sections a stand-alone cue line opens ("Related", "Mehr zum Thema", "Comments"): the
     * cue and the blocks after it, up to the next heading that is not a cue itself or a paragraph
     * long enough to be prose (teasers are short). Only cues after some body text open such a
     * section: above the body they belong to navigation. A cue is stand-alone when it is a heading or a
     * block of its own; a cue inside a paragraph is left to the line rules.
     */
    static List<LineFilter.Block> dropRelatedSections(List<LineFilter.Block> blocks, LineFilter filter) {
        List<LineFilter.Block> out = new ArrayList<>(blocks.size());
        boolean skipping = false;
        int before = 0;
        for (int i = 0; i < blocks.size(); i++) {
            LineFilter.Block b = blocks.get(i);
            boolean alone = b.heading() || ((i == 0 || blocks.get(i - 1).group() != b.group())
                    && (i + 1 == blocks.size() || blocks.get(i + 1).group() != b.group()));
            if (alone && filter.isSectionCue(b.text())) {
                // before the body has begun a cue is navigation: only the cue goes
                skipping = before >= PROSE;
                continue;
            }
            if (skipping && (b.heading() || b.text().length() >= PROSE)) {
                skipping = false;
            }
            if (!skipping) {
                out.add(b);
                before += b.heading() ? 0 : b.text().length();
            }
        }
        return out;
    }

    /** Walks an element tree; holds only the (immutable) filter, to keep syndication footers made of links. */
    private record Walker(LineFilter filter) {
        void walk(Element element, List<LineFilter.Block> out, StringBuilder inline, int[] group, int depth) {
            for (Node child : element.childNodes()) {
                if (child instanceof TextNode t) {
                    inline.append(t.getWholeText());
                    continue;
                }
                if (!(child instanceof Element e)) {
                    continue;
                }
                String tag = e.normalName();
                if (HEADINGS.contains(tag)) {
                    flush(inline, out, group, filter);
                    String text = clean(e.text());
                    if (!text.isEmpty() && linkDensity(e) < 0.5) {
                        out.add(new LineFilter.Block(text, true, ++group[0]));
                    }
                } else if (tag.equals("br")) {
                    inline.append('\n');
                } else if (BLOCK_TEXT.contains(tag) || ((tag.equals("li") || tag.equals("blockquote")) && !hasBlockChild(e))) {
                    flush(inline, out, group, filter);
                    if (tag.equals("li") && linkDensity(e) > 0.5) {
                        continue;
                    }
                    if (linkDensity(e) > 0.8 && e.text().length() < 200 && !filter.isSyndication(e.text())) {
                        continue;
                    }
                    emitLines(tag.equals("pre") ? e.wholeText() : linesText(e), out, group);
                } else if (tag.equals("tr") && e.select("p, div, table, ul, ol, h1, h2, h3, h4, h5, h6").isEmpty()) {
                    flush(inline, out, group, filter);
                    List<String> cells = new ArrayList<>();
                    for (Element cell : e.select("> td, > th")) {
                        String c = clean(cell.text());
                        if (!c.isEmpty()) {
                            cells.add(c);
                        }
                    }
                    if (!cells.isEmpty()) {
                        out.add(new LineFilter.Block(String.join(" | ", cells), false, ++group[0]));
                    }
                } else if (INLINE.contains(tag) && !hasBlockChild(e)) {
                    String text = linesText(e);
                    inline.append(' ').append(text).append(' ');
                    if (tag.equals("a")) {
                        group[1] += nonSpace(text);
                    } else if (e.selectFirst("a") != null) {
                        group[1] += (int) (nonSpace(text) * linkDensity(e));
                    }
                } else if (depth < 200) {
                    flush(inline, out, group, filter);
                    walk(e, out, inline, group, depth + 1);
                    flush(inline, out, group, filter);
                }
            }
        }
    }

    private static boolean hasBlockChild(Element e) {
        for (Element c : e.children()) {
            if (CONTAINERS_OF_BLOCKS.contains(c.normalName())) {
                return true;
            }
        }
        return false;
    }

    /** The element's text with its {@code <br>} breaks kept as newlines. */
    private static String linesText(Element e) {
        StringBuilder sb = new StringBuilder();
        appendLines(e, sb);
        return sb.toString();
    }

    private static void appendLines(Node node, StringBuilder sb) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode t) {
                sb.append(t.getWholeText());
            } else if (child instanceof Element c) {
                if (c.normalName().equals("br")) {
                    sb.append('\n');
                } else {
                    boolean block = !INLINE.contains(c.normalName());
                    if (block) {
                        sb.append('\n');
                    }
                    appendLines(c, sb);
                    if (block) {
                        sb.append('\n');
                    }
                }
            }
        }
    }

    /**
     * Emits the pending inline run (text directly inside a container, outside paragraphs). A short
     * run made of links is a link list or a teaser ("related" titles, tag lists): it is dropped,
     * unless it is a syndication footer.
     */
    private static void flush(StringBuilder inline, List<LineFilter.Block> out, int[] group, LineFilter filter) {
        if (inline.length() > 0) {
            String text = inline.toString();
            int chars = nonSpace(text);
            boolean links = group[1] > 0 && group[1] >= chars * 0.8 && chars < 200;
            if (!links || filter.isSyndication(clean(text))) {
                emitLines(text, out, group);
            }
            inline.setLength(0);
        }
        group[1] = 0;
    }

    private static int nonSpace(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (!Spaces.isSpace(s.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    /** One block per non-empty line, all in a new group (one source paragraph). */
    private static void emitLines(String text, List<LineFilter.Block> out, int[] group) {
        int g = ++group[0];
        for (String line : text.split("\n")) {
            String c = clean(line);
            if (!c.isEmpty()) {
                out.add(new LineFilter.Block(c, false, g));
            }
        }
    }

    /**
     * Drops the title where the page repeats it (its h1, perhaps after a kicker or a breadcrumb) and
     * the headings that head no text: those with (almost) nothing before the next heading, and those
     * after the last paragraph of prose. They are the titles of boxes whose content went as
     * boilerplate ("Related", "Contact", "Share this"), or the headlines of teasers after the article.
     */
    private static List<LineFilter.Block> dropTitleAndDanglingHeadings(List<LineFilter.Block> blocks, String title) {
        String titleKey = title == null ? null : key(title);
        int lastProse = -1;
        for (int i = 0; i < blocks.size(); i++) {
            if (!blocks.get(i).heading() && blocks.get(i).text().length() >= TAIL_PROSE) {
                lastProse = i;
            }
        }
        List<LineFilter.Block> out = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            LineFilter.Block b = blocks.get(i);
            if (titleKey != null && isTitleLine(key(b.text()), titleKey)
                    || b.heading() && (i > lastProse || textUnder(blocks, i) < HEADED_TEXT)) {
                continue;
            }
            out.add(b);
        }
        return out;
    }

    /**
     * Whether a line is the title, or the title after two to five words: a breadcrumb ending in it
     * ("Home Politics Title") or a kicker the heading puts before it ("Kicker of a few words Title").
     */
    private static boolean isTitleLine(String line, String titleKey) {
        if (line.equals(titleKey)) {
            return true;
        }
        // one word before the title reads as a sentence's start ("My Top 10 …"), not as a trail
        int before = line.endsWith(" " + titleKey) && titleKey.length() >= MIN_TITLE_LINE
                ? words(line.substring(0, line.length() - titleKey.length())) : 0;
        return before >= 2 && before <= TITLE_PREFIX_WORDS;
    }

    /** The length of the text between a heading and the next heading. */
    private static int textUnder(List<LineFilter.Block> blocks, int heading) {
        int length = 0;
        for (int j = heading + 1; j < blocks.size() && !blocks.get(j).heading(); j++) {
            length += blocks.get(j).text().length();
        }
        return length;
    }

    private static String key(String s) {
        return Spaces.collapse(s).toLowerCase(Locale.ROOT);
    }

    // ---- small helpers -----------------------------------------------------------------------

    private static String clean(String s) {
        return Spaces.collapse(s);
    }

    private static String text(Element e) {
        return e == null ? null : blankToNull(clean(e.text()));
    }

    private static String attr(Element e, String name) {
        return e == null ? null : blankToNull(e.attr(name));
    }

    private static String primaryLanguage(String tag) {
        if (tag == null) {
            return null;
        }
        String p = tag.strip().toLowerCase(Locale.ROOT).split("[-_]")[0];
        return p.matches("[a-z]{2}") ? p : null;
    }

    @SafeVarargs
    private static <T> T first(T... values) {
        for (T v : values) {
            if (v instanceof String s ? !s.isBlank() : v != null) {
                return v;
            }
        }
        return null;
    }

    private static void addIfPresent(List<String> list, String value) {
        if (value != null && !value.isBlank()) {
            list.add(value.strip());
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static int words(String s) {
        String t = s.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }
}
