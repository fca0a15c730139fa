package org.annals.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.annals.model.Article;
import org.annals.model.DocumentKind;
import org.annals.model.RawDocument;
import org.junit.jupiter.api.Test;

class HtmlArticleExtractorTest {

    private static final HtmlArticleExtractor EXTRACTOR = new HtmlArticleExtractor();

    private static final String PAGE = """
            <!DOCTYPE html>
            <html lang="it-IT">
            <head>
              <title>Sciopero dei treni venerdì: le fasce garantite | Cronaca Padana</title>
              <meta property="og:site_name" content="Cronaca Padana">
              <meta property="og:url" content="https://www.cronacapadana.it/2025/01/sciopero-treni">
              <link rel="canonical" href="https://www.cronacapadana.it/sciopero-treni">
              <script type="application/ld+json">
              {"@context":"https://schema.org","@graph":[
                {"@type":"Organization","@id":"https://www.cronacapadana.it/#org","name":"Cronaca Padana"},
                {"@type":"WebPage","@id":"https://www.cronacapadana.it/sciopero-treni"},
                {"@type":"NewsArticle","headline":"Sciopero dei treni venerdì: le fasce garantite",
                 "datePublished":"2025-01-15T08:30:00","dateModified":"2025-01-15T12:00:00+01:00",
                 "publisher":{"@id":"https://www.cronacapadana.it/#org"},
                 "author":[{"@type":"Person","name":"Anna Bianchi"}]}
              ]}
              </script>
              <script>var tracking = "Leggi anche questo script";</script>
              <style>p { color: red }</style>
            </head>
            <body>
              <a class="skip-link" href="#main">Vai al contenuto</a>
              <header class="site-header"><nav><ul><li><a href="/">Home</a></li><li><a href="/cronaca">Cronaca</a></li></ul></nav></header>
              <div class="cookie-banner"><p>Questo sito utilizza cookie tecnici e di profilazione per migliorare la tua esperienza di navigazione.</p></div>
              <main id="main">
                <article>
                  <h1>Sciopero dei treni venerdì: le fasce garantite</h1>
                  <p class="meta">Pubblicato: 15/01/2025 08:30</p>
                  <div class="share-buttons"><a href="#">Facebook</a> <a href="#">WhatsApp</a></div>
                  <p>Venerdì i treni regionali e a lunga percorrenza potranno subire cancellazioni per lo sciopero nazionale di ventiquattro ore proclamato dai sindacati dei ferrovieri.</p>
                  <p>Leggi anche: <a href="/altro">Autostrade, cantieri notturni fino a marzo</a></p>
                  <h2>Le fasce di garanzia</h2>
                  <p>Come previsto dalla legge, saranno garantiti i treni in partenza dalle 6 alle 9 del mattino e dalle 18 alle 21, nelle fasce più frequentate dai pendolari.</p>
                  <ul>
                    <li>Treni regionali: servizio minimo nelle fasce di garanzia.</li>
                    <li>Frecce e Intercity: consultare l'elenco dei treni garantiti sul sito della società.</li>
                  </ul>
                  <blockquote>«Chiediamo condizioni di lavoro più sicure per il personale di bordo», ha detto una portavoce.</blockquote>
                  <table><tr><td>Inizio</td><td>venerdì ore 21</td></tr></table>
                  <div class="related-posts"><h3>Articoli correlati</h3><ul><li><a href="/a">Un altro articolo</a></li></ul></div>
                  <p>Tutti i diritti riservati</p>
                </article>
                <aside class="sidebar"><p>I più letti della settimana, con tante notizie da non perdere assolutamente.</p></aside>
              </main>
              <section class="newsletter"><p>Iscriviti alla newsletter per ricevere ogni mattina le notizie del giorno.</p></section>
              <footer><p>© 2025 Cronaca Padana srl - P.IVA 00000000000</p></footer>
            </body>
            </html>
            """;

    private static Article extract(String html) {
        return EXTRACTOR.extract(new RawDocument("page.html", DocumentKind.HTML, html));
    }

    @Test
    void metadataFromOpenGraphAndJsonLdGraph() {
        Article a = extract(PAGE);
        assertEquals("Sciopero dei treni venerdì: le fasce garantite", a.title());
        assertEquals("https://www.cronacapadana.it/2025/01/sciopero-treni", a.url());
        assertEquals("Cronaca Padana", a.publisher());
        assertEquals("it", a.language());
        // JSON-LD gives a local time; an Italian site in January is at +01:00
        assertEquals("2025-01-15T08:30+01:00", a.published().toIso());
        assertEquals(List.of(), a.problems());
    }

    @Test
    void mainTextWithoutBoilerplate() {
        Article a = extract(PAGE);
        String text = a.text();
        assertTrue(text.startsWith("Venerdì i treni regionali"), text);
        assertTrue(text.contains("Le fasce di garanzia\n\nCome previsto dalla legge"), text);
        assertTrue(text.contains("Treni regionali: servizio minimo"), text);
        assertTrue(text.contains("«Chiediamo condizioni"), text);
        assertTrue(text.contains("Inizio | venerdì ore 21"), text);
        for (String gone : List.of("Vai al contenuto", "Home", "cookie", "Facebook", "Leggi anche", "Pubblicato",
                "Articoli correlati", "Un altro articolo", "I più letti", "newsletter", "P.IVA", "diritti riservati",
                "script", "color: red")) {
            assertFalse(text.contains(gone), gone + " in:\n" + text);
        }
        assertEquals(List.of("Le fasce di garanzia"), a.headings());
        assertFalse(text.contains("Sciopero dei treni venerdì: le fasce garantite"), "title repeated");
    }

    @Test
    void plainArticleTypeWithoutGraphAndEnglishMeta() {
        String html = """
                <html lang="en-GB"><head>
                <title>Council approves new cycle lanes - The Riverside Post</title>
                <meta property="article:published_time" content="2024-06-19T10:05:00+01:00">
                <script type="application/ld+json">[{"@type":["Article"],
                  "publisher":{"@type":"Organization","name":"Riverside Post Ltd"}}]</script>
                </head><body>
                <div id="content"><div class="entry">
                <p>The city council approved a plan on Tuesday to build twelve kilometres of protected cycle lanes across the centre.</p>
                <p>Work is expected to start in the autumn and to last about two years, according to the transport committee.</p>
                <p>Read more at The Riverside Post.</p>
                </div></div>
                <div class="menu"><p>News Sport Weather Culture Opinion Business Travel Science</p></div>
                </body></html>
                """;
        Article a = extract(html);
        assertEquals("Council approves new cycle lanes", a.title());
        assertEquals("2024-06-19T10:05+01:00", a.published().toIso());
        // the syndication footer names the source, ahead of the page's own metadata
        assertEquals("The Riverside Post", a.publisher());
        assertEquals("en", a.language());
        assertEquals(2, a.text().split("\n\n").length, a.text());
        assertFalse(a.text().contains("Weather"));
    }

    @Test
    void visibleDateLineIsTheLastResort() {
        String html = "<html><body><h1>Frana sulla statale</h1><div>"
                + "<p>Pubblicato il 19 giugno 2024 alle 11:50</p>"
                + "<p>Una frana ha interrotto la strada statale nel tratto di montagna dopo le forti piogge della notte, "
                + "e i tecnici sono al lavoro per liberare la carreggiata.</p></div></body></html>";
        Article a = extract(html);
        assertEquals("Frana sulla statale", a.title());
        assertEquals("2024-06-19T11:50+02:00", a.published().toIso());
        assertFalse(a.text().contains("Pubblicato"));
        assertTrue(a.text().startsWith("Una frana"));
    }

    @Test
    void brokenHtmlDoesNotThrow() {
        for (String html : List.of("<html><body><p>Testo senza chiusura <div><b>grassetto <p>altro paragrafo",
                "<<<>>> <p <<p>>>&&&;; </div></div></div> <script>unterminated",
                "\u0000\u0001 garbage \uFFFD<meta property=og:title content=>",
                "<script type=application/ld+json>{not json at all</script><p>Del testo qualunque che resta visibile.</p>",
                "<div>".repeat(5000) + "profondo" + "</div>".repeat(10))) {
            Article a = extract(html);
            assertNotNull(a);
            assertNotNull(a.text());
            assertNotNull(a.id());
        }
        Article a = extract("<script type=application/ld+json>{not json at all</script><p>Del testo qualunque.</p>");
        assertTrue(a.problems().contains("unreadable JSON-LD block skipped"), a.problems().toString());
        assertEquals("Del testo qualunque.", a.text());
    }

    @Test
    void emptyHtml() {
        Article a = extract("");
        assertEquals("", a.text());
        assertNull(a.title());
        assertTrue(a.problems().contains("no title found"));
        assertTrue(a.problems().contains("no main text found in the page"), a.problems().toString());
    }

    @Test
    void siteSuffixStripping() {
        assertEquals("Title of the story", HtmlArticleExtractor.stripSiteName("Title of the story | Site News", "Site News"));
        assertEquals("Title of the story", HtmlArticleExtractor.stripSiteName("Site News - Title of the story", "Site News"));
        assertEquals("Kim e Putin firmano il patto", HtmlArticleExtractor.stripSiteName("Kim e Putin firmano il patto – ANSA", "ANSA.it"));
        assertEquals("Kim e Putin firmano il patto", HtmlArticleExtractor.stripSiteName("Kim e Putin firmano il patto - Agenzia", null));
        // a dash inside a title is not a site suffix when what follows is long
        assertEquals("Milano - Cortina, i cantieri delle Olimpiadi sono in ritardo",
                HtmlArticleExtractor.stripSiteName("Milano - Cortina, i cantieri delle Olimpiadi sono in ritardo", "Il Giornale"));
    }

    @Test
    void blocksThatMerelyCarryAdsAreNotAds() {
        String html = "<html><body><article>"
                + "<section class=\"report__section report__section--ads has-ads\"><p>La prima parte della prova "
                + "descrive il prodotto, come si monta e quanto tempo serve per usarlo la prima volta.</p></section>"
                + "<div class=\"ad-slot\"><p>Pubblicità del nostro sponsor preferito, da non perdere.</p></div>"
                + "</article></body></html>";
        Article a = extract(html);
        assertTrue(a.text().startsWith("La prima parte della prova"), a.text());
        assertFalse(a.text().contains("sponsor"), a.text());
    }

    @Test
    void aUtcTimeThatIsThePublishersMidnightGivesThePublishersDay() {
        String html = "<html lang=\"de\"><head><meta property=\"og:url\" content=\"https://www.beispielblatt.de/bericht\">"
                + "<meta property=\"article:published_time\" content=\"2022-11-06T23:00:00.000Z\"></head><body><article>"
                + "<h1>Ein Bericht aus der Stadt</h1><p>Der Gemeinderat hat am Montag lange über den neuen Haushalt "
                + "beraten und am Ende mit knapper Mehrheit zugestimmt.</p></article></body></html>";
        assertEquals("2022-11-07", extract(html).published().date().toString());
        String evening = html.replace("23:00:00.000Z", "21:30:00Z");
        assertEquals("2022-11-06", extract(evening).published().date().toString(), "a real evening time stays");
    }

    @Test
    void aBreadcrumbOrKickerEndingInTheTitleIsNotText() {
        String body = "<p>Der Gemeinderat hat am Montag lange über den neuen Haushalt beraten und am Ende mit "
                + "knapper Mehrheit zugestimmt, wie die Sprecherin der Stadt mitteilte.</p>";
        String html = "<html><head><title>Neuer Haushalt für die Stadt beschlossen</title></head><body><article>"
                + "<p>Start Politik Neuer Haushalt für die Stadt beschlossen</p>" + body
                + "<p>Am Ende Neuer Haushalt für die Stadt beschlossen</p></article></body></html>";
        Article a = extract(html);
        assertFalse(a.text().contains("Start Politik"), a.text());
        assertTrue(a.text().startsWith("Der Gemeinderat"), a.text());
        String single = html.replace("Start Politik Neuer", "Unser neuer");
        assertTrue(extract(single).text().startsWith("Unser neuer Haushalt"), "one word before the title is a sentence");
    }
}
