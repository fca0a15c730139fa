package org.annals.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.annals.model.Article;
import org.annals.model.DocumentKind;
import org.annals.model.RawDocument;
import org.junit.jupiter.api.Test;

class ArticleExtractorsTest {

    private static final ArticleExtractors EXTRACTORS = new ArticleExtractors();

    private static final String MARKUP = "<html><body><h1>Titolo</h1><p>Un paragrafo di testo abbastanza lungo "
            + "da contare come corpo dell'articolo.</p></body></html>";

    @Test
    void htmlGoesToTheHtmlExtractor() {
        Article a = EXTRACTORS.extract(new RawDocument("p.html", DocumentKind.HTML, MARKUP));
        assertEquals("Titolo", a.title());
        assertEquals("Un paragrafo di testo abbastanza lungo da contare come corpo dell'articolo.", a.text());
    }

    @Test
    void textGoesToTheTextExtractor() {
        // read as text, the markup is just characters: no tags are interpreted
        Article a = EXTRACTORS.extract(new RawDocument("p.txt", DocumentKind.TEXT, MARKUP));
        assertTrue(a.text().contains("<p>") || (a.title() != null && a.title().contains("<h1>")), a.toString());
        Article t = EXTRACTORS.extract(new RawDocument("p.txt", DocumentKind.TEXT, TextArticleExtractorTest.ITALIAN));
        assertEquals("VeronaOggi.it", t.publisher());
    }
}
