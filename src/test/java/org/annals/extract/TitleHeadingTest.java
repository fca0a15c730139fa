package org.annals.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class TitleHeadingTest {

    private static String pick(String h1, String title, String site) {
        return HtmlArticleExtractor.headingWithin(Jsoup.parse("<body><h1>" + h1 + "</h1></body>"), title, site);
    }

    @Test
    void theHeadingWinsOverTitleExtras() {
        assertEquals("Bohren, bis es heiß wird", pick("Bohren, bis es heiß wird", "Klimaschutz: Bohren, bis es heiß wird", null));
        assertEquals("Podcasts in Plex einbinden", pick("Podcasts in Plex einbinden",
                "Disfunctions.de » Blog Archiv » Podcasts in Plex einbinden", null));
        assertEquals("Daten von Rheinmetall gehackt", pick("Daten von Rheinmetall gehackt",
                "Daten von Rheinmetall gehackt - Interne Unterlagen im Netz", null));
    }

    @Test
    void aHeadingThatIsTheSiteOrMidWordIsNotTaken() {
        assertEquals("Alles Neue mach der Mai | Bibliothek und mehr",
                pick("Bibliothek und mehr", "Alles Neue mach der Mai | Bibliothek und mehr", "Bibliothek und mehr"));
        assertEquals("Die neue Brückenbaustelle am Fluss", pick("Brückenbaustelle", "Die neue Brückenbaustelle am Fluss", null));
    }

    private static String similar(String headings, String title, String site) {
        return HtmlArticleExtractor.similarHeading(Jsoup.parse("<body>" + headings + "</body>"), title, site);
    }

    @Test
    void theHeadingShownWinsOverADifferentlyWordedMetadataTitle() {
        assertEquals("Wie hoch sind die Zinsen für einen Privatkredit?", similar("<h1>Kreditportal</h1>"
                + "<h1>Wie hoch sind die Zinsen für einen Privatkredit?</h1>", "Privatkredit-Zinsen: so hoch sind sie", "Kreditportal"));
        assertEquals("Rezoning plan plagued Bronx re-election bid", similar("<h1>Rezoning plan plagued Bronx re-election bid</h1>",
                "Rezoning plan plagues Bronx councilmember's re-election bid", null));
    }

    @Test
    void aHeadingThatAddsAKickerOrSharesAWordOnlyIsNotTaken() {
        assertEquals("Daten von Rheinmetall gehackt", similar("<h1>Interne Unterlagen im Netz Daten von Rheinmetall gehackt</h1>",
                "Daten von Rheinmetall gehackt", null));
        assertEquals("Neue Brücke für die Altstadt", similar("<h2>Altstadt</h2><h2>Wetter in der Region</h2>",
                "Neue Brücke für die Altstadt", null));
        assertEquals("Saftiger Kuchen vom Blech: einfach köstlich!", similar("<h1>Saftiger Kuchen vom Blech: einfach "
                + "köstlich!</h1>", "Saftiger Kuchen vom Blech", null), "a heading that goes on completes a cut title");
    }

    @Test
    void aHeadingSplitIntoKickerAndHeadlineGivesItsHeadline() {
        assertEquals("Neue Brücke über den Rhein eröffnet", pick(
                "<span class=\"kicker\">Verkehr</span><span class=\"sr-only\">: </span><span>Neue Brücke über den Rhein eröffnet</span>",
                "Verkehr: Neue Brücke über den Rhein eröffnet", null));
        assertEquals("Neue Brücke über den Rhein eröffnet", HtmlArticleExtractor.headingWithin(Jsoup.parse(
                "<body><h1>Stadtblatt</h1><h2><span>Verkehr</span> <span>Neue Brücke über den Rhein eröffnet</span></h2></body>"),
                "Verkehr - Neue Brücke über den Rhein eröffnet", null));
        // bold and italic words set off part of a title, not a kicker
        assertEquals("Editor's Letter: goodbye old friend, hello new one", pick(
                "<b>Editor's Letter:</b><i> goodbye old friend, hello new one</i>",
                "Editor's Letter: goodbye old friend, hello new one", null));
    }
}
