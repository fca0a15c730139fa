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
}
