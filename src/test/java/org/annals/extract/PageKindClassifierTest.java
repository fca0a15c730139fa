package org.annals.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.annals.actors.DictionaryFormatException;
import org.annals.model.Article;
import org.annals.model.DocumentHints;
import org.annals.model.DocumentKind;
import org.annals.model.RawDocument;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * Pages that are not articles, written for these tests ({@code pagekinds/} beside this class), go through the
 * HTML extractor and come out with an empty text and a problem that says what they look like; articles that
 * carry a login box or a scary word in their title stay articles.
 */
class PageKindClassifierTest {

    private static final HtmlArticleExtractor EXTRACTOR = new HtmlArticleExtractor();
    private static final PageKindClassifier CLASSIFIER = new PageKindClassifier();

    private static Article extract(String fixture) throws IOException {
        try (InputStream in = PageKindClassifierTest.class.getResourceAsStream("pagekinds/" + fixture)) {
            String html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return EXTRACTOR.extract(new RawDocument(fixture, DocumentKind.HTML, html, DocumentHints.NONE, List.of()));
        }
    }

    /** The page-kind problem of an article, or null. */
    private static String kindProblem(Article a) {
        return a.problems().stream()
                .filter(p -> p.startsWith(PageKind.NOT_AN_ARTICLE) || p.startsWith("text may be incomplete"))
                .findFirst().orElse(null);
    }

    private static void assertNotAnArticle(String fixture, String looksLike) throws IOException {
        Article a = extract(fixture);
        String problem = kindProblem(a);
        assertTrue(problem != null && problem.startsWith(PageKind.NOT_AN_ARTICLE + "looks like " + looksLike),
                fixture + ": " + a.problems() + "\n" + a.text());
        assertEquals("", a.text(), fixture);
        assertTrue(a.headings().isEmpty(), fixture);
    }

    @Test
    void aNewsFrontPageOfTeasersIsAnIndexPage() throws IOException {
        assertNotAnArticle("index.it.html", "an index page");
    }

    @Test
    void aTagPageListingHeadlinesIsAnIndexPage() throws IOException {
        assertNotAnArticle("index.en.html", "an index page");
    }

    @Test
    void aLoginFormIsALoginPage() throws IOException {
        assertNotAnArticle("login.it.html", "a login page");
        assertTrue(kindProblem(extract("login.it.html")).contains("password field"));
    }

    @Test
    void aRegistrationFormIsALoginPage() throws IOException {
        assertNotAnArticle("register.en.html", "a login page");
    }

    @Test
    void notFoundPagesAreErrorPages() throws IOException {
        assertNotAnArticle("error.it.html", "an error page");
        assertTrue(kindProblem(extract("error.it.html")).contains("\"pagina non trovata\""));
        assertNotAnArticle("error.en.html", "an error page");
    }

    @Test
    void aPaywalledArticleKeepsItsOpeningAndSaysItMayBeIncomplete() throws IOException {
        Article a = extract("paywall.it.html");
        assertTrue(a.text().contains("cooperativa di pescatori"), a.text());
        String problem = kindProblem(a);
        assertTrue(problem != null && problem.startsWith("text may be incomplete: looks like a paywalled article"),
                a.problems().toString());
    }

    @Test
    void anArticleWithALoginBoxInItsHeaderIsStillAnArticle() throws IOException {
        Article a = extract("article-with-login-box.en.html");
        assertNull(kindProblem(a), a.problems().toString());
        assertTrue(a.text().contains("redraw four bus routes"));
    }

    @Test
    void aShortStoryAboutStolenLoginsIsStillAnArticle() throws IOException {
        Article a = extract("short-news-about-logins.it.html");
        assertNull(kindProblem(a), a.problems().toString());
        assertTrue(a.text().contains("tremila clienti"));
    }

    @Test
    void aPageWithoutTextIsAnEmptyPage() {
        String html = "<html><head><title>Caricamento…</title></head><body><div id=\"app\"></div>"
                + "<script>window.boot()</script></body></html>";
        Article a = EXTRACTOR.extract(new RawDocument("app.html", DocumentKind.HTML, html, DocumentHints.NONE, List.of()));
        assertTrue(kindProblem(a).startsWith(PageKind.NOT_AN_ARTICLE + "looks like an empty page"), a.problems().toString());
    }

    @Test
    void signalsCountLinksHeadlinesFormsAndMarkup() throws IOException {
        try (InputStream in = PageKindClassifierTest.class.getResourceAsStream("pagekinds/index.it.html")) {
            PageSignals s = CLASSIFIER.measure(Jsoup.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            assertEquals(14, s.headlineLinks());
            assertEquals(0, s.passwordFields());
            assertEquals("Le notizie di oggi", s.h1());
            assertTrue(s.textChars() > 1500 && s.textChars() < 2500, String.valueOf(s.textChars()));
            assertTrue(!s.articleMarkup());
        }
    }

    @Test
    void phrasesMatchWholeWordsOnly() {
        PageKindWords words = PageKindWords.of("test.tsv", "error\tnot found\nlogin\taccedi\n");
        assertEquals("not found", words.find(PageKindWords.Kind.ERROR, "Page  NOT\tfound"));
        assertNull(words.find(PageKindWords.Kind.ERROR, "not foundation"));
        assertNull(words.find(PageKindWords.Kind.LOGIN, "accedine"));
        assertNull(words.find(PageKindWords.Kind.PAYWALL, "anything"));
    }

    @Test
    void aBadLineNamesItsFileAndLine() {
        DictionaryFormatException e = assertThrows(DictionaryFormatException.class,
                () -> PageKindWords.of("pagekinds.xx.tsv", "# comment\nerror\tnot found\nbanner\tbuy now\n"));
        assertTrue(e.getMessage().contains("pagekinds.xx.tsv") && e.getMessage().contains("3"), e.getMessage());
        assertThrows(DictionaryFormatException.class, () -> PageKindWords.of("x.tsv", "login\t\n"));
    }

    @Test
    void theShippedListsLoad() {
        PageKindWords words = PageKindWords.load();
        assertEquals("pagina non trovata", words.find(PageKindWords.Kind.ERROR, "Pagina non trovata"));
        assertEquals("abbonati per continuare a leggere",
                words.find(PageKindWords.Kind.PAYWALL, "Abbonati per continuare a leggere"));
    }
}
