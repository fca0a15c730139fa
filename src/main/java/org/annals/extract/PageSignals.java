package org.annals.extract;

import java.util.Locale;

import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * What a page's structure says about its kind, measured in one walk over the parsed page before extraction
 * changes it: how much text it shows, how many headlines link elsewhere (a listing's teasers),
 * its forms and password fields, what its title and first heading say, whether its markup calls it an
 * article, and a subscription notice if it shows one. The walk is iterative, so a page nested ten thousand
 * levels deep is measured like any other.
 *
 * @param textChars      characters of visible text in the body (white space runs count as one)
 * @param headlineLinks  headings ({@code h1}–{@code h4}) that hold a link or sit in one: a listing's teasers
 * @param forms          {@code <form>} elements
 * @param passwordFields {@code <input type=password>} elements
 * @param title          the text of {@code <title>}, or ""
 * @param h1             the text of the first {@code <h1>}, or ""
 * @param articleMarkup  whether Open Graph, {@code article:published_time} or JSON-LD call the page an article
 * @param paywall        the subscription notice the page shows (a phrase of {@link PageKindWords.Kind#PAYWALL},
 *                       or "paywall markup" for an element named so), or null
 */
public record PageSignals(int textChars, int headlineLinks, int forms,
                          int passwordFields, String title, String h1, boolean articleMarkup, String paywall) {

    /** Text blocks longer than this are prose, not a notice: not searched for paywall phrases. */
    private static final int NOTICE_MAX_CHARS = 300;

    /** Measures {@code page}; never throws for odd markup. */
    public static PageSignals of(Document page, PageKindWords words) {
        Walk walk = new Walk(words);
        NodeTraversor.traverse(walk, page);
        return new PageSignals(walk.textChars, walk.headlineLinks, walk.forms,
                walk.passwordFields, walk.title.toString().strip(), walk.h1.toString().strip(), walk.articleMarkup,
                walk.paywall);
    }

    /** The state of one walk; nesting counters rise in {@code head} and fall in {@code tail}. */
    private static final class Walk implements NodeVisitor {
        private final PageKindWords words;
        int textChars;
        int headlineLinks;
        int forms;
        int passwordFields;
        boolean articleMarkup;
        String paywall;
        final StringBuilder title = new StringBuilder();
        final StringBuilder h1 = new StringBuilder();
        private int inBody;
        private int inLink;
        private int inHeading;
        private int inTitle;
        private int inH1;
        private boolean h1Done;
        private boolean headingHasLink;

        Walk(PageKindWords words) {
            this.words = words;
        }

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode t) {
                text(t);
            } else if (node instanceof DataNode d) {
                String type = d.parent() == null ? "" : d.parent().attr("type");
                if (!articleMarkup && type.equalsIgnoreCase("application/ld+json")) {
                    String data = d.getWholeData();
                    articleMarkup = data.contains("Article\"") || data.contains("BlogPosting\"");
                }
            } else if (node instanceof Element e) {
                open(e);
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (!(node instanceof Element e)) {
                return;
            }
            switch (e.normalName()) {
                case "body" -> inBody--;
                case "a" -> inLink -= e.hasAttr("href") ? 1 : 0;
                case "title" -> inTitle--;
                case "h1", "h2", "h3", "h4" -> {
                    inHeading--;
                    if (inHeading == 0 && (headingHasLink || inLink > 0)) {
                        headlineLinks++;
                    }
                    if (e.normalName().equals("h1") && inH1 > 0 && --inH1 == 0) {
                        h1Done = true;
                    }
                }
                default -> {
                }
            }
        }

        private void open(Element e) {
            switch (e.normalName()) {
                case "body" -> inBody++;
                case "a" -> {
                    if (e.hasAttr("href")) {
                        inLink++;
                        headingHasLink |= inHeading > 0;
                    }
                }
                case "title" -> inTitle++;
                case "h1", "h2", "h3", "h4" -> {
                    if (inHeading++ == 0) {
                        headingHasLink = false;
                    }
                    if (e.normalName().equals("h1") && !h1Done) {
                        inH1++;
                    }
                }
                case "form" -> forms++;
                case "input" -> passwordFields += e.attr("type").equalsIgnoreCase("password") ? 1 : 0;
                case "meta" -> meta(e);
                default -> {
                }
            }
            if (paywall == null && (e.hasAttr("class") || e.hasAttr("id"))
                    && (e.className().toLowerCase(Locale.ROOT).contains("paywall")
                    || e.id().toLowerCase(Locale.ROOT).contains("paywall"))) {
                paywall = "paywall markup";
            }
        }

        private void meta(Element e) {
            String key = (e.attr("property") + " " + e.attr("name")).toLowerCase(Locale.ROOT);
            if (key.contains("og:type")) {
                articleMarkup |= e.attr("content").toLowerCase(Locale.ROOT).contains("article");
            } else if (key.contains("article:published_time")) {
                articleMarkup = true;
            }
        }

        private void text(TextNode t) {
            if (inTitle > 0) {
                append(title, t.getWholeText());
                return;
            }
            if (inBody == 0) {
                return;
            }
            String s = t.getWholeText();
            int chars = visibleChars(s);
            if (chars == 0) {
                return;
            }
            textChars += chars;
            if (inH1 > 0) {
                append(h1, s);
            }
            if (paywall == null && chars <= NOTICE_MAX_CHARS) {
                paywall = words.find(PageKindWords.Kind.PAYWALL, s);
            }
        }

        /** Appends a bounded amount: a title or heading is short, a page that says otherwise is junk. */
        private static void append(StringBuilder b, String s) {
            if (b.length() < 1000) {
                b.append(s, 0, Math.min(s.length(), 1000)).append(' ');
            }
        }

        /** Characters with each run of white space counted once, leading and trailing runs not at all. */
        private static int visibleChars(String s) {
            int n = 0;
            boolean space = true;
            for (int i = 0; i < s.length(); i++) {
                boolean ws = Character.isWhitespace(s.charAt(i)) || s.charAt(i) == '\u00A0';
                if (!ws) {
                    n++;
                } else if (!space) {
                    n++;
                }
                space = ws;
            }
            return space && n > 0 ? n - 1 : n;
        }
    }
}
