package org.annals.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

import org.annals.model.Article;
import org.jsoup.nodes.Document;

/**
 * Tells an article from a page that is not one, so that a login form, a "page not found" or a section front
 * is reported as such instead of yielding junk text and junk events. It weighs the page's structure,
 * measured before extraction ({@link PageSignals}), against the running text extraction kept:
 *
 * <ul>
 *   <li><b>error page</b>: its title or first heading says so ({@link PageKindWords.Kind#ERROR}: "pagina non
 *       trovata", "404") and little running text is left;</li>
 *   <li><b>login page</b>: a password field, or a title or heading that says so ("accedi", "sign in") over a
 *       form, with little running text;</li>
 *   <li><b>index page</b>: many headlines that link elsewhere, markup that does not call the page an
 *       article, and what extraction kept is little text or a run of teasers (short paragraphs only);</li>
 *   <li><b>paywalled article</b>: a subscription notice ({@link PageKindWords.Kind#PAYWALL}) over a short
 *       text: the opening is kept, and the problem says the text may be incomplete;</li>
 *   <li><b>empty page</b>: almost no text at all (what there is is kept).</li>
 * </ul>
 *
 * "Little running text" is fewer than {@value #SHORT} words: a news story about a data leak titled "Login"
 * with a login box in its header stays an article. The thresholds were set on pages written for the tests
 * and checked on the 990 real articles of the trafilatura evaluation set, of which fewer than 1% are
 * flagged (see {@code TrafilaturaEvaluationTest}).
 *
 * <p>Pure, immutable and thread-safe.
 */
public final class PageKindClassifier {

    /** Fewer words than this is "little running text". */
    static final int SHORT = 150;
    /** Fewer words than this is an empty page. */
    static final int EMPTY = 10;
    /** An index page has at least this many linked headlines, no article markup... */
    static final int INDEX_HEADLINES = 8;
    /** ...and fewer words of text than this, or teasers for paragraphs: */
    static final int INDEX_PROSE = 60;
    /** none of them this long... */
    static final int TEASER_LONGEST = 30;
    /** ...and shorter than this on average. */
    static final double TEASER_MEAN = 20;
    /** A title part or heading of at most this many words can name the page ("Pagina non trovata"). */
    static final int NAME_WORDS = 6;
    /** A bare login form: fewer words than this extracted... */
    static final int BARE_FORM_WORDS = 40;
    /** ...and fewer characters than this on the whole page. */
    static final int BARE_PAGE_CHARS = 1500;
    /** An empty page has fewer characters than this, menus included. */
    static final int EMPTY_PAGE_CHARS = 500;

    private static final Pattern TITLE_SEPARATORS = Pattern.compile("\\s+[-|–—·:»]\\s+|\\s*[|–—·»]\\s*|:\\s+");

    private final PageKindWords words;

    /** A classifier with the shipped phrase lists; fails naming file and line when one is broken. */
    public PageKindClassifier() {
        this(PageKindWords.load());
    }

    public PageKindClassifier(PageKindWords words) {
        this.words = Objects.requireNonNull(words, "words");
    }

    /** Measures a parsed page; call it before extraction changes the page. */
    public PageSignals measure(Document page) {
        return PageSignals.of(page, words);
    }

    /**
     * The kind of a page, given its signals and the main text extraction found in it (paragraphs separated by
     * blank lines).
     */
    public PageKind classify(PageSignals page, String text) {
        Objects.requireNonNull(page, "page");
        int count = words(text);
        String wordCount = count + (count == 1 ? " word" : " words");
        if (count < SHORT) {
            String error = heading(PageKindWords.Kind.ERROR, page);
            if (error != null) {
                return new PageKind(PageKind.Kind.ERROR, "\"" + error + "\" in the title, " + wordCount);
            }
            String login = heading(PageKindWords.Kind.LOGIN, page);
            if (login != null && (page.passwordFields() > 0 || page.forms() > 0)) {
                return new PageKind(PageKind.Kind.LOGIN, "\"" + login + "\" in the title"
                        + (page.passwordFields() > 0 ? ", password field, " : " over a form, ") + wordCount);
            }
            // a bare password form, with almost nothing else on the page
            if (page.passwordFields() > 0 && count < BARE_FORM_WORDS && page.textChars() < BARE_PAGE_CHARS
                    && !page.articleMarkup()) {
                return new PageKind(PageKind.Kind.LOGIN, "password field, " + wordCount);
            }
        }
        if (!page.articleMarkup() && page.headlineLinks() >= INDEX_HEADLINES) {
            Paragraphs p = Paragraphs.of(text);
            if (count < INDEX_PROSE || p.longest() < TEASER_LONGEST && p.mean() < TEASER_MEAN) {
                return new PageKind(PageKind.Kind.INDEX, String.format(Locale.ROOT,
                        "%d linked headlines, paragraphs of %d words at most, %s", page.headlineLinks(), p.longest(),
                        wordCount));
            }
        }
        if (page.paywall() != null && count < SHORT) {
            return new PageKind(PageKind.Kind.PAYWALL, "\"" + page.paywall() + "\", " + wordCount);
        }
        if (count < EMPTY && page.textChars() < EMPTY_PAGE_CHARS) {
            return new PageKind(PageKind.Kind.EMPTY, wordCount);
        }
        return PageKind.ARTICLE;
    }

    /**
     * The article as it should be reported: unchanged for an article; for a page that is not one, with a
     * problem saying what the page looks like, and its text and headings emptied unless
     * {@link PageKind#keepsText()}; for a paywalled article, with its text and a problem saying it may be
     * incomplete.
     */
    public Article review(PageSignals page, Article article) {
        PageKind kind = classify(page, article.text());
        if (kind.kind() == PageKind.Kind.ARTICLE) {
            return article;
        }
        List<String> problems = new ArrayList<>(article.problems());
        problems.add(kind.problem());
        boolean keep = kind.keepsText();
        return new Article(article.id(), article.url(), article.title(), article.published(), article.publisher(),
                article.language(), keep ? article.text() : "", keep ? article.headings() : List.of(), problems);
    }

    /**
     * A phrase of {@code kind} that names the page: in a short part of its title (the title split at the
     * separators sites put between a page's name and their own) or in a short first heading. A long headline
     * that happens to hold the phrase names a story, not the page.
     */
    private String heading(PageKindWords.Kind kind, PageSignals page) {
        for (String part : TITLE_SEPARATORS.split(page.title())) {
            if (words(part) <= NAME_WORDS) {
                String found = words.find(kind, part);
                if (found != null) {
                    return found;
                }
            }
        }
        return words(page.h1()) <= NAME_WORDS ? words.find(kind, page.h1()) : null;
    }

    /** Runs of non-white-space characters. */
    static int words(String text) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < text.length(); i++) {
            boolean word = !Character.isWhitespace(text.charAt(i));
            if (word && !in) {
                n++;
            }
            in = word;
        }
        return n;
    }

    /** The length of the longest paragraph of a text and the mean length, in words. */
    private record Paragraphs(int longest, double mean) {
        /** Paragraphs are blocks separated by a blank line; an empty text has none. */
        static Paragraphs of(String text) {
            int longest = 0;
            int total = 0;
            int count = 0;
            for (String p : text.split("\n\n")) {
                int n = words(p);
                if (n > 0) {
                    longest = Math.max(longest, n);
                    total += n;
                    count++;
                }
            }
            return new Paragraphs(longest, count == 0 ? 0 : (double) total / count);
        }
    }
}
