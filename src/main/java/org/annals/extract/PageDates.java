package org.annals.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Publication dates a page shows outside its metadata: in its address ({@code /2024/06/19/}) and in
 * short date-like elements ("19. Juni 2024", "Veröffentlicht am 16.08.2019", "Published: June 19,
 * 2024"). Month names ({@code months.tsv}) and the cue words that tell a publication date from an
 * update ({@code date-cues.tsv}) are resource files.
 *
 * <p>Unlike {@link DateLines}, a date is found inside a short text, not only as the whole of it; only
 * short texts are read, so prose is not searched. Years outside 1990 to next year are ignored.
 * Stateless and thread-safe.
 */
final class PageDates {

    /** What the words around a date say it is. */
    enum Kind { PUBLISHED, PLAIN, UPDATED }

    /** A date found in the page, with what it appears to be. */
    record Found(LocalDate date, Kind kind) {}

    private static final Map<String, Integer> MONTHS = new HashMap<>();
    private static final Pattern PUBLISHED_CUE;
    private static final Pattern UPDATED_CUE;

    static {
        for (String[] row : rows("months.tsv")) {
            for (String name : row[2].split("\\|")) {
                MONTHS.put(name, Integer.parseInt(row[1]));
            }
        }
        Map<String, String> cues = new HashMap<>();
        for (String[] row : rows("date-cues.tsv")) {
            cues.put(row[0], row[1]);
        }
        PUBLISHED_CUE = Pattern.compile(cues.get("published"), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        UPDATED_CUE = Pattern.compile(cues.get("updated"), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static final String MONTH_ALT = String.join("|",
            MONTHS.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed()).toList());
    private static final String NO_DIGIT_BEFORE = "(?<![\\d.])";
    private static final Pattern ISO = Pattern.compile(
            NO_DIGIT_BEFORE + "(?<y>(?:19|20)\\d{2})-(?<m>\\d{1,2})-(?<d>\\d{1,2})(?!\\d)");
    private static final Pattern NUMERIC = Pattern.compile(
            NO_DIGIT_BEFORE + "(?<a>\\d{1,2})(?<sep>[./])\\s?(?<b>\\d{1,2})\\k<sep>\\s?(?<y>(?:19|20)\\d{2}|\\d{2})(?![\\d])");
    private static final Pattern DAY_MONTH = Pattern.compile(NO_DIGIT_BEFORE
            + "(?<d>\\d{1,2})(?:\\.|er|st|nd|rd|th|º|°)?\\s*(?:de\\s+|of\\s+)?(?<mon>" + MONTH_ALT
            + ")\\.?,?\\s+(?:de\\s+)?(?<y>(?:19|20)\\d{2})(?!\\d)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern MONTH_DAY = Pattern.compile("(?<![\\p{L}])(?<mon>" + MONTH_ALT
            + ")\\.?\\s+(?<d>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?<y>(?:19|20)\\d{2})(?!\\d)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern URL_DATE = Pattern.compile(
            "/(?<y>(?:19|20)\\d{2})[/-](?<m>0?[1-9]|1[0-2])[/-](?<d>0?[1-9]|[12]\\d|3[01])(?:[/-]|\\.html?|$)");
    /** Words in an element's class or id that mark it as holding a page's date line (in the lower-cased names). */
    private static final String[] DATE_CLASS = {"date", "time", "datum", "zeit", "publish", "posted", "postmeta",
        "post-meta", "entry-meta", "article-meta", "byline", "submitted", "dateline", "fecha", "subline", "meta-info",
        "info", "release", "stand"};

    /** Class or id words of comment sections; not "respons", which "wp-embed-responsive" on a whole page holds. */
    private static final String[] COMMENT = {"comment", "kommentar", "disqus", "reply", "replies", "responses",
        "respond"};

    private static final Pattern TIME_OF_DAY = Pattern.compile("\\d{1,2}[:.h]\\d{2}(?::\\d{2})?");
    private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}]+");

    private static final int MAX_TEXT = 160;
    /** How far into a paragraph its dateline may reach. */
    private static final int LEADING_HEAD = 40;
    /** What ends a dateline: a dash, bar or colon between spaces, a closing bracket, or an opening quote. */
    private static final Pattern DATELINE_END = Pattern.compile("\\)?\\s*[-–—|:]\\s|\\)\\s|\\s+[„\"“«]");
    /** A heading this short is not matched against the title: it could be part of any title. */
    private static final int MIN_TITLE = 8;
    /** How many text pieces after the title are searched for its date line. */
    private static final int NEAR = 24;

    private PageDates() {
    }

    /** The date in a page address's path ({@code /2024/06/19/}, {@code /2024-06-19-title}), or null. */
    static LocalDate inUrl(String url) {
        if (url == null) {
            return null;
        }
        Matcher m = URL_DATE.matcher(url);
        return m.find() ? date(num(m, "y"), num(m, "m"), num(m, "d")) : null;
    }

    /**
     * The first date written in a short text, or null: ISO, day.month.year, day month-name year,
     * month-name day, year. A numeric date with "/" is read month first only for {@code MONTH_FIRST}
     * or when the day-first reading is impossible.
     */
    static LocalDate inText(String text, DateLines.Order order) {
        if (text == null || text.length() > MAX_TEXT * 2) {
            return null;
        }
        LocalDate best = null;
        int bestAt = Integer.MAX_VALUE;
        Matcher m = ISO.matcher(text);
        if (m.find()) {
            best = date(num(m, "y"), num(m, "m"), num(m, "d"));
            bestAt = best == null ? bestAt : m.start();
        }
        m = DAY_MONTH.matcher(text);
        if (m.find() && m.start() < bestAt) {
            LocalDate d = date(num(m, "y"), MONTHS.get(m.group("mon").toLowerCase(Locale.ROOT)), num(m, "d"));
            if (d != null) {
                best = d;
                bestAt = m.start();
            }
        }
        m = MONTH_DAY.matcher(text);
        if (m.find() && m.start() < bestAt) {
            LocalDate d = date(num(m, "y"), MONTHS.get(m.group("mon").toLowerCase(Locale.ROOT)), num(m, "d"));
            if (d != null) {
                best = d;
                bestAt = m.start();
            }
        }
        m = NUMERIC.matcher(text);
        if (m.find() && m.start() < bestAt) {
            int a = num(m, "a");
            int b = num(m, "b");
            int y = num(m, "y");
            y = y < 100 ? 2000 + y : y;
            // "." is always day first; "/" is month first where the page's language says so
            boolean monthFirst = m.group("sep").equals("/") && a <= 12 && (order == DateLines.Order.MONTH_FIRST || b > 12);
            LocalDate d = monthFirst ? date(y, a, b) : date(y, b, a);
            if (d != null) {
                best = d;
            }
        }
        return best;
    }

    /**
     * The date a paragraph opens with as its dateline ("01.02.2022 – Der Arbeitsmarkt…", "(21.
     * November 2022) Energieverbraucher…", "2021-10-16 | Botschaft"), or null: the date must be the
     * paragraph's first words, set off from the text by a dash, bar, colon or closing bracket.
     */
    static LocalDate leading(String paragraph, DateLines.Order order) {
        if (paragraph == null) {
            return null;
        }
        String head = paragraph.length() > LEADING_HEAD ? paragraph.substring(0, LEADING_HEAD) : paragraph;
        for (Pattern p : List.of(ISO, NUMERIC, DAY_MONTH, MONTH_DAY)) {
            Matcher m = p.matcher(head);
            if (m.find() && m.start() <= 1 && (m.start() == 0 || head.charAt(0) == '(')
                    && DATELINE_END.matcher(paragraph.substring(m.end())).lookingAt()) {
                return inText(m.group(), order);
            }
        }
        return null;
    }

    /**
     * How many words other than the date a short text holds: dates, times of day and words of one
     * or two letters ("um", "at", "h") do not count. A text of a date and a word or two ("Dienstag,
     * 4. Juni 2019, 15:54", "Publiziert: 03.04.2020") is a date line, not a sentence.
     */
    static int wordsBesideDates(String text) {
        String rest = text;
        for (Pattern p : List.of(ISO, DAY_MONTH, MONTH_DAY, NUMERIC, TIME_OF_DAY)) {
            rest = p.matcher(rest).replaceAll(" ");
        }
        int words = 0;
        for (String token : NON_LETTERS.split(rest)) {
            if (token.length() > 2) {
                words++;
            }
        }
        return words;
    }

    /** What the words of a date line say the date is. */
    static Kind kindOf(String text) {
        if (UPDATED_CUE.matcher(text).find()) {
            return PUBLISHED_CUE.matcher(text).find() && firstCue(text) ? Kind.PUBLISHED : Kind.UPDATED;
        }
        return PUBLISHED_CUE.matcher(text).find() ? Kind.PUBLISHED : Kind.PLAIN;
    }

    private static boolean firstCue(String text) {
        Matcher p = PUBLISHED_CUE.matcher(text);
        Matcher u = UPDATED_CUE.matcher(text);
        return p.find() && u.find() && p.start() < u.start();
    }

    /**
     * Dates shown in the page's date-like elements (by class or id, {@code <time>}, or a publication
     * cue in a short text), in document order, outside comment sections. Call before boilerplate is
     * removed: dates often sit in page headers.
     */
    static List<Found> visible(Element body, DateLines.Order order) {
        List<Found> out = new ArrayList<>();
        if (body == null) {
            return out;
        }
        Set<Element> comments = commentSections(body);
        for (Element e : body.getAllElements()) {
            if (out.size() >= 20) {
                break;
            }
            String tag = e.normalName();
            if (tag.equals("script") || tag.equals("style") || tag.equals("body")) {
                continue;
            }
            boolean named = e.hasAttr("class") || e.hasAttr("id");
            String names = named ? (e.className() + " " + e.id()).toLowerCase(Locale.ROOT) : "";
            boolean dateLike = tag.equals("time") || named && ClassWords.containsAny(names, DATE_CLASS);
            if (!dateLike) {
                if (!hasOwnText(e)) {
                    continue;
                }
                String own = e.ownText();
                if (own.length() > MAX_TEXT || own.isEmpty() || !PUBLISHED_CUE.matcher(own).find()) {
                    continue;
                }
            }
            String text = boundedText(e, MAX_TEXT);
            if (text == null || text.isEmpty() || within(e, comments)) {
                continue;
            }
            LocalDate d = inText(text, order);
            if (d == null && tag.equals("abbr")) {
                d = inText(e.attr("title"), order);
            }
            if (d != null) {
                Kind kind = kindOf(text);
                if (kind == Kind.PLAIN) {
                    kind = names.contains("modified") || names.contains("updated") ? Kind.UPDATED
                            : names.contains("publish") ? Kind.PUBLISHED : Kind.PLAIN;
                }
                out.add(new Found(d, kind));
            }
        }
        return out;
    }

    /** As {@link #nearTitle(Element, DateLines.Order, String)} near the page's first {@code <h1>}. */
    static LocalDate nearTitle(Element body, DateLines.Order order) {
        return nearTitle(body, order, null);
    }

    /**
     * The first date printed in a short text right after the article's heading (within a few text
     * pieces), else right before it: where the reader sees the article's date, and where pages
     * without date markup put their date line. The heading is the first {@code <h1>}–{@code <h3>}
     * whose text is the title, contains it or is contained in it (pages often have an {@code <h1>}
     * for the logo or the section and another for the article), else the first {@code <h1>}. Null
     * when there is no such heading or no date near it.
     */
    static LocalDate nearTitle(Element body, DateLines.Order order, String title) {
        Element h1 = body == null ? null : titleHeading(body, title);
        if (h1 == null) {
            return null;
        }
        List<TextNode> before = new ArrayList<>();
        List<TextNode> after = new ArrayList<>();
        boolean[] seen = {false};
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node == h1) {
                    seen[0] = true;
                } else if (node instanceof TextNode t && !t.isBlank() && seen[0]
                        && !h1.equals(t.parent()) && after.size() < NEAR) {
                    after.add(t);
                } else if (node instanceof TextNode t && !t.isBlank() && !seen[0]) {
                    before.add(t);
                }
            }
        }, body);
        for (TextNode t : after) {
            LocalDate d = dateIn(t, order);
            if (d != null) {
                return d;
            }
        }
        for (int i = before.size() - 1; i >= Math.max(0, before.size() - NEAR / 2); i--) {
            LocalDate d = dateIn(before.get(i), order);
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    private static Element titleHeading(Element body, String title) {
        String key = title == null ? "" : Spaces.collapse(title).toLowerCase(Locale.ROOT);
        if (key.length() >= MIN_TITLE) {
            for (Element h : body.select("h1, h2, h3")) {
                String text = Spaces.collapse(h.text()).toLowerCase(Locale.ROOT);
                if (text.length() >= MIN_TITLE && (text.contains(key) || key.contains(text))) {
                    return h;
                }
            }
        }
        return body.selectFirst("h1");
    }

    private static LocalDate dateIn(TextNode t, DateLines.Order order) {
        String text = t.text().strip();
        Element p = t.parentNode() instanceof Element e ? e : null;
        if (text.length() < 6 || text.length() > MAX_TEXT || p == null
                || p.normalName().equals("script") || p.normalName().equals("style") || inComments(p)) {
            return null;
        }
        return inText(text, order);
    }

    /** The element's text, collapsed, or null when it is longer than max (without building it all). */
    private static String boundedText(Element e, int max) {
        StringBuilder sb = new StringBuilder();
        if (!appendBounded(e, sb, max * 3)) {
            return null;
        }
        String text = Spaces.collapse(sb.toString());
        return text.length() <= max ? text : null;
    }

    /** Appends the text below node, a space after each piece; false once the raw text passes limit. */
    private static boolean appendBounded(Node node, StringBuilder sb, int limit) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode t) {
                sb.append(t.getWholeText()).append(' ');
                if (sb.length() > limit) {
                    return false;
                }
            } else if (child instanceof Element c && !appendBounded(c, sb, limit)) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasOwnText(Element e) {
        for (int i = 0; i < e.childNodeSize(); i++) {
            if (e.childNode(i) instanceof TextNode t && !t.isBlank()) {
                return true;
            }
        }
        return false;
    }

    /** The first published date, else the first plain one, else the first update, else null. */
    static Found best(List<Found> found) {
        for (Kind k : Kind.values()) {
            for (Found f : found) {
                if (f.kind() == k) {
                    return f;
                }
            }
        }
        return null;
    }

    /** The elements named as comment sections, each found once (not once per date below it). */
    private static Set<Element> commentSections(Element body) {
        Set<Element> out = new HashSet<>();
        for (Element e : body.getAllElements()) {
            if ((e.hasAttr("class") || e.hasAttr("id")) && ClassWords.containsAny(ClassWords.of(e), COMMENT)) {
                out.add(e);
            }
        }
        return out;
    }

    private static boolean within(Element e, Set<Element> sections) {
        if (sections.isEmpty()) {
            return false;
        }
        for (Element p = e; p != null; p = p.parent()) {
            if (sections.contains(p)) {
                return true;
            }
        }
        return false;
    }

    private static boolean inComments(Element e) {
        for (Element p = e; p != null; p = p.parent()) {
            if (ClassWords.containsAny(ClassWords.of(p), COMMENT)) {
                return true;
            }
        }
        return false;
    }

    private static LocalDate date(int y, Integer m, int d) {
        if (m == null || y < 1990 || y > LocalDate.now().getYear() + 1) {
            return null;
        }
        try {
            return LocalDate.of(y, m, d);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static int num(Matcher m, String group) {
        return Integer.parseInt(m.group(group));
    }

    private static List<String[]> rows(String resource) {
        List<String[]> out = new ArrayList<>();
        try (InputStream in = PageDates.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                out.add(line.split("\t"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
