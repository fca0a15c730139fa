package org.annals.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;

import org.annals.model.Article;
import org.annals.model.DocumentHints;
import org.annals.model.DocumentKind;
import org.annals.model.RawDocument;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class PageDatesTest {

    private static final DateLines.Order DMY = DateLines.Order.DAY_FIRST;

    @Test
    void datesInAddresses() {
        assertEquals(LocalDate.of(2024, 6, 19), PageDates.inUrl("https://example.org/blog/2024/06/19/a-title/"));
        assertEquals(LocalDate.of(2014, 3, 5), PageDates.inUrl("http://example.at/2014-03-05-title.html"));
        assertNull(PageDates.inUrl("https://example.org/2024/06/a-title/"), "a month is not a day");
        assertNull(PageDates.inUrl("https://example.org/item/2024/13/40/"));
        assertNull(PageDates.inUrl(null));
    }

    @Test
    void datesInShortTextsInSeveralLanguages() {
        assertEquals(LocalDate.of(2024, 6, 19), PageDates.inText("Veröffentlicht am 19. Juni 2024, 10:15 Uhr", DMY));
        assertEquals(LocalDate.of(2019, 8, 16), PageDates.inText("Stand: 16.08.2019", DMY));
        assertEquals(LocalDate.of(2018, 9, 30), PageDates.inText("Jean Dupont | 30 septembre 2018", DMY));
        assertEquals(LocalDate.of(2020, 5, 7), PageDates.inText("le 07 Mai 2020", DMY));
        assertEquals(LocalDate.of(2024, 6, 19), PageDates.inText("Posted on June 19th, 2024 by Ann", DMY));
        assertEquals(LocalDate.of(2019, 9, 28), PageDates.inText("28.09.19 12:44", DMY));
        assertEquals(LocalDate.of(2022, 2, 4), PageDates.inText("Von Anna 4. 2. 2022.", DMY));
        assertEquals(LocalDate.of(2024, 6, 7), PageDates.inText("06/07/2024", DateLines.Order.MONTH_FIRST));
        assertEquals(LocalDate.of(2024, 7, 6), PageDates.inText("06/07/2024", DMY));
        assertNull(PageDates.inText("Version 3.2.1 released", DMY));
        assertNull(PageDates.inText("31. Februar 2024", DMY), "no such day");
    }

    @Test
    void cuesTellPublicationFromUpdate() {
        assertEquals(PageDates.Kind.PUBLISHED, PageDates.kindOf("Veröffentlicht am 19.06.2024"));
        assertEquals(PageDates.Kind.UPDATED, PageDates.kindOf("Zuletzt aktualisiert: 20.06.2024"));
        assertEquals(PageDates.Kind.PUBLISHED, PageDates.kindOf("Published 19 June 2024, updated 20 June 2024"));
        assertEquals(PageDates.Kind.PLAIN, PageDates.kindOf("19.06.2024"));
    }

    @Test
    void dateElementsOutsideCommentsAreRead() {
        var body = Jsoup.parse("<body><div class=comments><span class=date>01.01.2023</span></div>"
                + "<p class=meta-date>Aktualisiert: 21.06.2024</p>"
                + "<span class=entry-date>19. Juni 2024</span></body>").body();
        List<PageDates.Found> found = PageDates.visible(body, DMY);
        assertEquals(2, found.size(), found.toString());
        assertEquals(LocalDate.of(2024, 6, 19), PageDates.best(found).date(), "a plain date beats an update");
    }

    @Test
    void aDateLineNextToTheTitleIsFound() {
        var body = Jsoup.parse("<body><div>Menu 01.01.2020</div><h1>Ein Titel</h1><div><p>Hamburg, 2. November 2021</p>"
                + "<p>Text</p></div></body>").body();
        assertEquals(LocalDate.of(2021, 11, 2), PageDates.nearTitle(body, DMY));
        assertNull(PageDates.nearTitle(Jsoup.parse("<p>no heading 01.01.2020</p>").body(), DMY));
    }

    @Test
    void aParagraphsDatelineIsItsOpeningDateSetOffFromTheText() {
        assertEquals(LocalDate.of(2022, 1, 27), PageDates.leading("27.1.2022 - Bei der Gedenkfeier sprach", DMY));
        assertEquals(LocalDate.of(2022, 11, 21), PageDates.leading("(21. November 2022) Verbraucher erhalten", DMY));
        assertEquals(LocalDate.of(2022, 2, 1), PageDates.leading("01.02.2022 „Der Arbeitsmarkt ist gut", DMY));
        assertEquals(LocalDate.of(2021, 10, 16), PageDates.leading("2021-10-16 | Botschaft des Präsidenten", DMY));
        assertNull(PageDates.leading("12. Mai 2022 wird das Gesetz in Kraft treten.", DMY), "prose, not a dateline");
        assertNull(PageDates.leading("Am 12. Mai 2022 - so der Plan", DMY));
    }

    @Test
    void theDateNextToTheArticlesHeadingIsFoundNotTheLogosHeading() {
        var body = Jsoup.parse("<body><h1 class=logo>Stadtzeitung</h1><div>Heute, 03.03.2022</div><main>"
                + "<div class=meta>Bonn, 11.10.2021</div><h2>Neue Brücke für die Altstadt</h2><p>Text</p></main></body>").body();
        assertEquals(LocalDate.of(2021, 10, 11), PageDates.nearTitle(body, DMY, "Neue Brücke für die Altstadt"));
    }

    @Test
    void pageWideAndTaxonomyClassesDoNotMakeAPageACommentSection() {
        // WordPress marks every page "wp-embed-responsive" and every post with its categories
        var body = Jsoup.parse("<body class=\"single wp-embed-responsive\"><div class=\"post category-der-kommentar\">"
                + "<h1>Ein Titel</h1><div class=date>2. August 2012</div></div>"
                + "<div class=comment-list><span class=date>3. August 2012</span></div></body>").body();
        List<PageDates.Found> found = PageDates.visible(body, DMY);
        assertEquals(List.of(new PageDates.Found(LocalDate.of(2012, 8, 2), PageDates.Kind.PLAIN)), found);
    }

    @Test
    void extractorFallsBackToTheAddressAndVisibleDates() {
        HtmlArticleExtractor x = new HtmlArticleExtractor();
        String html = "<html><body><article><h1>T</h1><p>" + "Ein Absatz mit Inhalt. ".repeat(20) + "</p></article></body></html>";
        Article fromUrl = x.extract(new RawDocument("a.html", DocumentKind.HTML, html,
                new DocumentHints(null, "https://example.de/2021/03/04/t/", null, null, null, null), List.of()));
        assertEquals(LocalDate.of(2021, 3, 4), fromUrl.published().date());
        String shown = html.replace("<h1>T</h1>", "<h1>T</h1><div class=\"meta\">Veröffentlicht am 5. März 2021</div>");
        assertEquals(LocalDate.of(2021, 3, 5), x.extract(new RawDocument("b.html", DocumentKind.HTML, shown)).published().date());
    }
}
