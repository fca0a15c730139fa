package org.annals.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.annals.model.Article;
import org.annals.model.DocumentKind;
import org.annals.model.RawDocument;
import org.junit.jupiter.api.Test;

/** Rules about which parts of a page's body belong to the article, on hand-written fixtures. */
class HtmlSectionRulesTest {

    private static final String PARA = "Der Gemeinderat hat am Dienstag nach langer Debatte beschlossen, die alte Brücke "
            + "über den Fluss zu sanieren, statt sie abzureißen und durch einen Neubau zu ersetzen. ";

    private static Article extract(String body) {
        return new HtmlArticleExtractor().extract(new RawDocument("t.html", DocumentKind.HTML,
                "<html lang=de><head><title>Brücke</title></head><body>" + body + "</body></html>"));
    }

    @Test
    void aRelatedHeadingAfterTheBodyDropsItsTeasers() {
        Article a = extract("<article><h1>Brücke wird saniert</h1><p>" + PARA + PARA + "</p><p>" + PARA + "</p>"
                + "<h3>Das könnte Sie auch interessieren</h3><p>Neue Radwege in der Altstadt geplant</p>"
                + "<p>Stadtfest fällt dieses Jahr aus</p></article>");
        assertTrue(a.text().contains("alte Brücke"), a.text());
        assertFalse(a.text().contains("Radwege"), a.text());
        assertFalse(a.text().contains("interessieren"), a.text());
    }

    @Test
    void aCueAboveTheBodyDropsOnlyItself() {
        Article a = extract("<article><h1>Brücke wird saniert</h1><div>Themen</div><p>Kurzer Vorspann.</p><p>"
                + PARA + "</p></article>");
        assertTrue(a.text().contains("Kurzer Vorspann."), a.text());
        assertFalse(a.text().contains("Themen"), a.text());
    }

    @Test
    void theBodyUnderANoiseLikeLayoutNameIsKept() {
        Article a = extract("<nav>Start Politik Sport</nav><div class=\"row fixed-sidebar-layout\"><div><p>" + PARA
                + "</p><p>" + PARA + PARA + "</p><p>" + PARA + "</p></div><div class=sidebar><p>Wetter heute: sonnig und "
                + "warm bei bis zu dreißig Grad.</p></div></div>");
        assertTrue(a.text().contains("alte Brücke"), a.text());
        assertFalse(a.text().contains("Wetter heute"), a.text());
    }

    @Test
    void commentSectionsAreNeverKeptForTheirLength() {
        Article a = extract("<article><p>" + PARA + PARA + "</p></article><div id=comments><p>" + "Ich finde das falsch. ".repeat(40)
                + "</p><p>" + PARA + PARA + "</p></div>");
        assertFalse(a.text().contains("Ich finde das falsch"), a.text());
    }

    @Test
    void captionLinesInGermanAreDropped() {
        Article a = extract("<article><p>" + PARA + "</p><p>Foto: Max Muster/dpa</p><p>" + PARA + "</p></article>");
        assertFalse(a.text().contains("Max Muster"), a.text());
    }

    @Test
    void aBodySplitOverSiblingBlocksIsTakenWholeButNotItsLinkLists() {
        Article a = extract("<div class=page><div class=lead><p>Die Stadt saniert ihre älteste Brücke.</p></div>"
                + "<div class=text><p>" + PARA + "</p><p>" + PARA + PARA + "</p></div>"
                + "<div class=more><p>Auch die Uferpromenade wird bis zum Sommer neu gepflastert.</p></div></div>"
                + "<ul class=list><li><a href=/a>Stadtrat tagt</a></li><li><a href=/b>Neue Buslinie ab Mai</a></li>"
                + "<li><a href=/c>Alle Nachrichten aus der Stadt</a></li></ul>"
                + "<div class=outer><p>Ein Teaser zu einem ganz anderen Thema, das mit der Brücke nichts zu tun hat.</p>"
                + "</div>");
        assertTrue(a.text().contains("älteste Brücke"), a.text());
        assertTrue(a.text().contains("Uferpromenade"), a.text());
        assertTrue(a.text().contains("alte Brücke"), a.text());
        assertFalse(a.text().contains("anderen Thema"), a.text());
        assertFalse(a.text().contains("Buslinie"), a.text());
    }

    @Test
    void theLeadInTheArticlesOwnHeaderIsKeptButNotTheMasthead() {
        Article a = extract("<header class=site><h2>Stadtzeitung</h2><p>Nachrichten aus der Stadt</p></header><main>"
                + "<header class=intro><h1>Brücke wird saniert</h1><p class=lead>Nach einem Jahr Streit fällt die "
                + "Entscheidung: die alte Brücke bleibt stehen.</p></header><div class=body><p>" + PARA + "</p><p>"
                + PARA + PARA + "</p></div></main>");
        assertTrue(a.text().contains("Nach einem Jahr Streit"), a.text());
        assertFalse(a.text().contains("Nachrichten aus der Stadt"), a.text());
    }

    @Test
    void textOnlyGivenToBrowsersWithoutScriptsIsRead() {
        Article a = extract("<div id=app></div><noscript><div class=text><p>" + PARA + "</p><p>" + PARA
                + "</p></div></noscript><noscript><img src=/pixel.gif></noscript>");
        assertTrue(a.text().contains("alte Brücke"), a.text());
    }

    @Test
    void aWidgetHoldingMostOfThePagesProseIsTheBody() {
        // blog engines wrap the post list in a "widget" like any sidebar box
        Article a = extract("<div class=\"widget Blog\" id=Blog1><div class=post><div class=post-body>" + PARA
                + "<br><br>" + PARA + "<br><br>" + PARA + "</div></div></div><div class=\"widget Profile\"><p>Über "
                + "mich: ich schreibe hier seit vielen Jahren über meine Stadt.</p></div>");
        assertTrue(a.text().contains("alte Brücke"), a.text());
        assertFalse(a.text().contains("Über mich"), a.text());
    }

    @Test
    void headingsThatHeadNoTextAreDroppedButSectionHeadingsStay() {
        Article a = extract("<article><p>" + PARA + "</p><h2>Die Kosten</h2><p>" + PARA + PARA + "</p>"
                + "<h3>Kontakt</h3><h2>Der Zeitplan</h2><p>" + PARA + "</p><p>Bauende im Mai.</p>"
                + "<h3>Weitere Meldungen</h3><p>Kurz notiert</p></article>");
        assertTrue(a.text().contains("Die Kosten"), a.text());
        assertTrue(a.text().contains("Der Zeitplan"), a.text());
        assertTrue(a.text().contains("Bauende im Mai."), a.text());
        assertFalse(a.text().contains("Kontakt"), a.text());
        assertFalse(a.text().contains("Weitere Meldungen"), a.text());
    }

    @Test
    void textBlocksThatPageBuildersCallWidgetsAreKept() {
        Article a = extract("<div class=page><div class=\"builder-widget builder-widget-text-editor\"><p>" + PARA
                + "</p></div><div class=builder-widget-image><img src=a.jpg></div>"
                + "<div class=\"builder-widget builder-widget-text-editor\"><p>Auch das Geländer wird erneuert, "
                + "wie die Stadt mitteilte.</p><p>" + PARA + PARA + "</p></div></div>"
                + "<div class=\"widget recent-posts\"><p><a href=/a>Neue Buslinie</a></p><p>Sidebar-Text zur "
                + "Werbung für das Stadtfest.</p></div>");
        assertTrue(a.text().contains("Geländer"), a.text());
        assertFalse(a.text().contains("Stadtfest"), a.text());
    }

    @Test
    void aLeadBeforeTheBodyIsTakenAcrossADateButNotAcrossTheTitle() {
        Article a = extract("<div class=page><p class=kicker>Ein Satz über dem Titel, der nicht dazugehört.</p>"
                + "<h1>Brücke wird saniert</h1><div class=lead><p>Die Stadt saniert ihre älteste Brücke.</p></div>"
                + "<div class=date>19.06.2024</div><div class=body><p>" + PARA + "</p><p>" + PARA + PARA + "</p></div>"
                + "<ul class=list><li><a href=/a>Stadtrat tagt am Montag</a></li><li><a href=/b>Neue Buslinie ab "
                + "Mai</a></li><li><a href=/c>Alle Nachrichten aus der Stadt</a></li></ul></div>");
        assertTrue(a.text().startsWith("Die Stadt saniert ihre älteste Brücke."), a.text());
        assertFalse(a.text().contains("über dem Titel"), a.text());
        assertFalse(a.text().contains("Buslinie"), a.text());
    }

    @Test
    void aTeaserArticleDoesNotWinOverTheProse() {
        Article a = extract("<div class=content><p>" + PARA + "</p><p>" + PARA + "</p><p>" + PARA + "</p></div>"
                + "<article class=teaser><h3><a href=/stadtpark>Stadtpark: die alten Bäume müssen weg</a></h3>"
                + "<p>Ein anderer Text über den Stadtpark und seine vielen alten Bäume, "
                + "die im Herbst gefällt werden sollen, weil sie krank sind und umzustürzen drohen.</p></article>");
        assertTrue(a.text().contains("alte Brücke"), a.text());
        assertFalse(a.text().contains("Stadtpark"), a.text());
    }

    @Test
    void textSetWithLineBreaksCountsAsProse() {
        Article a = extract("<div class=links><p><a href=/a>Startseite der Stadt und alle Nachrichten</a></p></div>"
                + "<div class=text>" + PARA + "<br>" + PARA + "<br><br>" + PARA + "</div>");
        assertTrue(a.text().contains("alte Brücke"), a.text());
        assertFalse(a.text().contains("Startseite"), a.text());
    }

    @Test
    void bylinesAndAuthorBoxesAreNotBodyText() {
        Article a = extract("<article><div class=byline>Von Anna Beispiel</div><p>" + PARA + PARA + "</p>"
                + "<div class=author-bio><p>Anna Beispiel schreibt seit 2010 über Kommunalpolitik und Verkehr.</p></div>"
                + "</article>");
        assertTrue(a.text().contains("alte Brücke"), a.text());
        assertFalse(a.text().contains("Anna Beispiel"), a.text());
    }

    @Test
    void tagLinesEndTheArticle() {
        Article a = extract("<article><p>" + PARA + PARA + "</p><p>Schlagwörter: Brücke, Verkehr</p>"
                + "<p>Mehr aus der Stadt</p></article>");
        assertFalse(a.text().contains("Schlagwörter"), a.text());
        assertFalse(a.text().contains("Mehr aus der Stadt"), a.text());
    }

    @Test
    void runsOfBareLinksAfterTheBodyAreDropped() {
        Article a = extract("<article><p>" + PARA + PARA + "</p><div><a href=/x>Neue Radwege in der Altstadt</a></div>"
                + "<div><a href=/y>Stadtfest fällt aus</a> <a href=/z>Mehr</a></div>"
                + "<div>Der Rat tagt wieder im Mai, sagt die <a href=/b>Bürgermeisterin</a> der Stadt.</div></article>");
        assertFalse(a.text().contains("Radwege"), a.text());
        assertFalse(a.text().contains("Stadtfest"), a.text());
        assertTrue(a.text().contains("Der Rat tagt wieder im Mai"), a.text());
    }
}
