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

    @Test
    void bylinesAreCleanedDownToTheName() {
        assertEquals("Daniel Beispiel", Authors.clean("View all posts by Daniel Beispiel", "", ""));
        assertEquals("Tomas Probe", Authors.clean("Von Tomas Probe Fr, 18. Oktober 2019", "", ""));
        assertEquals("Bo2man", Authors.clean("| Autor: Bo2man am 29.12.2010, 13:36 Uhr", "", ""));
        assertEquals("Eva Muster", Authors.clean("Redaktion: Eva Muster (Pressesprecherin)", "", ""));
        assertEquals("Loïc Le Clerc", Authors.clean("Par Loïc Le Clerc", "", ""));
    }

    @Test
    void junkAndTheSitesOwnNameAreNotAuthors() {
        for (String junk : List.of("5 Minute Read", "admin", "No Author", "Published by", "12.05.2022", "@anna_b",
                "anna[at]example.org", "Redaktion")) {
            assertEquals(null, Authors.clean(junk, "", ""), junk);
        }
        assertEquals(null, Authors.clean("National Geographic", "nationalgeographic", ""));
        assertEquals(null, Authors.clean("STERN.de", "", "stern"));
    }

    @Test
    void theSiteNamedAsAuthorGivesWayToTheByline() {
        assertEquals(List.of("Julie Probe"), authors("<html><head><meta property=og:site_name content=\"The Planet Press\">"
                + "<meta name=author content=\"The Planet Press\"></head><body>" + BODY
                + "<span class=post-author-name>By Julie Probe</span></article></body></html>"));
    }

    @Test
    void anAuthorGivenOnTheWebPageObjectIsRead() {
        assertEquals(List.of("Kim Probe"), authors("<html><head><script type=application/ld+json>{\"@graph\":["
                + "{\"@type\":\"WebPage\",\"author\":{\"@id\":\"#p1\"}},{\"@type\":[\"Person\"],\"@id\":\"#p1\","
                + "\"name\":\"Kim Probe\"}]}</script></head><body>" + BODY + "</article></body></html>"));
    }

    @Test
    void theSiteNamedAfterTheAuthorIsDropped() {
        assertEquals("Jane Example", Authors.clean("Jane Example, Example News", "examplenews", ""));
        assertEquals("Jane Example", Authors.clean("Jane Example, EXN", "", "exn"));
        assertEquals("Jane Example, Tom Probe", Authors.clean("Jane Example, Tom Probe", "examplenews", "exn"));
    }
}
