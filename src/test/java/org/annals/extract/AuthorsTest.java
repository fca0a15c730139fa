package org.annals.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.annals.model.DocumentKind;
import org.annals.model.RawDocument;
import org.junit.jupiter.api.Test;

class AuthorsTest {

    private static List<String> authors(String html) {
        return new HtmlArticleExtractor().extractDetailed(new RawDocument("a.html", DocumentKind.HTML, html)).authors();
    }

    private static final String BODY = "<article><p>" + "Ein Absatz über die Sitzung des Gemeinderats. ".repeat(10) + "</p>";

    @Test
    void jsonLdAndMetaComeFirst() {
        assertEquals(List.of("Anna Beispiel"), authors("<html><head><script type=application/ld+json>"
                + "{\"@type\":\"NewsArticle\",\"headline\":\"T\",\"author\":{\"@type\":\"Person\",\"name\":\"Anna Beispiel\"}}"
                + "</script><meta name=author content=\"Someone Else\"></head><body>" + BODY + "</article></body></html>"));
        assertEquals(List.of("Bert Muster"), authors("<html><head><meta name=author content=\"Von Bert Muster\"></head>"
                + "<body>" + BODY + "</article></body></html>"));
    }

    @Test
    void theVisibleBylineIsReadButNotACommentersName() {
        assertEquals(List.of("Clara Probe"), authors("<html><body><div class=comments><span class=author>"
                + "<span class=fn>Leser42</span></span></div>" + BODY + "<span class=\"author vcard\">"
                + "<a class=fn href=/autor/clara>Clara Probe</a></span></article></body></html>"));
    }

    @Test
    void profileLinksAreNotNames() {
        assertEquals(List.of(), authors("<html><head><meta property=article:author content=\"https://example.org/anna\">"
                + "</head><body>" + BODY + "</article></body></html>"));
    }
}
